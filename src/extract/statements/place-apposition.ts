/*
 * "Medical workers in Lyon, France, said": the country after the comma locates the town; the subject
 * finder, stopping at the comma, would make the country the speaker. A place so set off is never one.
 */
import type { Doc } from '../doc.ts';
import { SUBJECT_BOUNDARIES } from './lexicon.ts';
import type { TokenRange } from './subject.ts';
import type { SentenceView } from './units.ts';

const PLACE_NOUNS = new Set(['capital', 'city', 'town', 'village', 'province', 'district', 'region', 'state', 'country',
  'neighborhood', 'neighbourhood', 'port', 'county', 'area']);

/** Index of "the" at `k` or up to two lower-case words before it ("the nearest city"), else -1. */
function theBefore(view: SentenceView, k: number): number {
  for (let j = k; j >= Math.max(0, k - 2); j--) {
    if (view.lower[j] === 'the') return j;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(view.tokens[j]?.text ?? '')) return -1;
  }
  return -1;
}

/**
 * The subject widened back over "<phrase> in <Town>, " when `range` is only a place that follows a
 * capitalised word and a comma; else `range` itself.
 */
export function overPlaceApposition(doc: Doc, view: SentenceView, range: TokenRange): TokenRange {
  const comma = range.from - 1;
  const beforeComma = view.tokens[comma - 1]?.text ?? '';
  // "in the capital, Cairo,": a place noun before the comma names the same place as the name after it.
  // Also with adjectives between: "of the nearest city, <Town>,", "in the southern port city, <Town>,".
  const the = PLACE_NOUNS.has(beforeComma) ? theBefore(view, comma - 2) : -1;
  const placeNoun = the > 0;
  if (view.tokens[comma]?.text !== ',' || (!/^\p{Lu}/u.test(beforeComma) && !placeNoun)) return range;
  const start = view.tokens[range.from]?.start ?? 0;
  const end = view.tokens[range.to - 1]?.end ?? 0;
  const place = doc.mentions.some((m) => m.type === 'place' && m.start === start && m.end === end);
  // After a place noun ("the nearest city, <Town>,") a short capitalised name is that place even when the
  // gazetteer does not know it.
  const named = placeNoun && range.to - range.from <= 3 &&
    view.tokens.slice(range.from, range.to).every((t) => /^\p{Lu}/u.test(t.text));
  if (!place && !named) return range;
  // Back over the town to the preposition that placed it ("in", "from", "near"), then to the segment start.
  let k = placeNoun ? the - 1 : comma - 1;
  while (!placeNoun && k > 0 && /^\p{Lu}/u.test(view.tokens[k]?.text ?? '')) k--;
  if (!['in', 'from', 'near', 'at', 'of'].includes(view.lower[k] ?? '')) return range;
  let from = k;
  while (from > 0 && view.tokens[from - 1]?.text !== ',' && !SUBJECT_BOUNDARIES.has(view.lower[from - 1] ?? '')) from--;
  return from < k ? { from, to: range.to } : range;
}
