/*
 * `"A", the governor said, "B".`: a quotation split by its attribution inside one sentence is one
 * statement (README "Statements"). The indirect reader may take the second part as the complement of
 * "said," while the first part is read on its own; this joins the two back together. A quotation opening
 * the next sentence of the paragraph, attributed again to the same speaker (`"A," said X. "B," she said.`),
 * goes on with the same words too.
 */
import type { Draft } from './draft.ts';
import { SPEECH_VERBS } from './lexicon.ts';

/** Longest attribution between the two parts, in words ("the regional governor told reporters"). */
const MAX_ATTRIBUTION_WORDS = 10;

/** Whether the text between two quoted parts is only an attribution: marks, commas, a few words, a speech verb. */
function attributionOnly(gap: string): boolean {
  if (/[.!?;:]/.test(gap.replace(/\b[A-Z][a-z]?\./g, ''))) return false;
  const words = gap.match(/[\p{L}'-]+/gu) ?? [];
  return words.length > 0 && words.length <= MAX_ATTRIBUTION_WORDS && words.some((w) => SPEECH_VERBS.has(w.toLowerCase()));
}

/** Drafts sorted by start, with each split direct quotation of one speaker in one sentence joined. */
export function joinSplitQuotes(drafts: Draft[], text: string): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const prev = out[out.length - 1];
    const gapText = prev ? text.slice(prev.end, d.start) : '';
    // `"A," said X. "B," he said.`: the next sentence of the paragraph goes on with the same speaker's words.
    const nextSentence = prev !== undefined && d.sentenceIndex === prev.sentenceIndex + 1 && /^[^\n]*[.]["\u201d]?[ \t]*["\u201c]$/.test(gapText) &&
      attributionOnly(gapText.replace(/[.]["\u201d]?[ \t]*["\u201c]$/, ''));
    const same = prev !== undefined && prev.kind === 'direct' && d.kind === 'direct' && (prev.sentenceIndex === d.sentenceIndex || nextSentence) &&
      prev.speakers.length === d.speakers.length && prev.speakers.every((s, i) => s.name === d.speakers[i]?.name);
    if (same && prev && prev.end <= d.start && (nextSentence || attributionOnly(gapText))) {
      prev.quote = `${prev.quote.replace(/[\s,]+$/, '')} ${d.quote}`;
      prev.end = d.end;
      continue;
    }
    out.push(d);
  }
  return out;
}
