import type { Doc, Sentence, Token } from './doc.ts';
import type { Resources } from './pipeline.ts';
import { NON_TERMINAL_ABBREVIATIONS, SENTENCE_STARTERS } from './data/abbreviations.ts';

/**
 * Component `sentences`: paragraphs (blank-line separated), sentences and tokens with body offsets.
 * Each line is split on its own, so a headline, dateline or caption without final punctuation stays a
 * sentence of its own. A sentence ends at . ! ? (plus closing quotes or brackets) followed by a space and
 * an upper-case letter, digit or opening quote; abbreviations ("Gen.", "Jan.") and initials ("John F.
 * Kennedy") never end one, and an initialism ("U.S.") ends one only before a typical sentence starter.
 * A quotation that spans sentences is split at its inner sentence ends, like any other text; a "?" or "!"
 * inside a quote followed by a lower-case attribution ("...?" he asked) is not a break.
 */
export function splitSentences(doc: Doc, _resources?: Resources): void {
  const text = doc.text;
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  let paragraph = 0;
  let sawBlank = false;
  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(pos, lineEnd);
    if (line.trim() === '') {
      sawBlank = sentences.length > 0;
    } else {
      if (sawBlank) paragraph++;
      sawBlank = false;
      for (const [s, e] of splitLine(line)) {
        const sentence: Sentence = {
          index: sentences.length,
          start: pos + s,
          end: pos + e,
          text: text.slice(pos + s, pos + e),
          paragraph,
        };
        sentences.push(sentence);
        tokenize(sentence, tokens);
      }
    }
    if (nl === -1) break;
    pos = nl + 1;
  }
  doc.sentences = sentences;
  doc.tokens = tokens;
}

const CLOSERS = new Set(['"', '\u201d', '\u2019', "'", ')', ']', '\u00bb']);
const OPENERS = new Set(['"', '\u201c', '\u2018', "'", '(', '[', '\u00ab']);

/** [start, end) pairs, relative to the line, trimmed. */
function splitLine(line: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = skipSpace(line, 0);
  for (let i = start; i < line.length; i++) {
    const ch = line[i];
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    while (end < line.length && (line[end] === '.' || line[end] === '!' || line[end] === '?')) end++;
    while (end < line.length && CLOSERS.has(line[end] ?? '')) end++;
    if (end >= line.length || !/\s/.test(line[end] ?? '')) continue;
    const next = skipSpace(line, end);
    if (next >= line.length) break;
    if (!startsSentence(line, next)) continue;
    if (ch === '.' && !periodEndsSentence(line, i, next)) continue;
    out.push([start, trimEnd(line, end)]);
    start = next;
    i = next - 1;
  }
  const last = trimEnd(line, line.length);
  if (last > start) out.push([start, last]);
  return out;
}

function startsSentence(line: string, at: number): boolean {
  let c = line[at] ?? '';
  if (OPENERS.has(c)) c = line[at + 1] ?? '';
  return /[\p{Lu}\d]/u.test(c);
}

/** Whether the period at `dot` (followed by a word starting at `next`) ends a sentence. */
function periodEndsSentence(line: string, dot: number, next: number): boolean {
  let w = dot;
  while (w > 0 && /[\p{L}.]/u.test(line[w - 1] ?? '')) w--;
  const word = line.slice(w, dot);
  if (word === '') return true;
  if (NON_TERMINAL_ABBREVIATIONS.has(word.toLowerCase())) return false;
  // A single capital ("John F. Kennedy") is an initial; a dotted initialism ("U.S.") is ambiguous.
  const isInitial = /^\p{Lu}$/u.test(word);
  const isInitialism = /^(?:\p{L}\.)+\p{L}$/u.test(word);
  if (!isInitial && !isInitialism) return true;
  const nextWord = /^[\p{L}']+/u.exec(line.slice(next).replace(/^["\u201c\u2018'(]/, ''))?.[0] ?? '';
  return isInitialism && SENTENCE_STARTERS.has(nextWord.toLowerCase());
}

function skipSpace(s: string, i: number): number {
  while (i < s.length && /\s/.test(s[i] ?? '')) i++;
  return i;
}

function trimEnd(s: string, end: number): number {
  while (end > 0 && /\s/.test(s[end - 1] ?? '')) end--;
  return end;
}

/**
 * Words keep inner hyphens and apostrophes ("Ki-moon", "Sana'a"); a possessive "'s" is its own token;
 * initialisms keep their periods ("U.S."), and so do known abbreviations ("Gen."); numbers keep their
 * separators ("1,200", "3.5") and ordinals ("17th").
 */
const TOKEN_RE =
  /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\d]*(?:[-'\u2019\u02bc]\p{L}[\p{L}\p{M}\d]*)*|\d+(?:[.,:]\d+)*(?:st|nd|rd|th)?|\S/gu;

/** Same as /^\p{L}/u, with the regex only for a non-ASCII first character (tokens are mostly ASCII). */
function startsWithLetter(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /^\p{L}/u.test(t);
}

function tokenize(sentence: Sentence, out: Token[]): void {
  const text = sentence.text;
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    let t = m[0];
    const s = m.index;
    if (startsWithLetter(t)) {
      if (t.length > 2 && (t.endsWith("'s") || t.endsWith('\u2019s'))) {
        pushToken(out, sentence, t.slice(0, -2), s);
        pushToken(out, sentence, t.slice(-2), s + t.length - 2);
        continue;
      }
      if (text[s + t.length] === '.' && NON_TERMINAL_ABBREVIATIONS.has(t.toLowerCase())) {
        t += '.';
        TOKEN_RE.lastIndex++;
      }
    }
    pushToken(out, sentence, t, s);
  }
}

// A module function, not a closure: tsx names every closure it creates (keepNames), at a cost per call.
function pushToken(out: Token[], sentence: Sentence, t: string, s: number): void {
  const start = sentence.start + s;
  out.push({ index: out.length, text: t, start, end: start + t.length, sentenceIndex: sentence.index, lower: t.toLowerCase() });
}
