import type { Doc } from '../doc.ts';
import type { DateMention } from '../dates.ts';
import { shiftIso } from '../dates.ts';
import type { ConflictEvent } from '../types.ts';
import type { Features } from './logistic.ts';
import { coarseOf, sentenceOf, type EventAnchor } from './figure-choice-context.ts';
import { charBucket, closestTo } from './figure-choice-features.ts';

/**
 * Candidates and features of the learned date choice (docs/events.md, "Round 6 (session 6)"): for one
 * event, null, every day the article names (resolved against publication), the publication day and the
 * day before it. Features describe the date expression and where it stands from the event's clause.
 */

export interface DateCandidate {
  value: string | null;
  features: Features;
}

/** A date expression placed in its sentence. */
export interface PlacedDate extends DateMention {
  sentenceIndex: number;
}

const WEEKDAY = /\b(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)/i;
const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{4}/i;
const SPEECH_BEFORE = /\b(?:said|says|told|announced|reported|confirmed|stated|added|declared)\s+(?:on\s+|late\s+|early\s+)?$/i;
const SPEECH_AFTER = /^\s*(?:,\s*)?(?:\w+\s+){0,3}(?:said|says|told|announced|reported|confirmed)\b/i;
const PREVIOUS = new Set(['on', 'late', 'early', 'since', 'until', 'by', 'before', 'after', 'from', 'and', 'of', 'said', 'in', 'as', 'that']);
const ACTION = /\b(?:killed|killing|wounded|wounding|injured|exploded|detonated|attacked|struck|fired|clashed|stormed|bombed|shelled|abducted|kidnapped|ambushed|opened\s+fire|blew\s+up|died)\b/i;
const PERFECT = /\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?\w+(?:ed|en|ck|lt|ught|ne|wn)\b/i;
const PAST_PERFECT = /\bhad\s+(?:been\s+)?\w+(?:ed|en)\b/i;

function distanceBucket(d: number): string {
  if (d === 0) return '0';
  if (d === 1) return '+1';
  if (d > 1) return d <= 3 ? '+2' : '+4';
  return d === -1 ? '-1' : '-2';
}

function ageBucket(days: number): string {
  if (days < 0) return 'future';
  if (days <= 1) return String(days);
  return days <= 7 ? 'week' : 'older';
}

const daysBetween = (a: string, b: string): number => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

export function placeDates(doc: Doc, mentions: readonly DateMention[]): PlacedDate[] {
  return mentions.map((m) => ({ ...m, sentenceIndex: sentenceOf(doc, m.start) }));
}

/** "said on Friday", "Friday, officials said": the day of a report, not of what it reports. */
function saidOn(doc: Doc, m: DateMention): boolean {
  return SPEECH_BEFORE.test(doc.text.slice(Math.max(0, m.start - 40), m.start)) || SPEECH_AFTER.test(doc.text.slice(m.end, m.end + 40));
}

function mentionFeatures(doc: Doc, a: EventAnchor, others: readonly EventAnchor[], m: PlacedDate, first: boolean, f: Map<string, number>): void {
  const set = (name: string) => f.set(name, 1);
  const d = m.sentenceIndex - a.sentence;
  set(`dist=${distanceBucket(d)}`);
  if (m.start >= a.start && m.end <= a.end + 1) set('inEvidence');
  const gap = Math.abs(d);
  if (others.some((o) => Math.abs(m.sentenceIndex - o.sentence) < gap)) set('otherEventNearer');
  if (others.some((o) => m.start >= o.start && m.end <= o.end + 1)) set('inOtherEvidence');
  if (d === 0) set(m.start >= a.start ? 'afterEvidenceStart' : 'beforeEvidenceStart');
  if (d === 0) set(`chars=${charBucket(Math.abs(m.start - a.start))}`);
  set(WEEKDAY.test(m.text) ? 'form=weekday' : MONTH.test(m.text) ? 'form=calendar' : /ago|earlier/i.test(m.text) ? 'form=ago' : 'form=relative');
  if (saidOn(doc, m)) set('saidOn');
  const prev = /(\w+)\s*$/.exec(doc.text.slice(Math.max(0, m.start - 20), m.start))?.[1]?.toLowerCase() ?? '';
  set(`prev=${PREVIOUS.has(prev) ? prev : /^[A-Z]/.test(prev) ? 'Capitalised' : 'other'}`);
  if (ACTION.test(doc.text.slice(Math.max(0, m.start - 80), m.end + 80))) set('actionNear');
  if (first) set('firstDay');
  if (m.sentenceIndex === 0) set('lead');
}

/** The date candidates for event `e`: null first, then the days named, the publication day and the day before. */
export function dateCandidates(doc: Doc, e: ConflictEvent, dates: readonly PlacedDate[], anchors: readonly EventAnchor[],
  withRule: boolean): DateCandidate[] {
  const a = anchors.find((x) => x.key === e.key)!;
  const others = anchors.filter((o) => o.key !== e.key);
  const published = doc.article.published?.slice(0, 10) ?? null;
  const evidence = doc.sentences[a.sentence]?.text ?? '';
  const near = dates.filter((m) => m.sentenceIndex === a.sentence);
  const nullF = new Map<string, number>([['null', 1], [`null:type=${coarseOf(e.type)}`, 1]]);
  if (!near.some((m) => m.kind === 'day')) nullF.set('null:noDayInSentence', 1);
  if (near.some((m) => m.kind === 'month' || m.kind === 'vague')) nullF.set('null:vagueInSentence', 1);
  if (!dates.some((m) => m.kind === 'day')) nullF.set('null:noDayInArticle', 1);
  if (PAST_PERFECT.test(evidence)) nullF.set('null:pastPerfect', 1);
  if (withRule && e.date === null) nullF.set('rule', 1);
  const days = dates.filter((m) => m.kind === 'day' && m.iso);
  const nearest = closestTo(days, a);
  if (nearest) nullF.set(`null:nearestDay=${distanceBucket(Math.abs(nearest.sentenceIndex - a.sentence))}`, 1);
  if (a.sentence === 0) nullF.set('null:lead', 1);
  // the day the story was at when the event is told: the last day named before its clause ends
  const lastBefore = days.filter((m) => m.start < a.end).at(-1) ?? null;
  if (!lastBefore) nullF.set('null:noDayBefore', 1);
  if (near.length > 0 && near.every((m) => m.kind !== 'day' || saidOn(doc, m))) nullF.set('null:onlySaidOn', 1);
  const out: DateCandidate[] = [{ value: null, features: nullF }];
  const values = [...new Set([...days.map((m) => m.iso!), ...(published ? [published, shiftIso(published, -1)] : []), ...(e.date ? [e.date] : [])])];
  for (const v of values) {
    const f = new Map<string, number>();
    const same = days.filter((m) => m.iso === v);
    if (same.length) {
      const best = same.reduce((b, x) => (Math.abs(x.sentenceIndex - a.sentence) < Math.abs(b.sentenceIndex - a.sentence) ? x : b));
      mentionFeatures(doc, a, others, best, days[0]!.iso === v, f);
      if (nearest?.iso === v) f.set('closest', 1);
      if (lastBefore?.iso === v) f.set('lastBefore', 1);
      if (new Set(days.map((m) => m.iso)).size === 1) f.set('onlyDay', 1);
      if (same.length > 1) f.set('repeated', 1);
    } else f.set('unnamed', 1);
    if (published) {
      f.set(`age=${ageBucket(daysBetween(v, published))}`, 1);
      if (v === published && PERFECT.test(evidence)) f.set('pub:perfect', 1);
      if (v === published && a.sentence === 0) f.set('pub:lead', 1);
    }
    f.set(`type=${coarseOf(e.type)}`, 1);
    if (withRule && v === e.date) f.set('rule', 1);
    out.push({ value: v, features: f });
  }
  return out;
}
