/* "Colombia's X rebels ... The rebels said": a group's members named by the noun the article put after it. */
import type { ActorRef } from '../types.ts';
import type { SpeakerScope } from './speaker-scope.ts';
import { cachedRegExp, escapeRegExp as escape } from '../regex-cache.ts';

const MEMBER_NOUNS = new Set(['rebels', 'militants', 'insurgents', 'fighters', 'guerrillas', 'militiamen', 'jihadists']);

/**
 * "The rebels said": the one organization the article writes right before that noun ("X rebels"), as
 * the entities component found it; null when none or several are so written.
 */
export function orgByMemberNoun(scope: SpeakerScope, words: string[], head: string): ActorRef | null {
  const noun = head.toLowerCase();
  if (words.length !== 2 || !/^the$/i.test(words[0] ?? '') || !MEMBER_NOUNS.has(noun)) return null;
  const text = scope.units.text;
  const orgs = scope.doc.organizations.filter((o) => [o.name, ...o.aliases].some((n) =>
    n.length > 1 && cachedRegExp(`(?<![\\p{L}-])${escape(n)}\\s+${noun}\\b`, 'u').test(text)));
  const only = orgs.length === 1 ? orgs[0] : undefined;
  return only ? { type: 'organization', name: only.name, key: only.key } : null;
}
