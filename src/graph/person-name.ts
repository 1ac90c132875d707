import { foldName } from '../extract/normalize.ts';

/**
 * Leading words that are a title or office, not part of a name ("Secretary of State John Kerry",
 * "U.S. President ...", "Gen. ..."). General English only; folded forms. Country abbreviations
 * ("u s", "u n", "uk") appear because they commonly precede a title.
 */
const TITLE_WORDS = new Set([
  'us', 'un', 'uk', 'eu', 'of', 'the', 'and', 'state', 'foreign', 'defense', 'defence', 'interior',
  'president', 'vice', 'prime', 'minister', 'secretary', 'general', 'gen', 'lieutenant', 'lt', 'colonel', 'col',
  'major', 'maj', 'captain', 'capt', 'sergeant', 'sgt', 'admiral', 'adm', 'brigadier', 'commander', 'chief',
  'deputy', 'acting', 'former', 'interim', 'dr', 'mr', 'mrs', 'ms', 'sir', 'governor', 'gov', 'senator', 'sen',
  'rep', 'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'mayor', 'judge', 'envoy', 'special',
  'sheikh', 'sheik', 'king', 'queen', 'prince', 'emir', 'ayatollah', 'mullah', 'imam', 'pope', 'cardinal',
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
