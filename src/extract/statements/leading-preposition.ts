/*
 * "..., with one security official saying he ...": the absolute construction puts a preposition before
 * the speaker phrase. A preposition opens no speaker, so it is dropped before the phrase is read.
 */
import type { TokenRange } from './subject.ts';
import type { SentenceView } from './units.ts';

const OPENING_PREPOSITIONS = new Set(['with', 'amid', 'among', 'by', 'from', 'for', 'of', 'to']);

/** The range without a leading preposition ("with one official" → "one official"); "according to" is left alone. */
export function withoutLeadingPreposition(view: SentenceView, range: TokenRange): TokenRange {
  const first = view.lower[range.from] ?? '';
  if (range.to - range.from < 2 || !OPENING_PREPOSITIONS.has(first)) return range;
  if (first === 'to' && view.lower[range.from - 1] === 'according') return range;
  return { from: range.from + 1, to: range.to };
}
