/* "..., a spokesman for the agency said. Jane Doe, the agency's spokeswoman, said ...": the description, then the name. */
import type { ActorRef } from '../types.ts';
import { allMatches } from '../all-matches.ts';
import { trailingName } from './fallback-names.ts';
import type { SpeakerScope } from './speaker-scope.ts';
import { cachedRegExp, escapeRegExp as escape } from '../regex-cache.ts';

/** How many sentences after the description the name may come. */
const LOOKAHEAD = 2;
const NAME = "\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+(?:al-|bin\\s+)?\\p{Lu}[\\p{L}'\u2019-]+)+";

/**
 * The person an indefinite description ("a spokesman for the aid group") turns out to be: someone the
 * next sentences name with the same role noun ("X Y, the group's spokesman", "spokesman Col. X Y").
 * The entities component's roles first, then the text itself; null when nobody matches or several do.
 */
export function namedAfterDescription(scope: SpeakerScope, sentenceIndex: number, words: string[], role: string): ActorRef | null {
  if (!/^(?:a|an)$/i.test(words[0] ?? '')) return null;
  // The same description in the same sentence is resolved once (a sentence may hold several speech verbs).
  let map = CACHE.get(scope);
  if (!map) CACHE.set(scope, (map = new Map()));
  // "a rebel spokesman" is not "Military spokesman X Y": the word before the role noun says whose.
  const at = words.findIndex((w) => w.toLowerCase() === role.toLowerCase());
  const modifier = at > 1 ? (words[at - 1] ?? '').toLowerCase() : '';
  const key = `${sentenceIndex}\u0000${role}\u0000${modifier}`;
  if (!map.has(key)) map.set(key, findNamed(scope, sentenceIndex, role, QUALIFIERS.has(modifier) ? '' : modifier));
  return map.get(key) ?? null;
}

const CACHE = new WeakMap<SpeakerScope, Map<string, ActorRef | null>>();

/** Words before a role noun that grade it without saying whose it is ("a senior official"). */
export const QUALIFIERS: ReadonlySet<string> = new Set(['senior', 'top', 'chief', 'deputy', 'local', 'former', 'acting', 'second', 'another']);

/** Whether the word written before the role noun differs from the description's own modifier. */
export function otherModifier(before: string | undefined, modifier: string): boolean {
  const w = (before ?? '').toLowerCase();
  return modifier !== '' && w !== '' && /^\p{L}+$/u.test(w) && w !== modifier && !QUALIFIERS.has(w) &&
    !['the', 'a', 'an', 'its', 'his', 'her', 'their', 'group', "'s"].includes(w);
}

/** The patterns for a role noun, compiled once per noun (compiling them on every call cost more than the searches).
 * `mention` is the noun anywhere, with the flags of `after` (which `before`'s matches also satisfy): a sentence
 * without it cannot match either, and this plain search is far cheaper than theirs. */
function patternsFor(noun: string): { roleRe: RegExp; mention: RegExp; after: RegExp; before: RegExp } {
  return {
    roleRe: cachedRegExp(`\\b${escape(noun)}\\b`, 'i'),
    mention: cachedRegExp(escape(noun), 'iu'),
    after: cachedRegExp(`(?:([\\p{L}'\u2019]+)\\s+)?\\b${escape(noun)}\\s+((?:\\p{Lu}[\\p{L}]*\\.\\s+){0,3}${NAME})`, 'giu'),
    before: cachedRegExp(`(${NAME}),\\s+(?:the|a|an)\\s+[^,.]{0,50}?\\b${escape(noun)}\\b`, 'gu'),
  };
}

function findNamed(scope: SpeakerScope, sentenceIndex: number, role: string, modifier: string): ActorRef | null {
  const noun = role.toLowerCase();
  const { roleRe, mention, after, before } = patternsFor(noun);
  const wordBefore = (text: string): string | undefined => text.slice(0, text.toLowerCase().lastIndexOf(noun)).trim().split(/\s+/).pop();
  const within = (i: number): boolean => i > sentenceIndex && i <= sentenceIndex + LOOKAHEAD;
  const people = scope.doc.people.filter((p) => p.role && roleRe.test(p.role) && p.mentions.some((m) => within(m.sentenceIndex)) &&
    !p.mentions.some((m) => m.sentenceIndex < sentenceIndex) && !otherModifier(wordBefore(p.role), modifier));
  if (people.length === 1) return { type: 'person', name: people[0]!.name, key: people[0]!.key };
  if (people.length > 1) return null;
  const names = new Set<string>();
  for (let i = sentenceIndex + 1; i <= sentenceIndex + LOOKAHEAD; i++) {
    const text = scope.units.byIndex(i)?.sentence.text ?? '';
    if (!mention.test(text)) continue;
    for (const m of allMatches(after, text)) {
      const name = trailingName((m[2] ?? '').split(/\s+/));
      if (name.length > 1 && !otherModifier(m[1], modifier)) names.add(name.join(' '));
    }
    for (const m of allMatches(before, text)) {
      const name = trailingName((m[1] ?? '').split(/\s+/));
      if (otherModifier(wordBefore(m[0]), modifier)) continue;
      if (name.length > 1) names.add(name.join(' '));
    }
  }
  const only = names.size === 1 ? [...names][0] : undefined;
  return only ? { type: 'person', name: only, key: null } : null;
}
