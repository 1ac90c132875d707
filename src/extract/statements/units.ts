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
    at: (offset) => views.find((v) => offset >= v.sentence.start && offset < v.sentence.end),
    quoteAt: (offset) => quotes.find((q) => offset >= q.start && offset < q.end),
  };
}
