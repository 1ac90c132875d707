/* "The Coastal Lions said": English puts no "the" before a person's name, so a name after it is a group. */
import { TITLE_WORDS } from '../entities/data/titles.ts';
import type { ActorRef } from '../types.ts';

/**
 * The organization a fallback "person" really is when the phrase reads "the" + capitalised words with no
 * title among them ("the Coastal Lions"); otherwise the fallback as it was.
 */
export function groupNamedWithThe(words: readonly string[], fallback: ActorRef): ActorRef {
  if (fallback.type !== 'person' || !/^the$/i.test(words[0] ?? '') || words.length < 3) return fallback;
  const name = words.slice(1);
  if (!name.every((w) => /^\p{Lu}[\p{L}'\u2019-]*$/u.test(w))) return fallback;
  if (name.some((w) => TITLE_WORDS.has(w.toLowerCase()))) return fallback;
  return { type: 'organization', name: name.join(' '), key: null };
}
