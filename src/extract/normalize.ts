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
  let s = stripAccents(name).toLowerCase();
  s = s.replace(/[\u2018\u2019\u02bc`']/g, '');
  // in ASCII the letters and digits are [a-z0-9] (lower case by now): the same as \p{L}\p{N}, quicker
  s = (ASCII.test(s) ? s.replace(/[^a-z0-9]+/g, ' ') : s.replace(/[^\p{L}\p{N}]+/gu, ' ')).trim();
  s = s.replace(/^the\s+/, '');
  s = s.replace(/^al\s+/, '');
  return s.replace(/\s+/g, ' ').trim();
}
