import type { Doc } from '../doc.ts';
import type { EventType } from '../types.ts';

/** Where an event is told: the clause that first reports it (its evidence) and its place. */
export interface EventAnchor {
  key: string;
  sentence: number;
  start: number;
  end: number;
  place: string | null;
}

export function eventAnchors(doc: Doc): EventAnchor[] {
  return doc.events.map((e) => ({ key: e.key, sentence: e.evidence.sentenceIndex, start: e.evidence.start, end: e.evidence.end, place: e.place }));
}

/** Index of the sentence holding offset `at` (the last sentence starting at or before it). */
export function sentenceOf(doc: Doc, at: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.sentences[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const BOMBINGS = new Set<EventType>(['BOMBING', 'SUICIDE_BOMBING', 'CAR_BOMBING', 'IED']);

/** The scoring's coarse type: the bombing family is one. */
export const coarseOf = (t: EventType): string => (BOMBINGS.has(t) ? 'BOMBING' : t);
