import type { Range } from '../types.ts';
import { APPROXIMATE, COLLECTIVES, LOWER_BOUND, SCALES, TENS, UNITS, UPPER_BOUND, VAGUE_QUANTITIES } from './number-words.ts';

/**
 * Number phrases in casualty figures ("at least 83", "as many as 178", "between 14 and 16", "a dozen",
 * "eleven", "dozens") and their reading as a {min, max} range per the corpus rules (fixtures/README.md).
 */
const alt = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');

const WORD = alt([...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES)]);
const WORD_NUMBER = `(?:${WORD})(?:(?:[\\s-]+|\\s+and\\s+)(?:${WORD}))*`;
const DIGITS = `\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?(?:\\s+(?:million|thousand))?`;
const FRACTION = `(?:more\\s+than\\s+)?(?:a\\s+)?(?:quarter|half|third)\\s+(?:of\\s+)?an?\\s+(?:million|thousand)`;
const COLLECTIVE = `an?\\s+(?:${alt(Object.keys(COLLECTIVES))}|hundred|thousand|million)`;
/** One bare number, in digits or words. */
export const NUMBER = `(?:${DIGITS}|${FRACTION}|${COLLECTIVE}|${WORD_NUMBER})`;
const VAGUE = `(?:${alt(VAGUE_QUANTITIES.filter((w) => w !== 'some' && w !== 'many' && w !== 'several'))})(?:\\s+of)?`;
const QUALIFIER = `(?:${alt([...LOWER_BOUND, ...UPPER_BOUND, ...APPROXIMATE])})`;

/** A number phrase with its qualifier: embed in larger patterns as one capturing-free group. */
export const NUMBER_PHRASE =
  `(?:between\\s+${NUMBER}\\s+and\\s+${NUMBER}|(?:between\\s+)?\\d[\\d,]*\\s*[-\u2013]\\s*\\d[\\d,]*|${NUMBER}\\s+(?:to|or)\\s+${NUMBER}|${NUMBER}\\s+or\\s+(?:more|so)|(?:${QUALIFIER}\\s+)?${NUMBER}|${VAGUE})`;

/** Value of a bare number ("1,200", "forty-two", "a dozen", "a quarter of a million"), or null. */
export function numberValue(raw: string): number | null {
  const s = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d/.test(s)) {
    const m = /^([\d,]+(?:\.\d+)?)(?: (million|thousand))?$/.exec(s);
    if (!m) return null;
    const n = Number(m[1]!.replace(/,/g, ''));
    return m[2] ? Math.round(n * (SCALES[m[2]] ?? 1)) : n;
  }
  const frac = /^(?:more than )?(?:a )?(quarter|half|third) (?:of )?an? (million|thousand)$/.exec(s);
  if (frac) return Math.round((SCALES[frac[2]!] ?? 0) / ({ quarter: 4, half: 2, third: 3 }[frac[1]!] ?? 1));
  const coll = /^an? (\w+)$/.exec(s);
  if (coll) return COLLECTIVES[coll[1]!] ?? SCALES[coll[1]!] ?? null;
  let total = 0;
  let current = 0;
  for (const w of s.split(/[\s-]+/)) {
    if (w === 'and') continue;
    if (w in UNITS) current += UNITS[w]!;
    else if (w in TENS) current += TENS[w]!;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w in SCALES) {
      total += (current || 1) * SCALES[w]!;
      current = 0;
    } else return null;
  }
  return total + current;
}

// Qualifier lists longest first, sorted once (a stable sort, so equal lengths keep their list order).
const longestFirst = (words: readonly string[]): string[] => [...words].sort((a, b) => b.length - a.length);
const LOWER_LONGEST_FIRST = longestFirst(LOWER_BOUND);
const UPPER_LONGEST_FIRST = longestFirst(UPPER_BOUND);
const APPROXIMATE_LONGEST_FIRST = longestFirst(APPROXIMATE);

/** The first of `sorted` that is all of `s` or its first word(s) ("at least" in "at least 12"). */
function startsWithAny(s: string, sorted: readonly string[]): string | undefined {
  return sorted.find((w) => s.startsWith(w) && (s.length === w.length || s.charCodeAt(w.length) === 32));
}

const BETWEEN = new RegExp(`^between (${NUMBER}) and (${NUMBER})$`, 'i');
// "14 to 16", "14-16", "two or three"
const SPAN = new RegExp(`^(${NUMBER})(?: to | or )(${NUMBER})$|^(?:between )?(\\d[\\d,]*) ?[-\u2013] ?(\\d[\\d,]*)$`, 'i');
// "three or more" sets a lower bound; "40 or so" is about 40
const OR_MORE = new RegExp(`^(${NUMBER}) or more$`, 'i');
const OR_SO = new RegExp(`^(${NUMBER}) or so$`, 'i');

/** Range for a number phrase; both bounds null for vague quantities ("dozens"). */
export function parseRange(phrase: string): Range {
  const s = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  const between = BETWEEN.exec(s) ?? SPAN.exec(s);
  if (between) return { min: numberValue(between[1] ?? between[3]!), max: numberValue(between[2] ?? between[4]!) };
  const orMore = OR_MORE.exec(s);
  if (orMore) return { min: numberValue(orMore[1]!), max: null };
  const orSo = OR_SO.exec(s);
  if (orSo) return { min: numberValue(orSo[1]!), max: numberValue(orSo[1]!) };
  if (/^more than (?:a )?(?:quarter|half|third)/.test(s)) return { min: numberValue(s), max: null };
  const lower = startsWithAny(s, LOWER_LONGEST_FIRST);
  if (lower) return { min: numberValue(s.slice(lower.length)), max: null };
  const upper = startsWithAny(s, UPPER_LONGEST_FIRST);
  if (upper) return { min: null, max: numberValue(s.slice(upper.length)) };
  const approx = startsWithAny(s, APPROXIMATE_LONGEST_FIRST);
  const value = numberValue(approx ? s.slice(approx.length) : s);
  return { min: value, max: value };
}

/** Two exact counts add up; anything vaguer leaves the sum unknown on that side. */
export function sumRanges(a: Range, b: Range): Range {
  return { min: a.min !== null && b.min !== null ? a.min + b.min : null, max: a.max !== null && b.max !== null ? a.max + b.max : null };
}
