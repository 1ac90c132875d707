/* 'A dozen fighters were also "neutralized," the army said.': a quoted word closing an unquoted clause. */
import { trimClause, wordCount } from './draft.ts';
import type { QuoteSpan } from './quotes.ts';
import { DATELINE } from './trailing.ts';
import type { SentenceView, TextUnits } from './units.ts';

/** A quotation covering less than this share of the clause it closes is a phrase inside a report. */
const FRAGMENT_SHARE = 0.6;
/** Verbs that would make the words before the quotation an attribution of their own. */
const CORE_SPEECH = new Set(['said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'wrote']);

/**
 * The reported clause that a short quotation ends, when the quotation is attributed after its closing
 * mark but the clause began before its opening mark, unquoted: `<clause> "<phrase>," X said`. The
 * statement is then indirect and its quote the whole clause (fixtures/README.md, "Finer conventions").
 * Null when the quotation opens the sentence, follows a colon or comma (it is then the complement),
 * or the words before it hold another quotation or a speech verb of their own.
 */
export function clauseEndingInQuote(units: TextUnits, view: SentenceView, q: QuoteSpan): { start: number; quote: string } | null {
  const dateline = DATELINE.exec(view.sentence.text)?.[0].length ?? 0;
  const start = view.sentence.start + dateline;
  if (q.start <= start) return null;
  const before = units.text.slice(start, q.start);
  if (/[,:;\u2014\u2013-]\s*$/.test(before) || /["\u201c\u201d\u2018\u2019\u00ab\u00bb]/.test(before)) return null;
  // "A bomb hit a convoy, but "no injuries have been reported," said X": the quotation is a main clause
  // of its own after ", but"; the narration before it is the article's, not X's.
  if (/,\s*but\s*$/i.test(before)) return null;
  const words = wordCount(before);
  if (words < 3 || wordCount(q.inner) / (words + wordCount(q.inner)) >= FRAGMENT_SHARE) return null;
  const speech = view.tokens.some((t, i) => t.start >= start && t.end <= q.start && CORE_SPEECH.has(view.lower[i] ?? ''));
  if (speech) return null;
  const quote = trimClause(units.text.slice(start, q.end));
  return quote === '' ? null : { start, quote };
}
