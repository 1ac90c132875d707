/*
 * "The official MENA news agency said", "the Sunni militant group Ansar said": an organization named
 * inside a description of what kind of body it is. The organization speaks, not the description.
 */
import type { ActorRef } from '../types.ts';
import { entityRef, mentionsIn, type SpeakerScope } from './speaker-scope.ts';
import type { TokenRange } from './subject.ts';
import type { SentenceView } from './units.ts';

/** Nouns for kinds of bodies that may follow or precede the organization's own name. */
const BODY_NOUNS = new Set(['agency', 'group', 'organization', 'organisation', 'militia', 'movement', 'party', 'network',
  'channel', 'television', 'newspaper', 'daily', 'radio', 'service', 'outlet', 'broadcaster', 'faction', 'news', 'wire',
  'station', 'website', 'alliance', 'coalition']);

/** The organization a definite description names inside itself; else null. */
export function organizationInDescription(scope: SpeakerScope, view: SentenceView, range: TokenRange): ActorRef | null {
  if (view.lower[range.from] !== 'the' || range.to - range.from < 3) return null;
  const start = view.tokens[range.from]?.start ?? 0;
  const end = view.tokens[range.to - 1]?.end ?? start;
  const orgs = mentionsIn(scope.doc, start, end).filter((m) => m.type === 'organization' && m.entityKey);
  if (orgs.length !== 1) return null;
  const org = orgs[0]!;
  // Every word outside the name is lower case: a modifier or a body noun, with a body noun among them.
  const outside = view.tokens.slice(range.from + 1, range.to).filter((t) => t.end <= org.start || t.start >= org.end);
  if (outside.some((t) => !/^[a-z-]+$/.test(t.text))) return null;
  if (!outside.some((t) => BODY_NOUNS.has(t.text))) return null;
  // The description ends in a body noun or in the name ("the militant group Ansar").
  const last = view.tokens[range.to - 1];
  if (!last || (last.end !== org.end && !BODY_NOUNS.has(last.text))) return null;
  return entityRef(scope.doc, org.entityKey);
}
