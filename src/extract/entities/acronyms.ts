import { allMatches } from '../all-matches.ts';

/**
 * Whether `short` can abbreviate `long` (Schwartz & Hearst 2003): every letter of the short form
 * appears in the long form in order, the first one at the start of a word, and the long form's
 * first word is used. "AMISOM" ~ "African Union Mission in Somalia", "KDF" ~ "Kenyan Defense Forces".
 */
export function isAbbreviationOf(short: string, long: string): boolean {
  const s = short.replace(/\./g, '').toLowerCase();
  const l = long.toLowerCase();
  if (s.length < 2 || l.split(/\s+/).length < 2) return false;
  let si = s.length - 1;
  let li = l.length - 1;
  while (si >= 0) {
    const c = s[si];
    if (c === undefined || !/[a-z0-9]/.test(c)) {
      si--;
      continue;
    }
    while (li >= 0 && (l[li] !== c || (si === 0 && li > 0 && /[a-z0-9]/.test(l[li - 1] ?? '')))) li--;
    if (li < 0) return false;
    li--;
    si--;
  }
  // The match must start in the first word.
  return l.indexOf(' ') > li;
}

/** Capitalised phrases of a text, with "of", "the", "and" inside ("Line of Separation", "Northern Coastal Republic"). */
const PHRASE = /\b\p{Lu}[\p{L}'-]*(?:\s+(?:(?:of|the|and|for|on)\s+)*\p{Lu}[\p{L}'-]*)+/gu;

/**
 * "the N.C.R." after "the Northern Coastal Republic", "the LOS" after "the Line of Separation": an acronym
 * whose letters are the initials of a phrase of the text that `isOrganization` does not take for an
 * organization abbreviates that phrase (a place, a line, a device), and is no organization of its own.
 */
/** "N.C.R." → "NCR". */
export const acronymLetters = (acronym: string): string => acronym.replace(/\./g, '').toUpperCase();

/** "Norland Independence Army" → "NIA" (capitalised words only: "of", "the" and "in" are skipped). */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

export function abbreviatesNonOrganization(acronym: string, text: string, isOrganization: (phrase: string) => boolean): boolean {
  const letters = acronymLetters(acronym);
  if (!/^[A-Z]{2,6}$/.test(letters)) return false;
  for (const m of allMatches(PHRASE, text)) {
    const all = m[0].split(/\s+/).map((w) => w[0]?.toUpperCase() ?? '').join('');
    if (initialsOf(m[0]) !== letters && all !== letters) continue;
    if (!isOrganization(m[0])) return true;
  }
  return false;
}
