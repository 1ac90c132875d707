/* 'X called it a "terrorist attack"', 'branded the raid "a massacre"': a quotation that names something. */
import type { ActorRef } from '../types.ts';
import type { QuoteSpan } from './quotes.ts';
import { resolveSpeakers, type SpeakerScope } from './speaker.ts';
import { isPunct, verbSubject } from './subject.ts';
import type { SentenceView } from './units.ts';

/** Verbs that give something a name or label: the quotation after them is the whole complement. */
const NAMING_VERBS = new Set(['called', 'calls', 'calling', 'call', 'termed', 'terms', 'dubbed', 'dubs', 'branded',
  'brands', 'labeled', 'labelled', 'labels']);
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
  for (let v = open - 1; v >= Math.max(0, open - 1 - MAX_OBJECT); v--) {
    const w = view.lower[v] ?? '';
    if (isPunct(w) && v < open - 1) return null;
    if (!NAMING_VERBS.has(w)) continue;
    if (['on', 'for', 'off', 'up'].includes(view.lower[v + 1] ?? '')) return null; // "called on X to", "called for"
    const range = verbSubject(view, v);
    const speakers = range ? resolveSpeakers(scope, view, range) : [];
    return speakers.length > 0 ? speakers : null;
  }
  return null;
}
