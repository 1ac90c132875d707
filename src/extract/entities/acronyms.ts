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
