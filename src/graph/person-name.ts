import { TITLE_WORDS as NEWS_TITLE_WORDS } from '../extract/entities/data/titles.ts';
import { foldName } from '../extract/normalize.ts';

/**
 * Leading words that are a title or office, not part of a name ("Secretary of State John Kerry",
 * "U.S. President ...", "Gen. ..."): the extractor's title words (src/extract/entities/data/titles.ts,
 * one list for the whole project), folded like the names they precede, plus the words that join or
 * qualify a title ("of", "state", "former") and country abbreviations, which commonly precede one.
 */
const TITLE_PHRASE_WORDS = [
  'us', 'un', 'uk', 'eu', 'of', 'the', 'and', 'state', 'foreign', 'defense', 'defence', 'interior', 'acting',
  'former', 'interim', 'special', 'gov', 'sen', 'rep', 'sheik',
];
const TITLE_WORDS: ReadonlySet<string> = new Set([
  // Hyphenated titles ("secretary-general") fold to two words that are in the list on their own.
  ...[...NEWS_TITLE_WORDS].map(foldName).filter((w) => w !== '' && !w.includes(' ')),
  ...TITLE_PHRASE_WORDS,
]);

/** "U.S." and "U.N." fold to two one-letter words. */
const SPLIT_ABBREVIATIONS = new Set(['u s', 'u n', 'u k']);

/**
 * The folded name a person is known by across articles: titles before the name are dropped, so
 * "Secretary of State John Kerry" and "John Kerry" share one key and "President Assad" is "assad".
 */
export function personKey(name: string): string {
  const words = foldName(name)
    .replace(/^u [snk]\b/, (m) => (SPLIT_ABBREVIATIONS.has(m) ? 'us' : m))
    .split(' ')
    .filter(Boolean);
  let start = 0;
  while (start < words.length - 1 && TITLE_WORDS.has(words[start] as string)) start++;
  return words.slice(start).join(' ');
}

/** The last word of a full name ("john kerry" -> "kerry"), or null for a one-word name. */
export function surnameKey(name: string): string | null {
  const words = personKey(name).split(' ');
  return words.length >= 2 ? (words[words.length - 1] as string) : null;
}

/** True when the name is one word after titles are dropped ("Kerry", "President Assad"). */
export function isSingleWordName(name: string): boolean {
  return !personKey(name).includes(' ');
}
