/**
 * Name folding shared by the extractor, the scorer, the graph ids and the API's name lookups, so that
 * "the Islamic State", "Islamic State" and "ISLAMIC STATE" are one key, and "al-Zahra", "al Zahra" and
 * "Zahra" are one key. These are the corpus scoring rules' equalities (fixtures/README.md).
 */
// Plain ASCII is unchanged by NFKD and has no combining marks; most names are plain ASCII.
// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included
const ASCII = /^[\x00-\x7f]*$/;

export function stripAccents(text: string): string {
  if (ASCII.test(text)) return text;
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

export function foldName(name: string): string {
  if (isPlainWords(name)) return dropLeadingArticle(name.toLowerCase());
  let s = stripAccents(name).toLowerCase();
  s = s.replace(/[\u2018\u2019\u02bc`']/g, '');
  // in ASCII the letters and digits are [a-z0-9] (lower case by now): the same as \p{L}\p{N}, quicker
  s = (ASCII.test(s) ? s.replace(/[^a-z0-9]+/g, ' ') : s.replace(/[^\p{L}\p{N}]+/gu, ' ')).trim();
  s = s.replace(/^the\s+/, '');
  s = s.replace(/^al\s+/, '');
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * ASCII letters and digits in words separated by single spaces, no space at either end ("Islamic
 * State"): the commonest name, which the general path below leaves as it is apart from lower case and
 * a leading "the"/"al". Tested with a loop because foldName is called for every name, many times.
 */
function isPlainWords(name: string): boolean {
  if (name.length === 0) return false;
  let prevSpace = true;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
    } else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) prevSpace = false;
    else return false;
  }
  return !prevSpace;
}

/** The general path's "the " then "al " removal, for text already folded to words and single spaces. */
function dropLeadingArticle(s: string): string {
  const t = s.startsWith('the ') ? s.slice(4) : s;
  return t.startsWith('al ') ? t.slice(3) : t;
}
