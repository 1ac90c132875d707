/*
 * "A shopkeeper who works at the bazaar said ...": a relative clause after an unnamed speaker says who
 * the speaker is, so the answer key keeps the whole phrase. A clause about anonymity ("who declined to
 * be named", "who spoke on condition of anonymity") says nothing about who speaks and stays out.
 */
import type { ActorRef } from '../types.ts';
import type { TokenRange } from './subject.ts';
import type { SentenceView, TextUnits } from './units.ts';

/** Openers of an unnamed speaker phrase ("a", "an", "one", "two"). */
const INDEFINITE_OPENERS = new Set(['a', 'an', 'one', 'two', 'three', 'several', 'some', 'another']);
/** Words of an anonymity clause: the clause explains why no name is given. */
const ANONYMITY_WORDS = new Set(['named', 'name', 'identified', 'identify', 'anonymity', 'anonymously', 'authorized',
  'authorised', 'allowed', 'permitted', 'declined', 'refused', 'requested', 'condition', 'not', "n't", 'asked', 'wished']);

/**
 * Whether "<antecedent> who <clause>" ([from, rel) the antecedent, [rel, end) the clause from "who")
 * is an unnamed speaker the clause identifies: indefinite opener, no capitalised word before "who",
 * and a clause that is no anonymity clause.
 */
export function identifyingRelative(view: SentenceView, from: number, rel: number, end: number): boolean {
  if ((view.lower[rel] !== 'who' && view.lower[rel] !== 'whose') || rel - from < 2 || end - rel < 3) return false;
  if (!INDEFINITE_OPENERS.has(view.lower[from] ?? '')) return false;
  for (let k = from + 1; k < rel; k++) if (/^\p{Lu}/u.test(view.tokens[k]?.text ?? '') || /^[,;:"]$/.test(view.lower[k] ?? '')) return false;
  for (let k = rel + 1; k < end; k++) {
    const w = view.lower[k] ?? '';
    if (ANONYMITY_WORDS.has(w) || /^[,;:"\u201c\u201d]$/.test(w)) return false;
  }
  return true;
}

/** The whole phrase as an anonymous speaker when `range` is such an identified unnamed speaker; else null. */
export function relativeAnonymous(units: TextUnits, view: SentenceView, range: TokenRange): ActorRef | null {
  const rel = view.lower.slice(range.from, range.to).findIndex((w) => w === 'who' || w === 'whose');
  if (rel < 0 || !identifyingRelative(view, range.from, range.from + rel, range.to)) return null;
  const start = view.tokens[range.from]?.start ?? 0;
  const end = view.tokens[range.to - 1]?.end ?? start;
  return { type: 'anonymous', name: units.text.slice(start, end).replace(/^(A|An|One)\s/, (m) => m.toLowerCase()), key: null };
}

/**
 * "An official who spoke on condition of anonymity because he was not authorized to talk to the media
 * said": the index of a "who" whose clause, running up to `end` with no punctuation, is an anonymity
 * clause long enough to hold subordinate words of its own; else -1.
 */
export function anonymityWho(view: SentenceView, end: number): number {
  let anonymity = false;
  for (let k = end - 1; k >= Math.max(1, end - 25); k--) {
    const w = view.lower[k] ?? '';
    if (/^[,;:"\u201c\u201d()]$/.test(w)) return -1;
    if (w === 'anonymity' || w === 'authorized' || w === 'authorised' || w === 'identified' || w === 'named') anonymity = true;
    if (w === 'who') return anonymity ? k : -1;
  }
  return -1;
}
