import { SPEECH_VERBS } from './lexicon.ts';
import { isPunct } from './subject.ts';
import type { SentenceView } from './units.ts';

/**
 * The object of "urged X to ...", "accused X of ...", "blamed X for ...": where the word after the object
 * phrase stands. The object may carry what news English sets inside a noun phrase:
 * - a hyphenated modifier: "the U.N.-led force", "the Norland-backed militia";
 * - a bracketed short form or aside: "the Coastal Air Force (CAF)";
 * - a name or short description set off by commas: "the prime minister, Tom Abbot, of ...",
 *   "the coalition, fighting in the south, to end ...";
 * - a dashed insert: "both sides -- particularly the government -- to allow ...";
 * - an opening quotation mark right before the word: "urged all sides 'to exercise restraint'".
 * Returns the index of `word`, or -1 when the object runs into a clause, a speech verb or the sentence end.
 */
const MAX_OBJECT = 9;
const MAX_INSERT = 8;
const DASHES = new Set(['--', '\u2014', '\u2013', '-']);
const QUOTE_MARKS = /^["\u201c\u2018']$/;

/** True when token k is joined to both neighbours without spaces ("U.S.-led"): a hyphen inside a word. */
function wordHyphen(view: SentenceView, k: number): boolean {
  const t = view.tokens[k];
  const before = view.tokens[k - 1];
  const after = view.tokens[k + 1];
  return !!t && !!before && !!after && before.end === t.start && t.end === after.start && t.text === '-';
}

/** End (index of the closing mark) of an insert opened at k by `open`, or -1. */
function insertEnd(view: SentenceView, k: number, close: (w: string) => boolean): number {
  for (let j = k + 1; j < Math.min(view.tokens.length, k + MAX_INSERT + 2); j++) {
    const w = view.lower[j] ?? '';
    if (close(w)) return j > k + 1 ? j : -1;
    if (w === '.' || w === ';' || w === 'that' || QUOTE_MARKS.test(view.tokens[j]?.text ?? '') || SPEECH_VERBS.has(w)) return -1;
  }
  return -1;
}

export function wordAfterObject(view: SentenceView, from: number, words: ReadonlySet<string>): number {
  const n = view.tokens.length;
  // Words of the object itself, inserts not counted: as many as the plain reading allowed before.
  for (let k = from + 1, seen = 0; k < n && seen < MAX_OBJECT; k++) {
    const w = view.lower[k] ?? '';
    if (words.has(w)) return k;
    if (QUOTE_MARKS.test(view.tokens[k]?.text ?? '') && words.has(view.lower[k + 1] ?? '')) return k + 1;
    if (wordHyphen(view, k)) continue;
    seen++;
    if (w === '(') {
      const end = insertEnd(view, k, (x) => x === ')');
      if (end < 0) return -1;
      k = end;
      continue;
    }
    if (DASHES.has(w) || w === ',') {
      // "--" comes as two hyphen tokens: the insert opens after the second and closes at the next pair.
      const double = w === '-' && view.lower[k + 1] === '-';
      const end = insertEnd(view, double ? k + 1 : k, (x) => x === w);
      if (end < 0) return -1;
      k = double && view.lower[end + 1] === '-' ? end + 1 : end;
      continue;
    }
    if (isPunct(w) || w === '.' || w === 'that' || SPEECH_VERBS.has(w)) return -1;
  }
  return -1;
}
