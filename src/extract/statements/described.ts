/* "..., a spokesman for the agency said. Jane Doe, the agency's spokeswoman, said ...": the description, then the name. */
import type { ActorRef } from '../types.ts';
import { allMatches } from '../all-matches.ts';
import { trailingName } from './fallback-names.ts';
import type { SpeakerScope } from './speaker-scope.ts';

/** How many sentences after the description the name may come. */
const LOOKAHEAD = 2;
const NAME = "\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+(?:al-|bin\\s+)?\\p{Lu}[\\p{L}'\u2019-]+)+";

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

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
  const key = `${sentenceIndex}\u0000${role}`;
  if (!map.has(key)) map.set(key, findNamed(scope, sentenceIndex, role));
  return map.get(key) ?? null;
}

const CACHE = new WeakMap<SpeakerScope, Map<string, ActorRef | null>>();

function findNamed(scope: SpeakerScope, sentenceIndex: number, role: string): ActorRef | null {
  const noun = role.toLowerCase();
  const roleRe = new RegExp(`\\b${escape(noun)}\\b`, 'i');
  const within = (i: number): boolean => i > sentenceIndex && i <= sentenceIndex + LOOKAHEAD;
  const people = scope.doc.people.filter((p) => p.role && roleRe.test(p.role) && p.mentions.some((m) => within(m.sentenceIndex)) &&
    !p.mentions.some((m) => m.sentenceIndex < sentenceIndex));
  if (people.length === 1) return { type: 'person', name: people[0]!.name, key: people[0]!.key };
  if (people.length > 1) return null;
  const names = new Set<string>();
  // built once, not per sentence; allMatches leaves their lastIndex at 0 as it found it
  const after = new RegExp(`\\b${escape(noun)}\\s+((?:\\p{Lu}[\\p{L}]*\\.\\s+){0,3}${NAME})`, 'giu');
  const before = new RegExp(`(${NAME}),\\s+(?:the|a|an)\\s+[^,.]{0,50}?\\b${escape(noun)}\\b`, 'gu');
  for (let i = sentenceIndex + 1; i <= sentenceIndex + LOOKAHEAD; i++) {
    const text = scope.units.byIndex(i)?.sentence.text ?? '';
    for (const m of [...allMatches(after, text), ...allMatches(before, text)]) {
      const name = trailingName((m[1] ?? '').split(/\s+/));
      if (name.length > 1) names.add(name.join(' '));
    }
  }
  const only = names.size === 1 ? [...names][0] : undefined;
  return only ? { type: 'person', name: only, key: null } : null;
}
