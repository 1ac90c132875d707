import {
  CLAUSE_MARKERS,
  DOCUMENT_HEADS,
  PHRASAL_OBJECT_TO,
  PRONOUNS,
  SETTING_NOUNS,
  SPEECH_VERBS,
  THAT_NOUNS,
  type VerbClass,
} from './lexicon.ts';
import { isPunct, type TokenRange } from './subject.ts';
import type { SentenceView } from './units.ts';

/** What follows a speech verb: where the reported clause starts and the adjuncts on the way. */
export interface Complement {
  /** Token index where the reported clause starts (after "that" where present). */
  start: number;
  cls: VerbClass;
  /** Adjunct stretches between verb and clause ("on Saturday", "at a news conference in X"). */
  adjuncts: TokenRange[];
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const TIME_WORDS = new Set(['yesterday', 'today', 'tonight', 'earlier', 'later', 'again', 'also', 'repeatedly',
  'recently', 'previously', 'publicly', 'privately', 'separately', 'further', 'too', 'late', 'early', 'once']);
const AUDIENCE = new Set(['reporters', 'journalists', 'lawmakers', 'parliament', 'parliamentarians', 'legislators',
  'supporters', 'followers', 'residents', 'delegates', 'diplomats', 'students', 'troops', 'crowds', 'viewers',
  'listeners', 'him', 'her', 'them', 'us', 'me', 'congress', 'senators', 'correspondents', 'envoys']);
/** A reported clause does not open with these; an adjunct the skipper did not know does. */
const LEADING_PREPOSITIONS = new Set(['with', 'in', 'at', 'on', 'from', 'after', 'before', 'during', 'by', 'for', 'of',
  'to', 'about', 'as', 'under', 'over', 'via', 'through', 'without', 'among', 'amid']);
const QUOTE_OPEN = /^["\u201c\u2018'\u00ab]$/;
const NOT_INFINITIVE = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those',
  'some', 'all', 'any', 'each', 'no', 'our', 'my', 'your', 'be']);

function cap(view: SentenceView, i: number): boolean {
  return /^\p{Lu}/u.test(view.tokens[i]?.text ?? '');
}

/** One adjunct starting at `i` (time, "in a statement", "at a news conference in X", "in X"); its end or -1. */
function adjunctEnd(view: SentenceView, i: number): number {
  const w = view.lower[i] ?? '';
  const next = view.lower[i + 1] ?? '';
  if (WEEKDAYS.has(w) || TIME_WORDS.has(w)) {
    let k = i + 1;
    if (WEEKDAYS.has(view.lower[k] ?? '')) k++;
    if (['night', 'morning', 'afternoon', 'evening'].includes(view.lower[k] ?? '')) k++;
    return k;
  }
  if (w === 'on' && WEEKDAYS.has(next)) return adjunctEnd(view, i + 1);
  if (w === 'last' && ['week', 'month', 'year', 'night', 'weekend'].includes(next)) return i + 2;
  if ((w === 'this' || w === 'on') && ['week', 'month', 'year', 'morning', 'afternoon', 'evening'].includes(next)) return i + 2;
  if ((w === 'in' || w === 'at' || w === 'on' || w === 'during' || w === 'to' || w === 'via' || w === 'through') &&
      ['a', 'an', 'the', 'his', 'her', 'its', 'their'].includes(next)) {
    // "in a statement", "at a news conference in X with Y", "on state television", "to a news conference"
    for (let k = i + 2; k < Math.min(view.tokens.length, i + 7); k++) {
      const lk = view.lower[k] ?? '';
      if (SETTING_NOUNS.has(lk) || DOCUMENT_HEADS.has(lk) || ['television', 'radio', 'tv', 'website', 'broadcast'].includes(lk)) {
        let end = k + 1;
        while (['in', 'on', 'at', 'with'].includes(view.lower[end] ?? '') && cap(view, end + 1)) {
          end += 2;
          while (cap(view, end) || ['of', "'s", '-'].includes(view.lower[end] ?? '')) end++;
        }
        return end;
      }
      if (isPunct(lk) || lk === 'that') break;
    }
    return -1;
  }
  if ((w === 'in' || w === 'from' || w === 'on') && cap(view, i + 1)) {
    let k = i + 1;
    while (cap(view, k) || (view.lower[k] === "'s" && cap(view, k + 1))) k++;
    return k;
  }
  if (w === 'on' && /^\d/.test(next)) return i + 2;
  return -1;
}

/**
 * ", speaking on condition of anonymity because ..., that ...": a participle or condition phrase set
 * off by commas between the verb and its clause; the index after its closing comma, or -1.
 */
function insertedPhraseEnd(view: SentenceView, comma: number): number {
  const first = view.lower[comma + 1] ?? '';
  if (!/[a-z]ing$/.test(first) || SPEECH_VERBS.has(first)) return -1;
  for (let k = comma + 2; k < Math.min(view.tokens.length, comma + 30); k++) {
    if (view.lower[k] === ',') return k + 1;
  }
  return -1;
}

/**
 * A reported clause, not a bare noun object: a pronoun subject or an auxiliary before the first
 * punctuation; `loose` also takes a past-tense verb ("said the gunmen arrived"), which a verb like
 * "confirmed" must not ("confirmed the deaths of two soldiers killed in ...").
 */
function looksLikeClause(view: SentenceView, from: number, to: number, loose: boolean): boolean {
  if (PRONOUNS.has(view.lower[from] ?? '') && view.lower[from] !== 'it') return true;
  for (let k = from; k < Math.min(to, from + 10); k++) {
    const w = view.lower[k] ?? '';
    if (isPunct(w)) return false;
    if (CLAUSE_MARKERS.has(w) && k > from) return true;
    if (loose && k > from && /[a-z]ed$/.test(w) && !cap(view, k)) return true;
  }
  return false;
}

/** Index of "to" (or "not to") after an object phrase starting at `from`, within a few words; else -1. */
function infinitiveAfterObject(view: SentenceView, from: number, word = 'to'): number {
  for (let k = from + 1; k < Math.min(view.tokens.length, from + 9); k++) {
    const w = view.lower[k] ?? '';
    if (w === word) return k;
    if (isPunct(w) || w === 'that' || SPEECH_VERBS.has(w)) return -1;
  }
  return -1;
}

/**
 * The reported clause after the speech verb at token `v`, or null when the verb has none (a noun
 * object: "announced the agreement"). `told` first skips its audience ("told reporters", "told VOA").
 */
export function findComplement(view: SentenceView, v: number): Complement | null {
  const verb = view.lower[v] ?? '';
  const classes = SPEECH_VERBS.get(verb) ?? new Set<VerbClass>();
  const n = view.tokens.length;
  let i = v + 1;
  const adjuncts: TokenRange[] = [];
  const phrasal = PHRASAL_OBJECT_TO.get(verb);
  if (phrasal && view.lower[i] === phrasal) {
    const to = infinitiveAfterObject(view, i + 1);
    return to > i + 1 ? { start: i + 1, cls: 'objectTo', adjuncts } : null;
  }
  if (view.lower[i] === 'by') return null; // passive participle: "claimed by X"
  for (let guard = 0; guard < 6 && i < n; guard++) {
    if (view.lower[i] === ',') {
      const inserted = insertedPhraseEnd(view, i);
      i = inserted > 0 ? inserted : i + 1;
      continue;
    }
    const end = adjunctEnd(view, i);
    if (end < 0) break;
    adjuncts.push({ from: i, to: end });
    i = end;
  }
  if ((verb === 'told' || verb === 'tell' || verb === 'tells' || verb === 'telling') && view.lower[i] !== 'that') {
    const thatAt = view.lower.indexOf('that', i);
    const objEnd = thatAt > i && thatAt < i + 13 && !view.lower.slice(i, thatAt).some(isPunct) ? thatAt : skipAudience(view, i);
    if (objEnd <= i) return null;
    if (view.lower[objEnd] === 'to' || (view.lower[objEnd] === 'not' && view.lower[objEnd + 1] === 'to')) {
      return { start: i, cls: 'objectTo', adjuncts };
    }
    adjuncts.push({ from: i, to: objEnd });
    i = objEnd;
    while (i < n) {
      const end = adjunctEnd(view, i);
      if (end < 0) break;
      adjuncts.push({ from: i, to: end });
      i = end;
    }
  }
  if (i >= n) return null;
  const w = view.lower[i] ?? '';
  if (SPEECH_VERBS.has(w) && w.endsWith('ing')) return null; // "said, adding that ...": the participle reports
  if (w === 'that') return i + 1 < n ? { start: i + 1, cls: 'that', adjuncts } : null;
  if (QUOTE_OPEN.test(view.tokens[i]?.text ?? '') || (w === ':' && i + 1 < n)) {
    return { start: w === ':' ? i + 1 : i, cls: 'clause', adjuncts };
  }
  // "repeated the position that ...", "expressed concern that ..."
  for (let k = i; k < Math.min(n - 1, i + 5); k++) {
    if (isPunct(view.lower[k] ?? '')) break;
    if (THAT_NOUNS.has(view.lower[k] ?? '') && view.lower[k + 1] === 'that') return { start: k + 2, cls: 'that', adjuncts };
  }
  if (classes.has('to') && w === 'to' && !NOT_INFINITIVE.has(view.lower[i + 1] ?? '') && !cap(view, i + 1)) {
    return { start: i, cls: 'to', adjuncts };
  }
  if (classes.has('objectTo')) {
    const to = infinitiveAfterObject(view, i);
    if (to > i && !NOT_INFINITIVE.has(view.lower[to + 1] ?? '')) return { start: i, cls: 'objectTo', adjuncts };
    const notTo = infinitiveAfterObject(view, i, 'not');
    if (notTo > i && view.lower[notTo + 1] === 'to') return { start: i, cls: 'objectTo', adjuncts };
  }
  if (classes.has('accuse') && infinitiveAfterObject(view, i, 'of') > i) return { start: i, cls: 'accuse', adjuncts };
  const quantity = /^\d/.test(view.lower[i + 1] ?? '') || ['least', 'most', 'half'].includes(view.lower[i + 1] ?? '');
  if (n - i >= 3 && (!LEADING_PREPOSITIONS.has(w) || quantity)) {
    // After "told <audience>" the rest must read as a clause ("told the agency in an interview ..." is not one).
    const core = ['say', 'said', 'says', 'saying', 'added', 'adds', 'adding', 'stated'].includes(verb);
    if (classes.has('clause') && (core || looksLikeClause(view, i, n, true))) return { start: i, cls: 'clause', adjuncts };
    // "confirmed two soldiers were killed": a that-verb without "that" needs an auxiliary to be a report.
    if (classes.has('that') && looksLikeClause(view, i, n, false)) return { start: i, cls: 'clause', adjuncts };
  }
  return null;
}

/** End of a `told` audience: a pronoun/known word, a capitalised name, or a short "a/the ..." phrase. */
function skipAudience(view: SentenceView, i: number): number {
  const w = view.lower[i] ?? '';
  if (AUDIENCE.has(w)) return i + 1;
  if (cap(view, i)) {
    let k = i;
    while (cap(view, k) || view.lower[k] === "'s" || view.lower[k] === 'of') k++;
    return k;
  }
  if (['a', 'an', 'the', 'his', 'her', 'their', 'its'].includes(w)) {
    for (let k = i + 1; k < Math.min(view.tokens.length, i + 6); k++) {
      const lk = view.lower[k] ?? '';
      if (SETTING_NOUNS.has(lk) || AUDIENCE.has(lk)) return k + 1;
      if (/[^s]s$/.test(lk) && lk !== 'news' && !SETTING_NOUNS.has(view.lower[k + 1] ?? '')) return k + 1;
      if (isPunct(lk)) return -1;
    }
  }
  return -1;
}
