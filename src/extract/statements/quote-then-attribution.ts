/*
 * A quotation that opens a sentence, unquoted words the reporter adds after it, then a closing attribution:
 *   "We counted twelve bodies" in the market square, said one of the sources, a police officer.
 *   "Gunmen attacked overnight," 40 kilometres from the capital, the police source said.
 * The quoted words are the speaker's (the unquoted middle is the reporter's gloss); the attribution is the
 * last comma-set part of the sentence: `, said X[, <appositive>].` or `, X said[ <adjuncts>].`
 */
import type { ActorRef } from '../types.ts';
import { adjunctEnd, skipAudience } from './adjuncts.ts';
import { SPEECH_VERBS } from './lexicon.ts';
import type { QuoteSpan } from './quotes.ts';
import { resolveSpeakers, type SpeakerScope } from './speaker.ts';
import { isPunct, skipModifiersBack } from './subject.ts';
import type { SentenceView } from './units.ts';

/** Verbs of a closing attribution (no verb of a clause: "confirmed", "reported" also open reports). */
const CLOSING_VERBS = new Set(['said', 'says', 'added', 'told', 'tells', 'stated']);

export interface ClosingAttribution {
  speakers: ActorRef[];
  /** Offset where the attribution ends; the setting runs from there to the sentence end. */
  end: number;
  setting: Array<[number, number]>;
}

/** Whether only adjuncts ("on Tuesday", "in a statement") or an audience stand between `k` and the sentence end. */
function closesSentence(view: SentenceView, k: number): boolean {
  let j = k;
  for (let guard = 0; guard < 6 && j < view.tokens.length; guard++) {
    if (view.lower.slice(j).every((w) => w === '.' || w === '!' || w === '?')) return true;
    const told = j === k && ['told', 'tells'].includes(view.lower[k - 1] ?? '') ? skipAudience(view, j) : -1;
    const next = told > j ? told : adjunctEnd(view, j);
    if (next <= j) return false;
    j = next;
  }
  return view.lower.slice(j).every((w) => w === '.' || w === '!' || w === '?');
}

/** `one of the sources, a police officer`: the appositive after "one of the <plural>," names the speaker. */
function appositiveOfOne(view: SentenceView, from: number, to: number): { from: number; to: number } {
  if (view.lower[from] !== 'one' || view.lower[from + 1] !== 'of') return { from, to };
  const comma = view.lower.indexOf(',', from);
  return comma > from && comma + 1 < to ? { from: comma + 1, to } : { from, to };
}

/**
 * The closing attribution of a sentence that opens with quotation `q` followed by unquoted words, or null.
 * Only when the words between the closing mark and the attribution hold no speech verb and no quotation.
 */
export function quoteThenAttribution(scope: SpeakerScope, view: SentenceView, q: QuoteSpan): ClosingAttribution | null {
  const { units } = scope;
  if (!/^\s*$/.test(units.text.slice(view.sentence.start, q.start))) return null;
  const after = view.tokens.findIndex((t) => t.start >= q.end);
  if (after < 0) return null;
  let end = view.tokens.length;
  while (end > after && ['.', '!', '?'].includes(view.lower[end - 1] ?? '')) end--;
  // `, said X[, appositive].`: the last "said" set off by a comma, its subject to the end.
  for (let v = after + 1; v < end; v++) {
    const w = view.lower[v] ?? '';
    if (units.quoteAt(view.tokens[v]?.start ?? -1)) return null;
    if (!SPEECH_VERBS.has(w)) continue;
    if (!CLOSING_VERBS.has(w)) return null;
    if (view.lower[v - 1] === ',' && v + 1 < end && !view.lower.slice(v + 1, end).some((x) => isPunct(x) && x !== ',') &&
      !view.lower.slice(v + 1, end).includes('that')) {
      const speakers = resolveSpeakers(scope, view, appositiveOfOne(view, v + 1, end));
      const at = view.tokens[end - 1]?.end ?? q.end;
      return speakers.length ? { speakers, end: at, setting: [[at, view.sentence.end]] } : null;
    }
    // `, X said[ <adjuncts>].`: the subject between the last comma and the verb.
    const subjEnd = skipModifiersBack(view, v - 1) + 1;
    const comma = view.lower.lastIndexOf(',', v - 1);
    if (comma <= after || comma + 1 >= subjEnd || subjEnd - comma > 8) return null;
    if (!closesSentence(view, v + 1)) return null;
    const speakers = resolveSpeakers(scope, view, { from: comma + 1, to: subjEnd });
    const at = view.tokens[v]?.end ?? q.end;
    return speakers.length ? { speakers, end: at, setting: [[at, view.sentence.end]] } : null;
  }
  return null;
}
