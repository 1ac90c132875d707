/**
 * Quotation spans in any mark style: straight and curly double quotes, curly and straight single quotes,
 * and guillemets. A quotation that runs over a paragraph end (the English convention: no closing mark at
 * the end of the paragraph, an opening mark at the start of the next) is one span. Apostrophes inside
 * words ("Sana'a", "don't") and after a plural ("the forces' base") are not quote marks.
 */
export interface QuoteSpan {
  /** Offsets of the opening mark and just after the closing mark. */
  start: number;
  end: number;
  /** Offsets of the text inside the marks (for a span over paragraphs: first start, last end). */
  innerStart: number;
  innerEnd: number;
  /** The text inside the marks; parts in several paragraphs are joined with a space. */
  inner: string;
}

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['\u201c', '\u201d'],
  ['\u00ab', '\u00bb'],
];

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** Single-mark quotes: an opener at a word start, a closer at a word end, never inside a word. */
function singleQuoteSpans(text: string, open: string, close: string, out: Array<[number, number]>): void {
  let opened = -1;
  // jumps from mark to mark: the characters between them decide nothing
  for (let i = nextMark(text, open, close, 0); i >= 0; i = nextMark(text, open, close, i + 1)) {
    const ch = text[i];
    const before = text[i - 1];
    const after = text[i + 1];
    if (isWordChar(before) && isWordChar(after)) continue; // apostrophe inside a word
    if (opened < 0) {
      if (ch === open && !isWordChar(before) && (isWordChar(after) || after === '[')) opened = i;
    } else if (ch === close && !isWordChar(after) && (isWordChar(before) || /[.,!?\]]/.test(before ?? ''))) {
      out.push([opened, i + 1]);
      opened = -1;
    }
  }
}

/** The first offset at or after `from` holding `a` or `b`, or -1. */
function nextMark(text: string, a: string, b: string, from: number): number {
  const i = text.indexOf(a, from);
  if (a === b) return i;
  const j = text.indexOf(b, from);
  return i < 0 ? j : j < 0 ? i : Math.min(i, j);
}

/**
 * Marks that pair up as opener then closer (the same character for straight quotes). At a line break
 * inside an open quotation, a next paragraph that starts with the opener continues it; otherwise the
 * quotation was never closed and is dropped.
 */
function pairedSpans(text: string, open: string, close: string, out: Array<[number, number]>): void {
  let opened = -1;
  let i = 0;
  // jumps with indexOf to the next mark or line break instead of reading every character
  let lineBreak = text.indexOf('\n');
  while (i < text.length) {
    if (opened < 0) {
      const at = text.indexOf(open, i);
      if (at < 0) return;
      opened = at;
      i = at + 1;
      continue;
    }
    if (lineBreak >= 0 && lineBreak < i) lineBreak = text.indexOf('\n', i);
    const closing = text.indexOf(close, i);
    if (lineBreak >= 0 && (closing < 0 || lineBreak < closing)) {
      let next = lineBreak;
      while (next < text.length && /\s/.test(text[next] ?? '')) next++;
      if (text[next] === open) i = next + 1;
      else {
        opened = -1;
        i = lineBreak + 1;
      }
      continue;
    }
    if (closing < 0) return;
    out.push([opened, closing + 1]);
    opened = -1;
    i = closing + 1;
  }
}

/** Count of a character in a text. */
function count(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/**
 * A text whose curly double marks do not pair up mixes styles (a curly opener closed by a straight
 * mark, "...” closed by a curly one). Every double mark is then read by where it stands: before a word
 * it opens, after one it closes. Same length as `text`, so offsets hold.
 */
function directedDoubleMarks(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch !== '"' && ch !== '\u201c' && ch !== '\u201d') {
      out += ch;
      continue;
    }
    const before = text[i - 1];
    const opens = ch === '\u201c' || (ch === '"' && (before === undefined || /[\s([\u2014\u2013-]/.test(before)));
    out += opens ? '\u201c' : '\u201d';
  }
  return out;
}

/** Every quotation in `text`, ordered by start; nested spans are dropped in favour of the outer one. */
export function findQuotes(text: string): QuoteSpan[] {
  const raw: Array<[number, number]> = [];
  const mixed = count(text, '\u201c') !== count(text, '\u201d');
  for (const [open, close] of PAIRS) pairedSpans(open === '\u201c' && mixed ? directedDoubleMarks(text) : text, open, close, raw);
  // Typewriter pairs ``...'' and "...'' (two marks for one) close like a straight double quote.
  if (!mixed) pairedSpans(text.includes("''") || text.includes('``') ? text.replace(/''|``/g, '" ') : text, '"', '"', raw);
  singleQuoteSpans(text, '\u2018', '\u2019', raw);
  singleQuoteSpans(text, "'", "'", raw);
  raw.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const spans: QuoteSpan[] = [];
  for (const [start, end] of raw) {
    const last = spans[spans.length - 1];
    if (last && start < last.end) continue;
    spans.push(toSpan(text, start, end));
  }
  return spans;
}

/** A span whose text crosses a paragraph break: the parts are trimmed and their marks removed. */
function toSpan(text: string, start: number, end: number): QuoteSpan {
  const innerStart = start + 1;
  const innerEnd = end - 1;
  const parts = text
    .slice(innerStart, innerEnd)
    .split(/\n\s*\n/)
    .map((p) => p.trim().replace(/^["\u201c\u2018'\u00ab]/, '').replace(/["\u201d\u2019'\u00bb]$/, '').trim())
    .filter((p) => p !== '');
  return { start, end, innerStart, innerEnd, inner: parts.join(' ') };
}
