/*
 * `X called for a cease-fire. "We must stop the fighting now."`: a quotation standing alone right after
 * a sentence whose subject did something in words belongs to that subject, even when another speaker
 * spoke a few sentences earlier. The act has made no statement of its own, so it left no trace in the
 * speaker memory; without this the quotation went to whoever spoke last.
 */
import type { ActorRef } from '../types.ts';
import { ACT_VERBS } from './lexicon.ts';
import { resolveSpeakers, type SpeakerScope } from './speaker.ts';
import { mainSubject } from './subject.ts';

/** How far after the main subject the act verb may stand ("X, the envoy in Y, once again called"). */
const VERB_WINDOW = 12;

/** The named person or body whose verbal act is the sentence just before `sentenceIndex`, or null. */
export function actorBefore(scope: SpeakerScope, sentenceIndex: number): ActorRef[] | null {
  const view = scope.units.byIndex(sentenceIndex - 1);
  // Someone who spoke in that sentence is found by the caller's own rule (the last speaker).
  if (!view || scope.memory.said.some((s) => s.sentenceIndex === sentenceIndex - 1)) return null;
  const main = mainSubject(view);
  if (!main) return null;
  let verb = main.to;
  while (verb < view.tokens.length && verb < main.to + VERB_WINDOW && !ACT_VERBS.has(view.lower[verb] ?? '')) {
    if (view.lower[verb] === '"' || view.lower[verb] === '\u201c') return null;
    verb++;
  }
  if (!ACT_VERBS.has(view.lower[verb] ?? '')) return null;
  const speakers = resolveSpeakers(scope, view, main);
  return speakers.length > 0 && speakers.every((s) => s.type === 'person' || s.type === 'organization') ? speakers : null;
}
