import { parseAnswerKey, type AnswerKey } from '../../../src/eval/answer-key.ts';

/** A small answer key from partial fields; everything unspecified is empty. */
export function buildKey(fields: Partial<Record<keyof AnswerKey, unknown>> = {}): AnswerKey {
  return parseAnswerKey(fields, 'test');
}

export function event(fields: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'BOMBING',
    date: null,
    place: null,
    placeAlternatives: [],
    killed: null,
    injured: null,
    ...fields,
  };
}
