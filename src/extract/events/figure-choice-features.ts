import type { Doc } from '../doc.ts';
import type { CasualtyKind, ConflictEvent, Range } from '../types.ts';
import type { Features } from './logistic.ts';
import { coarseOf, sentenceOf, type EventAnchor } from './figure-choice-context.ts';

/**
 * Candidates and features of the learned figure choice (docs/events.md, "Round 6 (session 6): learned
 * figure and date choice"): for one event and one kind (killed or injured), every figure of that kind
 * the article reports, plus "no figure". Features are computed from the text around the figure and
 * where the events are told, never from names or numbers of an article.
 */

/** One casualty figure as the article reports it: a record of some event, or a figure no event kept. */
export interface FigureMention {
  kind: CasualtyKind;
  range: Range;
  start: number;
  end: number;
  sentenceIndex: number;
  /** Reported by someone ("according to X", "X said") rather than in the article's own voice. */
  attributed: boolean;
  /** The event whose record it is (the rules' attachment), null for a figure no event kept. */
  eventKey: string | null;
  group: string | null;
}

/** One possible value of an event's figure: null, or a range with the mention nearest the event. */
export interface FigureCandidate {
  value: Range | null;
  mention: FigureMention | null;
  features: Features;
}

const TOTAL = /\b(?:in\s+all|in\s+total|total(?:led|ed)?|so\s+far|since|this\s+year|to\s+date|altogether|overall|combined|cumulative|in\s+recent\s+(?:days|weeks|months)|past\s+(?:week|month|year)|death\s+toll|toll)\b/i;
const ACCORDING = /\baccording\s+to\b|\b(?:said|says|told|reported|confirmed|claimed)\b/i;
const ATTACKERS = /\b(?:militants?|fighters?|insurgents?|attackers?|assailants?|rebels?|gunm[ae]n|bombers?|terrorists?|jihadists?|extremists?)\b/i;
const HEDGE = /\b(?:may|might|could|possibly|feared|unconfirmed|reportedly|believed)\b/i;

export const sameRange = (a: Range | null, b: Range | null): boolean =>
  a === null || b === null ? a === b : a.min === b.min && a.max === b.max;

function shape(r: Range): string {
  if (r.min !== null && r.max !== null) return r.min === r.max ? 'exact' : 'range';
  return r.min !== null ? 'min' : 'max';
}

export const charBucket = (n: number): string => (n < 80 ? 'near' : n < 200 ? 'mid' : 'far');

function distanceBucket(d: number): string {
  if (d === 0) return '0';
  if (d === 1) return '+1';
  if (d <= 3) return '+2';
  if (d > 3) return '+4';
  return d === -1 ? '-1' : '-2';
}

function insideQuote(doc: Doc, at: number, sentenceIndex: number): boolean {
  const s = doc.sentences[sentenceIndex];
  if (!s) return false;
  const before = doc.text.slice(s.start, at);
  return (before.match(/["\u201c\u201d]/g)?.length ?? 0) % 2 === 1;
}

/** The features of one figure mention as a candidate for event `e` (anchored at `a`). */
function mentionFeatures(doc: Doc, e: ConflictEvent, a: EventAnchor, anchors: readonly EventAnchor[], m: FigureMention,
  firstOfKind: boolean, count: number, closest: boolean): Map<string, number> {
  const f = new Map<string, number>();
  const set = (name: string) => f.set(name, 1);
  const sentence = doc.sentences[m.sentenceIndex]?.text ?? '';
  const d = m.sentenceIndex - a.sentence;
  set(`dist=${distanceBucket(d)}`);
  if (m.start >= a.start && m.end <= a.end + 1) set('inEvidence');
  if (d === 0) set(m.start >= a.start ? 'afterEvidenceStart' : 'beforeEvidenceStart');
  if (d === 0) set(`chars=${charBucket(Math.abs(m.start - a.start))}`);
  if (closest) set('closest');
  const others = anchors.filter((o) => o.key !== e.key);
  const gap = Math.abs(d);
  if (others.every((o) => Math.abs(m.sentenceIndex - o.sentence) >= gap)) set('nearestEvent');
  if (others.some((o) => Math.abs(m.sentenceIndex - o.sentence) < gap)) set('otherEventNearer');
  if (others.some((o) => o.sentence === m.sentenceIndex)) set('otherEventSameSentence');
  if (others.some((o) => m.start >= o.start && m.end <= o.end + 1)) set('inOtherEvidence');
  if (m.eventKey === e.key) set('ownRecord');
  else if (m.eventKey !== null) set('otherRecord');
  else set('noRecord');
  if (firstOfKind) set('firstOfKind');
  if (m.sentenceIndex === 0) set('lead');
  if (m.attributed) set('attributed');
  else if (ACCORDING.test(sentence)) set('reportSentence');
  if (insideQuote(doc, m.start, m.sentenceIndex)) set('inQuote');
  if (TOTAL.test(sentence)) set('totalWord');
  if (HEDGE.test(sentence)) set('hedge');
  set(`shape=${shape(m.range)}`);
  set(m.group === null ? 'group=none' : ATTACKERS.test(m.group) ? 'group=attackers' : 'group=named');
  if (e.place && sentence.includes(e.place)) set('placeInSentence');
  if (others.some((o) => o.place && o.place !== e.place && sentence.includes(o.place))) set('otherPlaceInSentence');
  if (count > 1) set('repeated');
  const value = m.range.min ?? m.range.max ?? 0;
  set(value <= 1 ? 'size=1' : value < 10 ? 'size<10' : value < 100 ? 'size<100' : 'size>=100');
  set(`type=${coarseOf(e.type)}`);
  return f;
}

const NO_CASUALTIES = /\bno\s+(?:immediate\s+)?(?:reports?\s+of\s+)?(?:casualties|deaths|injuries|one\s+was\s+(?:killed|hurt|injured|wounded))\b|\bwithout\s+(?:causing\s+)?casualties\b/i;

/** The mention nearest the event's clause: fewest sentences away, then fewest characters. */
function closestTo<T extends { sentenceIndex: number; start: number }>(mentions: readonly T[], a: EventAnchor): T | null {
  let best: T | null = null;
  let score = Infinity;
  for (const m of mentions) {
    const s = Math.abs(m.sentenceIndex - a.sentence) * 10_000 + Math.abs(m.start - a.start) / 10_000;
    if (s < score) {
      score = s;
      best = m;
    }
  }
  return best;
}
export { closestTo };

/** Every figure of the article: the casualty records, and the figures `extra` found that no record covers. */
export function figureMentions(doc: Doc, extra: readonly Omit<FigureMention, 'attributed' | 'eventKey' | 'sentenceIndex'>[]): FigureMention[] {
  const out: FigureMention[] = doc.casualties
    .filter((c) => c.min !== null || c.max !== null)
    .map((c) => ({ kind: c.kind, range: { min: c.min, max: c.max }, start: c.evidence.start, end: c.evidence.end,
      sentenceIndex: c.evidence.sentenceIndex, attributed: c.source !== null, eventKey: c.eventKey, group: c.group }));
  for (const x of extra) {
    if (x.range.min === null && x.range.max === null) continue;
    if (out.some((m) => m.kind === x.kind && x.start < m.end && x.end > m.start)) continue;
    out.push({ ...x, sentenceIndex: sentenceOf(doc, x.start), attributed: false, eventKey: null });
  }
  return out.sort((p, q) => p.start - q.start);
}

/**
 * The candidates for event `e`'s figure of `kind`: null first, then each distinct range reported, with the
 * features of its mention nearest the event; `current` (the rules' value) is a candidate too and is
 * marked only when `withRule` (a rule-output feature, see the docs).
 */
export function figureCandidates(doc: Doc, e: ConflictEvent, kind: 'killed' | 'injured', mentions: readonly FigureMention[],
  anchors: readonly EventAnchor[], withRule: boolean): FigureCandidate[] {
  const a = anchors.find((x) => x.key === e.key)!;
  const current = e[kind];
  const ofKind = mentions.filter((m) => m.kind === kind);
  const nullF = new Map<string, number>([['null', 1], [`null:type=${coarseOf(e.type)}`, 1]]);
  if (!ofKind.some((m) => m.sentenceIndex === a.sentence)) nullF.set('null:noneInSentence', 1);
  if (!ofKind.some((m) => Math.abs(m.sentenceIndex - a.sentence) <= 1)) nullF.set('null:noneNear', 1);
  if (!ofKind.some((m) => m.eventKey === e.key)) nullF.set('null:noOwnRecord', 1);
  if (ofKind.length === 0) nullF.set('null:noneInArticle', 1);
  const nearest = closestTo(ofKind, a);
  if (nearest && anchors.some((o) => o.key !== e.key && nearest.start >= o.start && nearest.end <= o.end + 1)) nullF.set('null:nearestIsOthers', 1);
  if (NO_CASUALTIES.test(doc.sentences[a.sentence]?.text ?? '')) nullF.set('null:noCasualtiesSaid', 1);
  if (withRule && current === null) nullF.set('rule', 1);
  const out: FigureCandidate[] = [{ value: null, mention: null, features: nullF }];
  const seen: Range[] = [];
  for (const m of ofKind) {
    if (seen.some((r) => sameRange(r, m.range))) continue;
    seen.push(m.range);
    const same = ofKind.filter((x) => sameRange(x.range, m.range));
    const best = same.reduce((b, x) => (Math.abs(x.sentenceIndex - a.sentence) < Math.abs(b.sentenceIndex - a.sentence) ? x : b));
    const f = mentionFeatures(doc, e, a, anchors, best, ofKind[0] === m, same.length, nearest !== null && sameRange(nearest.range, m.range));
    if (withRule && sameRange(current, m.range)) f.set('rule', 1);
    out.push({ value: m.range, mention: best, features: f });
  }
  // a value the rules computed (a sum of two groups, a clash counting both sides) that no mention states
  if (current !== null && !seen.some((r) => sameRange(r, current))) {
    // described by the event's own record nearest it (the part the rules added to)
    const part = closestTo(ofKind.filter((m) => m.eventKey === e.key), a);
    const f = part ? mentionFeatures(doc, e, a, anchors, part, ofKind[0] === part, 1, false) : new Map([[`type=${coarseOf(e.type)}`, 1]]);
    f.set('computed', 1);
    if (withRule) f.set('rule', 1);
    out.push({ value: current, mention: null, features: f });
  }
  return out;
}
