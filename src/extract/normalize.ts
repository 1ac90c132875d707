/**
 * Name folding shared by the extractor, the scorer, the graph ids and the API's name lookups, so that
 * "the Islamic State", "Islamic State" and "ISLAMIC STATE" are one key, and "al-Zahra", "al Zahra" and
 * "Zahra" are one key. These are the corpus scoring rules' equalities (fixtures/README.md).
 */
export function stripAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

export function foldName(name: string): string {
  let s = stripAccents(name).toLowerCase();
  s = s.replace(/[\u2018\u2019\u02bc`']/g, '');
  s = s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  s = s.replace(/^the\s+/, '');
  s = s.replace(/^al\s+/, '');
  return s.replace(/\s+/g, ' ').trim();
}
