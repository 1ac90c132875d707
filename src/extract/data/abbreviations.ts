/**
 * Abbreviations that end in a period but do not end a sentence. General English news usage: titles,
 * military ranks, months, address words. Lower-cased, without the final period.
 */
export const NON_TERMINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // honorifics and civil titles
  'mr', 'mrs', 'ms', 'dr', 'prof', 'rev', 'sen', 'rep', 'gov', 'pres', 'amb', 'hon', 'sr', 'jr', 'st', 'mt', 'ft',
  // military ranks
  'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'adm', 'cmdr', 'brig', 'lieut', 'cdr',
  // months (May, June, July need no period)
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  // common others
  'no', 'nos', 'vs', 'approx', 'dept', 'univ', 'assn', 'est', 'fig', 'inc', 'corp', 'co', 'ltd', 'e.g', 'i.e', 'al',
]);

/**
 * Words that begin a sentence often enough that, after an initialism like "U.S." or "U.N.", they mark a
 * sentence break ("... in the U.S. He said ..."), while a name or noun after it does not ("U.N. Security").
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'this', 'that',
  'these', 'those', 'there', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'after', 'before', 'when',
  'while', 'if', 'as', 'since', 'meanwhile', 'however', 'earlier', 'later', 'last', 'on', 'no', 'some', 'many',
  'officials', 'one', 'two', 'three',
]);
