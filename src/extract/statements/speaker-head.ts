/*
 * The head phrase of a speaker (fixtures/README.md: generic actors "written as the article's head phrase",
 * names under their own form): what a subject phrase keeps of its words before anything resolves it.
 * Time phrases never name who speaks ("officials on Thursday"); a reporter or a named person is
 * not identified by the town the report comes from ("X Y in <City> reports", "a reporter for Z in
 * <City>"); an institution in the collective ("police", "the army") is the same body wherever it acts
 * ("Police in <Province>"), while people named by their office keep a bare place ("officials in <City>").
 * A document keeps its issuer ("a statement from the ministry").
 */
import type { Doc } from '../doc.ts';
import { DOCUMENT_HEADS, INSTITUTION_HEADS, MONTHS, WEEKDAYS } from './lexicon.ts';
import type { TokenRange } from './subject.ts';
import type { SentenceView } from './units.ts';

const TIME_NOUNS = new Set(['week', 'month', 'year', 'weekend', 'night', 'morning', 'evening', 'afternoon']);
const TIME_WORDS = new Set(['yesterday', 'today', 'tonight', 'earlier', 'later', 'overnight']);
/** Nouns of people who report the news: where they file from is no part of who they are. */
const REPORTER_NOUNS = new Set(['reporter', 'reporters', 'correspondent', 'correspondents', 'journalist',
  'journalists', 'stringer', 'stringers']);
/** Collective nouns of a body: "police" is the body, "police in <Province>" the same body at work there. */
const COLLECTIVE_HEADS = new Set([...INSTITUTION_HEADS, 'police', 'forces', 'troops'].filter((w) => !DOCUMENT_HEADS.has(w)));
const LOCATIVES = new Set(['in', 'at', 'from', 'near', 'inside', 'outside']);

/** Whether token k is a day or month name, or a date number ("on March 3", "on the 3rd"). */
function isDayWord(view: SentenceView, k: number): boolean {
  const w = view.lower[k] ?? '';
  return WEEKDAYS.has(w) || (MONTHS.has(w) && /^\p{Lu}/u.test(view.tokens[k]?.text ?? ''));
}

/** Whether tokens [from, to) are all time words ("Thursday", "week", "3", "the", ","). */
function timeWordsTo(view: SentenceView, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const x = view.lower[j] ?? '';
    if (!(isDayWord(view, j) || TIME_NOUNS.has(x) || /^\d{1,2}$/.test(x) || x === 'the' || x === ',')) return false;
  }
  return true;
}

/** Where a trailing time phrase starts ("on Thursday", "late Tuesday", "last week", "earlier"), or `to`. */
function timeTail(view: SentenceView, r: TokenRange): number {
  for (let k = r.from + 1; k < r.to; k++) {
    const w = view.lower[k] ?? '';
    const next = k + 1;
    if (w === 'on' && next < r.to && (isDayWord(view, next) || (view.lower[next] === 'the' && /^\d/.test(view.lower[next + 1] ?? ''))) && timeWordsTo(view, next, r.to)) return k;
    if ((w === 'late' || w === 'early' || w === 'earlier') && next < r.to && isDayWord(view, next) && timeWordsTo(view, next, r.to)) return k;
    if ((w === 'last' || w === 'this') && next < r.to && (TIME_NOUNS.has(view.lower[next] ?? '') || isDayWord(view, next)) && timeWordsTo(view, next, r.to)) return k;
    if ((TIME_WORDS.has(w) || isDayWord(view, k)) && timeWordsTo(view, k + 1, r.to)) return k;
  }
  return r.to;
}

const LEAD_OPENERS = new Set(['in', 'over', 'during', 'on', 'last', 'earlier', 'late', 'this']);
const LEAD_WORDS = new Set(['recent', 'past', 'last', 'few', 'several', 'the', 'this', 'coming', 'two', 'three',
  'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', ',']);
const PLURAL_TIME_NOUNS = new Set(['days', 'weeks', 'months', 'years', 'hours', 'nights', 'weekends']);

/**
 * Where the speaker starts after a leading time phrase the subject scan took in ("although in recent
 * months commanders claim ...", "and on Friday officials said ..."), or `r.from`: a time phrase never
 * names who speaks, wherever it stands.
 */
function afterTimeHead(view: SentenceView, r: TokenRange): number {
  if (!LEAD_OPENERS.has(view.lower[r.from] ?? '')) return r.from;
  let k = r.from + 1;
  let timed = false;
  while (k < r.to) {
    const w = view.lower[k] ?? '';
    const time = isDayWord(view, k) || TIME_NOUNS.has(w) || PLURAL_TIME_NOUNS.has(w);
    if (!time && !LEAD_WORDS.has(w) && !/^\d{1,4}$/.test(w)) break;
    timed ||= time;
    k++;
  }
  // The opener itself may be the time word ("last week", "earlier this month").
  timed ||= ['last', 'earlier', 'this'].includes(view.lower[r.from] ?? '') && k > r.from + 1;
  return timed && k < r.to ? k : r.from;
}

/** The first locative preposition after `from` in the range, or -1. */
function locativeAt(view: SentenceView, from: number, to: number): number {
  for (let k = from; k < to; k++) if (LOCATIVES.has(view.lower[k] ?? '')) return k;
  return -1;
}

/** Whether tokens [from, to) are a personal name by the entities component ("X Y in <City> reports"). */
function personName(doc: Doc, view: SentenceView, from: number, to: number): boolean {
  const start = view.tokens[from]?.start ?? -1;
  const end = view.tokens[to - 1]?.end ?? -1;
  return doc.mentions.some((m) => m.type === 'person' && m.start <= start && m.end >= end && m.end <= end + 1);
}

/** Whether tokens [from, to) hold a place the entities component found. */
function placeTail(doc: Doc, view: SentenceView, from: number, to: number): boolean {
  const start = view.tokens[from]?.start ?? -1;
  const end = view.tokens[to - 1]?.end ?? -1;
  return doc.mentions.some((m) => m.type === 'place' && m.start >= start && m.end <= end);
}

/**
 * The speaker phrase without a trailing time phrase, without the place a reporter or a named person
 * reports from, and without the place a collective body acts in. The range otherwise as it was.
 */
export function speakerHead(doc: Doc, view: SentenceView, range: TokenRange): TokenRange {
  const from = afterTimeHead(view, range);
  let to = timeTail(view, { from, to: range.to });
  while (to > from + 1 && view.lower[to - 1] === ',') to--;
  const r = { from, to };
  const at = locativeAt(view, r.from + 1, r.to);
  if (at < 0 || at === r.to - 1) return r;
  const before = view.lower.slice(r.from, at);
  // "a reporter for <Service> in <City>", "a <Service> correspondent at the scene".
  if (before.some((w) => REPORTER_NOUNS.has(w))) return { from: r.from, to: at };
  // "X Y in <City> reports": a name, then where the person is.
  if (personName(doc, view, r.from, at) && placeTail(doc, view, at + 1, r.to)) return { from: r.from, to: at };
  // "Police in <Province>", "local police in the north": a body in the collective, lower-case or opening the phrase.
  const head = at - 1;
  const headText = view.tokens[head]?.text ?? '';
  if (COLLECTIVE_HEADS.has(view.lower[head] ?? '') && (head === r.from || /^\p{Ll}/u.test(headText))) {
    return { from: r.from, to: at };
  }
  return r;
}
