/**
 * Builds Lucene queries for the full-text indexes from user words. Every Lucene operator character is
 * escaped and the boolean keywords are lower-cased, so user text is always searched as words, never
 * parsed as query syntax ('title:x', 'a AND b', '"', '*', '~' are literal).
 */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const KEYWORDS = new Set(['AND', 'OR', 'NOT', 'TO']);

export function escapeLucene(term: string): string {
  return term.replace(SPECIAL, (c) => `\\${c}`);
}

/** The words of a user's text: white-space separated chunks holding at least one letter or digit. */
export function words(text: string): string[] {
  return text
    .split(/\s+/u)
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
    .map((w) => (KEYWORDS.has(w) ? w.toLowerCase() : w));
}

/** All words must match. Returns null when the text has no words (the caller reports it). */
export function allWordsQuery(text: string): string | null {
  const terms = words(text).map(escapeLucene);
  return terms.length === 0 ? null : terms.join(' AND ');
}

/**
 * All words must match, the last one also as a prefix, so a name can be found while it is being typed
 * ('kerr' finds Kerry). Returns null when the text has no words.
 */
export function namePrefixQuery(text: string): string | null {
  const terms = words(text).map(escapeLucene);
  const last = terms.pop();
  if (last === undefined) return null;
  const tail = last.length >= 2 ? `(${last} OR ${last}*)` : last;
  return [...terms, tail].join(' AND ');
}

/**
 * A folded name key as one exact term for the `entityKeys` index (keyword analyzer): the whole key in
 * double quotes, quotes and backslashes escaped. Null stays null.
 */
export function keyTermQuery(key: string | null): string | null {
  return key === null ? null : `"${key.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}
