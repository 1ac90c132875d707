/**
 * General English number vocabulary for casualty figures. Plain data: no article's numbers.
 */
export const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};

export const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Multipliers: "two hundred", "three thousand", "two dozen". */
export const SCALES: Readonly<Record<string, number>> = {
  dozen: 12, hundred: 100, thousand: 1000, million: 1_000_000,
};

/** Exact collective words: "a dozen" is 12, "a score" 20, "a couple" 2. */
export const COLLECTIVES: Readonly<Record<string, number>> = { dozen: 12, score: 20, couple: 2 };

/** Plural vague quantities give no figure (fixtures/README.md: "dozens" → null). */
export const VAGUE_QUANTITIES = ['dozens', 'scores', 'hundreds', 'thousands', 'tens of thousands', 'several', 'many', 'some'];

/** Qualifiers before a number and the bound they set. */
// "a least": a common slip for "at least", read the same way
export const LOWER_BOUND = ['at least', 'a least', 'more than', 'over', 'upwards of', 'in excess of', 'no fewer than', 'no less than', 'a minimum of'];
export const UPPER_BOUND = ['as many as', 'up to', 'at most', 'no more than', 'fewer than', 'less than', 'under'];
export const APPROXIMATE = ['around', 'about', 'nearly', 'almost', 'approximately', 'roughly', 'some', 'close to', 'an estimated', 'an approximate', 'just over', 'just under'];
