/* "The convoy was hit near the port, said Jane Doe, the spokeswoman for the mission." — verb first, speaker last. */
import { CLAUSE_MARKERS, GENERIC_HEADS, TITLE_HEADS } from './lexicon.ts';
import { isAgentNoun } from './speaker-phrase.ts';
import { isPunct } from './subject.ts';
import type { SentenceView } from './units.ts';

const INVERTING_VERBS = new Set(['said', 'says', 'say', 'added', 'reported', 'stated']);
const SUBJECT_OPENERS = new Set(['the', 'a', 'an', 'one', 'another', 'its', 'his', 'her', 'their']);
const RELATIVES = new Set(['who', 'which', 'whose', 'whom', 'where']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

/** A noun phrase, not a clause: no auxiliary, no "that", no lower-case past-tense verb. */
function isNounPhrase(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = view.lower[k] ?? '';
    if (CLAUSE_MARKERS.has(w) || w === 'that' || PRONOUNS.has(w)) return false;
    if (/^[a-z]+ed$/.test(view.tokens[k]?.text ?? '') && k > from) return false;
  }
  return true;
}

/** "said the mayor of X" names a speaker; "said the line held" is a clause: the head must be a speaker noun. */
function namesSpeaker(view: SentenceView, from: number, to: number): boolean {
  if (/^\p{Lu}/u.test(view.tokens[from]?.text ?? '')) return true;
  let head = to - 1;
  for (let k = from + 1; k < to; k++) {
    if (['of', 'for', 'in', 'at', 'from', 'with'].includes(view.lower[k] ?? '')) {
      head = k - 1;
      break;
    }
  }
  const w = view.lower[head] ?? '';
  return GENERIC_HEADS.has(w) || TITLE_HEADS.has(w) || isAgentNoun(w) || /^\p{Lu}/u.test(view.tokens[head]?.text ?? '');
}

/**
 * "spokesman for the X", "deputy head of the Y", "local commander": an appositive role without an article,
 * its role noun among its first three lower-case words, before any preposition.
 */
function roleOpening(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 3); k++) {
    const t = view.tokens[k]?.text ?? '';
    const w = view.lower[k] ?? '';
    if (!/^\p{Ll}/u.test(t) || ['of', 'for', 'in', 'at', 'from', 'with'].includes(w)) return false;
    if (TITLE_HEADS.has(w) || GENERIC_HEADS.has(w) || isAgentNoun(w)) return true;
  }
  return false;
}

/** Index after the last word of the sentence (final punctuation dropped). */
function wordsEnd(view: SentenceView): number {
  let end = view.tokens.length;
  while (end > 0 && (isPunct(view.lower[end - 1] ?? '') || view.lower[end - 1] === '.')) end--;
  return end;
}

/**
 * The speech verb of a closing, verb-first attribution (`..., said X[, the spokesman for Y | , who ...]`)
 * with the end of its subject phrase; null when the sentence has none. The subject after the verb is a
 * noun phrase that opens with a capital or a determiner; after it only an appositive or relative clause.
 */
export function invertedAttribution(view: SentenceView): { verb: number; subjectEnd: number; subjectFrom: number } | null {
  const end = wordsEnd(view);
  for (let v = 2; v < end - 1; v++) {
    if (view.lower[v - 1] !== ',' || !INVERTING_VERBS.has(view.lower[v] ?? '')) continue;
    const first = view.tokens[v + 1]?.text ?? '';
    if (PRONOUNS.has(first.toLowerCase())) continue;
    let subjectEnd = v + 1;
    while (subjectEnd < end && !isPunct(view.lower[subjectEnd] ?? '')) subjectEnd++;
    // "..., say security officials.": a bare plural phrase that closes the sentence is a subject too.
    const bareToEnd = subjectEnd === end && subjectEnd - v <= 4;
    if (!/^\p{Lu}/u.test(first) && !SUBJECT_OPENERS.has(first.toLowerCase()) && !bareToEnd) continue;
    if (subjectEnd - v > 13 || !isNounPhrase(view, v + 1, subjectEnd) || !namesSpeaker(view, v + 1, subjectEnd)) continue;
    if (subjectEnd < end) {
      if (view.lower[subjectEnd] !== ',') continue;
      const next = view.lower[subjectEnd + 1] ?? '';
      // "..., said a ministry spokesman, X Y.": the name in apposition that closes the sentence.
      let name = subjectEnd + 1;
      while (name < end && /^\p{Lu}/u.test(view.tokens[name]?.text ?? '')) name++;
      if (name === end && name - subjectEnd >= 3) return { verb: v, subjectEnd: end, subjectFrom: subjectEnd + 1 };
      const appositive = (SUBJECT_OPENERS.has(next) || roleOpening(view, subjectEnd + 1, end)) && isNounPhrase(view, subjectEnd + 1, end);
      // "..., said the official, adding that ...": the participle is the same speaker's next report.
      const participle = /^(?:adding|saying|noting|stressing)$/.test(next);
      if (!RELATIVES.has(next) && !appositive && !participle) continue;
    }
    return { verb: v, subjectEnd, subjectFrom: v + 1 };
  }
  return null;
}
