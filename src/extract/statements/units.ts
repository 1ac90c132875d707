import { createDoc, type Doc, type Sentence, type Token } from '../doc.ts';
import { splitSentences } from '../sentences.ts';
import { findQuotes, type QuoteSpan } from './quotes.ts';

/** A sentence with its tokens, as the statement finder walks it. */
export interface SentenceView {
  sentence: Sentence;
  tokens: Token[];
  /** Lower-cased token texts, same indexes as `tokens`. */
  lower: string[];
}

/** What the statement finder reads from a document, computed once. */
export interface TextUnits {
  text: string;
  sentences: SentenceView[];
  quotes: QuoteSpan[];
  /** Sentence index → the view; same order as doc.sentences. */
  byIndex: (index: number) => SentenceView | undefined;
  /** The view of the sentence containing offset `at`, if any. */
  at: (offset: number) => SentenceView | undefined;
  /** The quotation containing offset `at`, if any. */
  quoteAt: (offset: number) => QuoteSpan | undefined;
}

/**
 * Sentences and tokens come from the `sentences` component. When it has not run (a component used on
 * its own), it runs here on a private copy, so the document itself is never changed.
 */
export function textUnits(doc: Doc): TextUnits {
  let sentences = doc.sentences;
  let tokens = doc.tokens;
  if (sentences.length === 0 && doc.text.trim() !== '') {
    const shadow = createDoc(doc.article);
    splitSentences(shadow);
    sentences = shadow.sentences;
    tokens = shadow.tokens;
  }
  const grouped: Token[][] = sentences.map(() => []);
  for (const t of tokens) grouped[t.sentenceIndex]?.push(t);
  const views: SentenceView[] = sentences.map((sentence, i) => {
    const toks = grouped[i] ?? [];
    return { sentence, tokens: toks, lower: toks.map((t) => t.lower ?? t.text.toLowerCase()) };
  });
  const quotes = findQuotes(doc.text);
  return {
    text: doc.text,
    sentences: views,
    quotes,
    byIndex: (index) => views[index],
    at: sentencesInOrder(views)
      ? (offset) => spanAt(views, offset, (v) => v.sentence)
      : (offset) => views.find((v) => offset >= v.sentence.start && offset < v.sentence.end),
    // findQuotes gives disjoint spans ordered by start
    quoteAt: (offset) => spanAt(quotes, offset, (q) => q),
  };
}

interface Span {
  start: number;
  end: number;
}

/** Whether the sentences are disjoint and ordered by start (a binary search then finds what a scan finds). */
function sentencesInOrder(views: readonly SentenceView[]): boolean {
  for (let i = 1; i < views.length; i++) if (views[i]!.sentence.start < views[i - 1]!.sentence.end) return false;
  return true;
}

/**
 * The item whose span contains `offset`, by binary search over disjoint spans ordered by start (the
 * statement finder asks this for every token: a scan over every quotation cost more than the rest).
 */
function spanAt<T>(items: readonly T[], offset: number, span: (item: T) => Span): T | undefined {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = span(items[mid]!);
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return items[mid];
  }
  return undefined;
}
