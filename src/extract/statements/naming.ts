/* 'X called it a "terrorist attack"', 'branded the raid "a massacre"': a quotation that names something. */
import type { ActorRef } from '../types.ts';
import type { QuoteSpan } from './quotes.ts';
import { resolveSpeakers, type SpeakerScope } from './speaker.ts';
import { isPunct, verbSubject, type TokenRange } from './subject.ts';
import type { SentenceView } from './units.ts';

/** Verbs that give something a name or label: the quotation after them is the whole complement. */
const NAMING_VERBS = new Set(['called', 'calls', 'calling', 'call', 'termed', 'terms', 'dubbed', 'dubs', 'branded',
  'brands', 'labeled', 'labelled', 'labels']);
/** Verbs of judgement that label their object with "as": 'condemned the raid as "..."'. */
const JUDGING_VERBS = new Set(['condemned', 'condemning', 'condemns', 'described', 'describing', 'describes', 'denounced',
  'denouncing', 'dismissed', 'dismissing', 'branded', 'branding', 'characterized', 'characterizing', 'hailed', 'hailing']);
const DASHES = new Set(['--', '\u2014', '\u2013']);
/**
 * "..., with the head of the mission, X Y, calling it ...": in an absolute clause after "with" the
 * noun phrase after "with" does the -ing verb (a name in apposition names it best). Null otherwise.
 */
export function absoluteSubject(view: SentenceView, v: number): TokenRange | null {
  if (!/ing$/.test(view.lower[v] ?? '')) return null;
  let w = v - 1;
  while (w >= Math.max(0, v - 16) && view.lower[w] !== 'with') w--;
  if (w < 0 || view.lower[w] !== 'with' || view.lower.slice(w + 1, v).some((x) => x === '.' || x === ';')) return null;
  let end = v;
  while (end > w + 1 && view.lower[end - 1] === ',') end--;
  let from = end;
  while (from > w + 1 && /^\p{Lu}/u.test(view.tokens[from - 1]?.text ?? '')) from--;
  // "with the head of the mission, X Y,": the name after the last comma.
  if (from < end && view.lower[from - 1] === ',' && end - from >= 2) return { from, to: end };
  return end > w + 1 ? { from: w + 1, to: end } : null;
}

/** A dash: a dash character, or a hyphen with a space on one side ("a -- b" is tokenised "-", "-"). */
function isDash(view: SentenceView, k: number): boolean {
  const w = view.lower[k] ?? '';
  if (DASHES.has(w)) return true;
  const [prev, t, next] = [view.tokens[k - 1], view.tokens[k], view.tokens[k + 1]];
  return w === '-' && t !== undefined && ((prev !== undefined && prev.end < t.start) || (next !== undefined && next.start > t.end));
}

/** How many words may stand between the verb and the opening mark ("called the attack on the base a"). */
const MAX_OBJECT = 6;

/**
 * The speakers of a quotation that a naming verb of the same sentence introduces: `called a "..."`,
 * `called it "..."`, `branded the raid "..."`. The verb's subject speaks; a participle
 * ("..., calling it "...") shares the sentence's subject. Null when no such verb stands just before.
 */
export function namingSpeakers(scope: SpeakerScope, view: SentenceView, q: QuoteSpan): ActorRef[] | null {
  const open = view.tokens.findIndex((t) => t.start >= q.start);
  if (open < 1) return null;
  // 'condemning the incident as "..."': a verb of judgement with "as" right before the quotation.
  const as = view.lower[open - 1] === 'as';
  let words = 0;
  for (let v = open - 1; v >= 0 && words <= MAX_OBJECT; v--) {
    const w = view.lower[v] ?? '';
    // 'calling the violence -- particularly near X -- "..."': a dashed insert is no part of the object.
    if (isDash(view, v) && v < open - 1) {
      let k = v - 1;
      while (k >= 0 && isDash(view, k)) k--; // "--" written as two hyphens
      while (k > v - 16 && k >= 0 && !isDash(view, k)) k--;
      if (k < 0 || !isDash(view, k)) return null;
      while (k > 0 && isDash(view, k - 1)) k--;
      v = k;
      continue;
    }
    if (isPunct(w) && v < open - 1) return null;
    words++;
    if (!NAMING_VERBS.has(w) && !(as && JUDGING_VERBS.has(w))) continue;
    if (['on', 'for', 'off', 'up'].includes(view.lower[v + 1] ?? '')) return null; // "called on X to", "called for"
    const range = absoluteSubject(view, v) ?? verbSubject(view, v);
    const speakers = range ? resolveSpeakers(scope, view, range) : [];
    return speakers.length > 0 ? speakers : null;
  }
  return null;
}
