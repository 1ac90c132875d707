/*
 * "John Smith, head of the X Observatory, said": a role without an article set off after a person's
 * name. The subject finder, stopping at the comma, sees only the role; the person named before speaks.
 */
import type { ActorRef } from '../types.ts';
import { entityRef, type SpeakerScope } from './speaker-scope.ts';
import type { TokenRange } from './subject.ts';
import type { SentenceView } from './units.ts';

const ROLE_PREPOSITIONS = new Set(['of', 'for', 'at', 'with']);

/** The person named right before ", <role> of/for <...>" when `range` is that role; else null. */
export function personBeforeRole(scope: SpeakerScope, view: SentenceView, range: TokenRange): ActorRef | null {
  const comma = view.tokens[range.from - 1];
  if (comma?.text !== ',') return null;
  // One to three lower-case words, then the preposition that ties the role to a body.
  let k = range.from;
  while (k < range.to && k - range.from < 3 && !ROLE_PREPOSITIONS.has(view.lower[k] ?? '') && /^\p{Ll}[\p{Ll}-]*$/u.test(view.tokens[k]?.text ?? '')) k++;
  if (k === range.from || k >= range.to - 1 || !ROLE_PREPOSITIONS.has(view.lower[k] ?? '')) return null;
  if (['a', 'an', 'the', 'one'].includes(view.lower[range.from] ?? '')) return null; // the subject finder reads these
  const end = view.tokens[range.from - 2]?.end;
  const person = scope.doc.mentions.find((m) => m.type === 'person' && m.end === end && m.entityKey);
  const ref = person ? entityRef(scope.doc, person.entityKey) : null;
  return ref?.type === 'person' ? ref : null;
}
