import type { Doc, Sentence } from '../doc.ts';
import { allMatches } from '../all-matches.ts';
import { findDateMentions, type DateMention } from '../dates.ts';
import type { ActorRef, EventType } from '../types.ts';
import { findFigures, type RawFigure } from './casualties.ts';
import { EARLIER_ONE, splitClauses } from './clauses.ts';
import { LINK_LINE, NEW_EVENT_OPENERS } from './event-words.ts';
import { figureSource } from './figure-source.ts';
import { placesIn, type PlaceHit } from './places.ts';
import { insideAny, quoteSpans } from './quote-spans.ts';
import { findTriggers, type Trigger } from './triggers.ts';
import { spokenOnDay } from './spoken-place.ts';

export interface Figure extends RawFigure {
  source: ActorRef | null;
  sentenceIndex: number;
}

/** The triggers of one clause that report one event, with what the clause says about it. */
export interface Group {
  sentence: Sentence;
  start: number;
  end: number;
  triggers: Trigger[];
  family: 'violent' | 'ceasefire' | 'protest';
  type: EventType;
  weak: boolean;
  anaphoric: boolean;
  /** Can only refer back ("the strike", a mention inside a quotation). */
  referOnly: boolean;
  newMarker: boolean;
  /** "a wave of attacks", "bombings in two cities": a total over events reported one by one. */
  umbrella: boolean;
  /** Every opening trigger is a means ("struck by four missiles"): it joins a violent event just reported. */
  instrument?: boolean;
  /** "the two blasts": a total over events the article reports, never output as an event of its own. */
  counted?: boolean;
  /** Plural over several places ("bombings in X, Y and Z"): an umbrella only when none was reported yet. */
  multiPlace: boolean;
  generic: boolean;
  plural: boolean;
  /** An explicit determiner, number or verb: enough to open an event without place or figure. */
  specific: boolean;
  places: PlaceHit[];
  date: DateMention | null;
  /** "X said on Friday": the day of the report, the event's day only when nothing else is said. */
  saidDate: DateMention | null;
  /** Every date expression of the clause ("in June and in September"). */
  dates: DateMention[];
  figures: Figure[];
}

/** Priority when one clause names several kinds: the assault "started with a suicide bombing and was
 * followed by a firefight" is a clash; a rocket whose "blast" is mentioned is shelling. */
const PRIORITY: EventType[] = ['ARMED_CLASH', 'SUICIDE_BOMBING', 'CAR_BOMBING', 'IED', 'AIRSTRIKE', 'SHELLING', 'BOMBING',
  'ABDUCTION', 'PROTEST', 'CEASEFIRE', 'ATTACK'];
export const priority = (t: EventType): number => PRIORITY.length - PRIORITY.indexOf(t);

const PLACE_COUNT = /\b(?:two|three|four|five|several|multiple|various|different)\s+(?:[\w-]+\s+)?(?:cities|towns|provinces|districts|neighbou?rhoods|regions|villages|places|locations|areas|countries)\b/i;

// "Just hours earlier, a car bomb ...", "Earlier Friday, a bomber ...": a sentence that opens at another time
// tells another event, even of the same kind at the same place
const SHIFTED_TIME_OPENER = /^(?:just\s+|only\s+)?(?:(?:hours|minutes|moments|shortly|days|a\s+day|a\s+few\s+hours)\s+(?:earlier|before|later)|earlier\s+(?:on\s+)?(?:\w+day|that\s+day|in\s+the\s+day|this\s+week))\b/i;
const LONG_BEFORE = /\b(?:(?:an?|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:weeks?|months?|years?)|weeks|months|years)\s+(?:after|before)\s+$/i;
const COUNTED = /\b(?:the|these|those)\s+(?:two|three|four|five|twin)\s+$|\bboth\s+(?:the\s+)?$/i;
const DRONE = /\b(?:drones?|unmanned|warplanes?|aircraft|jets)\b/i;
const AIRCRAFT = /\b(?:air\s+force|warplanes?|war\s+planes?|(?:fighter\s+)?jets|aircraft|helicopters?|drones?)\b/i;
// the aircraft is the one that fires: "a drone fired two missiles", not "rockets fired at a helicopter"
const AIRCRAFT_FIRED = /\b(?:aircraft|warplanes?|war\s+planes?|(?:fighter\s+)?jets|helicopters?|gunships?|drones?)\s+(?:(?:also|then|reportedly|had|have|has)\s+)?(?:fired|launched|dropped|firing|launching|dropping)\b(?![^.;]*\b(?:at|on|toward|towards)\s+(?:\w+\s+){0,2}(?:aircraft|warplanes?|jets?|helicopters?|drones?)\b)/i;
// "rocket attacks have killed three civilians": a running total of a kind of attack, not one event
const CUMULATIVE = /^\s+(?:have|has)\s+(?:\w+\s+)?(?:killed|wounded|injured|claimed)\b/i;

/** "Clashes erupted", "airstrikes hit": a plural that happened, not a general statement. */
const HAPPENED = /^\s+(?:(?:also|again|reportedly)\s+)?(?:erupted|broke\s+out|took\s+place|occurred|continued|flared|raged|hit|struck|rocked|targeted|killed|wounded|left|shook|destroyed)\b/i;

function familyOf(t: Trigger): Group['family'] {
  return t.type === 'CEASEFIRE' ? 'ceasefire' : t.type === 'PROTEST' ? 'protest' : 'violent';
}

function distinctPlaces(text: string, places: readonly PlaceHit[]): number {
  const names = new Set(places.map((p) => p.name.toLowerCase()));
  // a place and its parent named together ("in Damascus, ... the district of X") are one location
  for (const p of places) for (const parent of p.parents) if (names.has(parent.toLowerCase())) names.delete(parent.toLowerCase());
  // "in X locality of Y district", "X, Y province": the second encloses the first, whatever the gazetteer knows
  for (let i = 1; i < places.length; i++) {
    const between = text.slice(places[i - 1]!.end, places[i]!.start);
    const a = places[i - 1]!;
    const b = places[i]!;
    if ((/^\s+(?:[a-z-]+\s+)?of\s+(?:the\s+)?$/.test(between) && b.rank >= a.rank) || (/^,\s+$/.test(between) && b.rank > a.rank)) {
      names.delete(b.name.toLowerCase());
    }
  }
  return names.size;
}

const DAY_BEFORE = /\b(?:the\s+(?:day\s+before|previous\s+day|day\s+earlier|night\s+before|previous\s+night)|a\s+day\s+(?:earlier|before))\b/i;

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

const HAS_BEGUN = /\b(?:has|have)\s+(?:now\s+)?(?:begun|started|taken\s+effect|come\s+into\s+(?:force|effect))\b/i;
const FUTURE = /\b(?:takes\s+effect|begins|starts|comes\s+into\s+(?:force|effect)|will\s+(?:begin|start|take\s+effect|come\s+into)|(?:is|are)\s+(?:due|set|expected)\s+to\s+(?:begin|start|take\s+effect))\s+(?:[\w()-]+\s+){0,6}$/i;

/** "The truce takes effect on Saturday": a weekday ahead of publication, not the last one before it. */
function upcoming(doc: Doc, d: DateMention): DateMention {
  const published = doc.article.published;
  if (d.kind !== 'day' || !d.iso || !published || d.iso >= published || !/day\b/i.test(d.text) || !FUTURE.test(doc.text.slice(Math.max(0, d.start - 60), d.start))) return d;
  const next = new Date(`${d.iso}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 7);
  return { ...d, iso: next.toISOString().slice(0, 10) };
}

/** "the military said on Friday": when it was said, not when the event happened. */
export function saidOn(text: string, at: number): boolean {
  // "On Tuesday, Chad said its forces had ...": the day opens the report, not the event
  if (/^(?:(?:late|early)\s+)?(?:on\s+)?[A-Z][a-z]+day\s*,\s+(?:[\w'\u2019.-]+\s+){1,6}(?:said|says|announced|reported|told|claimed)\b/.test(text.slice(at, at + 90))
    && /(?:^|[.!?"\u201d]\s+|\n)(?:(?:late|early)\s+)?(?:on\s+)?$/i.test(text.slice(Math.max(0, at - 12), at))) return true;
  if (spokenOnDay(text, at)) return true;
  return /\b(?:said|says|told(?:\s+\w+){1,3}|announced|reported|added|confirmed|stated|acknowledged|admitted|conceded)\s+(?:(?:on|late|early)\s+)?(?:(?:on\s+)?[A-Z][a-z]+day\s+\(|\()?$/i.test(text.slice(Math.max(0, at - 40), at));
}

function nearestDate(dates: readonly DateMention[], at: number): DateMention | null {
  let best: DateMention | null = null;
  for (const d of dates) if (!best || Math.abs(d.start - at) < Math.abs(best.start - at)) best = d;
  return best;
}

// Figures of a clause, read once per clause span: a clause with a violent and a ceasefire trigger asks twice.
// `bySpan` lives for one sentence of findGroups (a plain Map: a WeakMap over every sentence cost more).
function figuresIn(doc: Doc, bySpan: Map<string, RawFigure[]>, start: number, end: number): RawFigure[] {
  const key = `${start}:${end}`;
  let found = bySpan.get(key);
  if (!found) bySpan.set(key, (found = findFigures(doc.text.slice(start, end), start)));
  return found;
}

function makeGroup(doc: Doc, s: Sentence, start: number, end: number, triggers: Trigger[], places: readonly PlaceHit[],
  dates: readonly DateMention[], bySpan: Map<string, RawFigure[]>): Group {
  const family = familyOf(triggers[0]!);
  const opening = triggers.filter((t) => !t.anaphorOnly && !t.inQuote);
  const typed = opening.length ? opening : triggers;
  // a word that says how ("rocket", "gunmen") beats one that only says something happened ("strike", "raid")
  const telling = typed.some((t) => !t.weak) ? typed.filter((t) => !t.weak) : typed;
  let type = [...telling].sort((a, b) => priority(b.type) - priority(a.type))[0]!.type;
  // "the air force bombed two areas": a bombing from the air; "missile strikes" in a story of drones: from the air
  if (type === 'BOMBING' && AIRCRAFT.test(doc.text.slice(start, end))) type = 'AIRSTRIKE';
  if (type === 'SHELLING' && telling.every((t) => /^missiles?$/i.test(t.text)) && /\bstr(?:ikes?|uck)\b/i.test(doc.text.slice(start, end))
    && DRONE.test(`${doc.article.title ?? ''} ${s.text}`)) type = 'AIRSTRIKE';
  // "an aircraft fired a missile at a car", "helicopters fired rockets": an aircraft firing is a strike from the air
  if (type === 'SHELLING' && AIRCRAFT_FIRED.test(doc.text.slice(start, telling[0]!.end))) type = 'AIRSTRIKE';
  const first = triggers[0]!;
  const clauseText = doc.text.slice(start, end);
  // "security in X was on alert after a bombing in Y on Friday": what comes before "after" is another scene
  const lead = (opening[0] ?? first).start;
  const anchorWord = allMatches(/\b(?:after|following|since)\s+/gi, clauseText.slice(0, lead - start)).at(-1);
  const from = anchorWord ? start + anchorWord.index + anchorWord[0].length : start;
  // "the first abduction since operations on X ended": what follows "since" is an earlier scene
  const since = /\bsince\s/i.exec(doc.text.slice(lead, end));
  const upTo = since ? lead + since.index : end;
  const here = placesIn(places, from, upTo).filter((p) => !p.reportedFrom);
  const plural = triggers.some((t) => t.barePlural || /s$/i.test(t.text));
  const figures = figuresIn(doc, bySpan, start, end).map((f) => ({ ...f, source: figureSource(doc, s.start, s.end, f.start), sentenceIndex: s.index }));
  // a ceasefire announced on a day happened that day; an attack reported on a day may be older
  const inClause = dates.filter((d) => d.start >= (d.kind === 'anchor' ? start : from) && d.end <= end);
  // "since March 3" is a span; "March 3, when a bomb exploded" dates the when-clause
  const spans = inClause.filter((d) => /\bsince\s+$/i.test(doc.text.slice(Math.max(0, d.start - 8), d.start)));
  if (/^,\s+when\b/.test(clauseText)) inClause.push(...dates.filter((d) => d.kind === 'day' && d.end <= start && d.end >= start - 2));
  // "a second term in next month's vote": a time still to come dates no attack or protest already told
  const ahead = inClause.filter((d) => family !== 'ceasefire' && d.kind === 'vague' && /^(?:next|coming|upcoming)\b/i.test(d.text));
  const clauseDates = (family === 'violent' ? inClause.filter((d) => !saidOn(doc.text, d.start)) : inClause).filter((d) => !spans.includes(d) && !ahead.includes(d));
  if (family === 'ceasefire') for (const [i, d] of clauseDates.entries()) clauseDates[i] = upcoming(doc, d);
  // "the rebels have begun a ceasefire": a development of the day the article was published
  if (family === 'ceasefire' && clauseDates.length === 0 && doc.article.published && HAS_BEGUN.test(clauseText)) {
    clauseDates.push({ kind: 'day', iso: doc.article.published, month: null, relation: null, text: '', start, end: start });
  }
  // "X acknowledged Saturday that its strike killed ...": an admission dates nothing but itself
  const saidDate = inClause.find((d) => d.kind === 'day' && !clauseDates.includes(d)
    && !/\b(?:acknowledged|admitted|conceded)\s+(?:on\s+)?$/i.test(doc.text.slice(Math.max(0, d.start - 20), d.start))) ?? null;
  // "in 2012": a year before publication gives no day, and the event is not today's
  const year = /\b(?:in|during)\s+((?:19|20)\d{2})\b/i.exec(clauseText);
  const published = Number(doc.article.published?.slice(0, 4) ?? NaN);
  if (clauseDates.length === 0 && year && Number(year[1]) < published) {
    clauseDates.push({ kind: 'vague', iso: null, month: null, relation: null, text: year[0], start: start + year.index, end: start + year.index + year[0].length });
  }
  // "The ambush comes less than a month after gunmen killed five in X": the event after "a month after" is
  // weeks older than the one it is compared with, so it has no day of the article's week
  const longBefore = LONG_BEFORE.exec(doc.text.slice(Math.max(s.start, start - 40), start));
  if (clauseDates.length === 0 && longBefore) {
    clauseDates.push({ kind: 'vague', iso: null, month: null, relation: null, text: longBefore[0].trim(), start: start - longBefore[0].length, end: start });
  }
  return {
    sentence: s, start, end, triggers, family, type,
    weak: typed.every((t) => t.weak),
    anaphoric: first.anaphoric || triggers.every((t) => t.anaphorOnly),
    referOnly: opening.length === 0,
    newMarker: triggers.some((t) => t.newMarker && !t.anaphoric) || (start === s.start && NEW_EVENT_OPENERS.test(s.text))
      || (start === s.start && !first.anaphoric && SHIFTED_TIME_OPENER.test(s.text))
      || triggers.some((t) => EARLIER_ONE.test(doc.text.slice(t.end, t.end + 50))),
    // "struck two locations in X": one strike at X; "bombings in two cities killed 140": a total
    instrument: opening.length > 0 && opening.every((t) => t.instrument),
    // "the two blasts killed seven": a total over events reported one by one
    counted: family === 'violent' && triggers.some((t) => !t.verb && COUNTED.test(doc.text.slice(Math.max(0, t.start - 20), t.start))),
    umbrella: family === 'violent' && (triggers.some((t) => t.umbrella || (!t.verb && COUNTED.test(doc.text.slice(Math.max(0, t.start - 20), t.start)))) || (PLACE_COUNT.test(clauseText) && (!/\b(?:locations|areas|places|sites)\b/i.test(PLACE_COUNT.exec(clauseText)![0]) || distinctPlaces(doc.text, here) !== 1))),
    multiPlace: family === 'violent' && plural && opening.length > 0 && distinctPlaces(doc.text, here) >= 2 && !triggers.some((t) => t.anaphoric),
    // "protesters rallied" reports a protest; "attacks on convoys" in general reports no attack
    generic: family !== 'protest' && typed.every((t) => t.barePlural && !t.actorModifier && !HAPPENED.test(doc.text.slice(t.end, t.end + 30)))
      && figures.length === 0,
    plural,
    specific: opening.some((t) => t.verb || (t.det !== null && !t.anaphoric && !t.barePlural)),
    places: here,
    // a day said in the clause beats an anchor ("on Saturday ... shortly before a procession")
    date: nearestDate(clauseDates.some((d) => d.kind === 'day') ? clauseDates.filter((d) => d.kind !== 'anchor') : clauseDates, lead),
    saidDate,
    dates: clauseDates,
    figures,
  };
}

/**
 * Every event-reporting clause of the article, in text order. Figures in a clause without a trigger go to
 * the nearest group of their sentence; `orphans` keeps those of sentences with no group at all.
 */
export function findGroups(doc: Doc, places: readonly PlaceHit[]): { groups: Group[]; orphans: Figure[] } {
  const quotes = quoteSpans(doc.text);
  const groups: Group[] = [];
  const orphans: Figure[] = [];
  for (const s of doc.sentences) {
    if (LINK_LINE.test(s.text)) continue;
    const relative = findTriggers(s.text, (at) => insideAny(quotes, s.start + at));
    const triggers = relative.map((t) => ({ ...t, start: t.start + s.start, end: t.end + s.start }));
    if (triggers.length === 0) {
      orphans.push(...findFigures(s.text, s.start).map((f) => ({ ...f, source: figureSource(doc, s.start, s.end, f.start), sentenceIndex: s.index })));
      continue;
    }
    const dates = findDateMentions(s.text, doc.article.published).map((d) => ({ ...d, start: d.start + s.start, end: d.end + s.start }));
    // the triggers as found, offsets relative to the sentence (what shifting them back would give)
    const clauses = splitClauses(s.text, relative);
    const mine: Group[] = [];
    const loose: Figure[] = [];
    const bySpan = new Map<string, RawFigure[]>();
    for (const c of clauses) {
      const start = s.start + c.start;
      const end = s.start + c.end;
      const inClause = triggers.filter((t) => t.start >= start && t.end <= end);
      for (const family of ['violent', 'ceasefire', 'protest'] as const) {
        const fam = inClause.filter((t) => familyOf(t) === family);
        if (fam.length) mine.push(makeGroup(doc, s, start, end, fam, places, dates, bySpan));
      }
      if (inClause.length === 0) {
        loose.push(...figuresIn(doc, bySpan, start, end).map((f) => ({ ...f, source: figureSource(doc, s.start, s.end, f.start), sentenceIndex: s.index })));
      }
    }
    // only one group of a clause keeps its figures: the violent one
    for (let i = 1; i < mine.length; i++) if (mine[i]!.start === mine[i - 1]!.start) mine[i]!.figures = [];
    const violent = mine.filter((g) => g.family === 'violent');
    // a ceasefire is not killed: figures in its clause belong to the attack in the same sentence, if any
    for (const g of mine) {
      if (g.family !== 'ceasefire' || g.figures.length === 0) continue;
      const host = [...violent].reverse().find((v) => v.start <= g.start) ?? violent[0];
      // a truce named only inside a quote or by reference: the figures are the sentence's own, an orphan's
      if (host) host.figures.push(...g.figures);
      else if (g.referOnly) orphans.push(...g.figures);
      g.figures = [];
    }
    for (const f of loose) {
      const host = [...violent].reverse().find((g) => g.start <= f.start) ?? violent[0];
      if (host) host.figures.push(f);
      else orphans.push(f);
    }
    for (const g of violent) {
      if (g.generic && g.figures.length > 0) g.generic = false;
      const last = g.triggers.at(-1)!;
      if (!g.date && last.barePlural && g.triggers.every((t) => !t.verb) && CUMULATIVE.test(doc.text.slice(last.end, last.end + 30))) {
        g.generic = true;
        g.figures = [];
      }
    }
    // "the day before", "the previous day": the day before the last day the article gave for an event
    for (const g of mine) {
      if ((g.date && !DAY_BEFORE.test(g.date.text)) || !DAY_BEFORE.test(doc.text.slice(g.start, g.end))) continue;
      const last = [...groups].reverse().find((x) => x.date?.kind === 'day' && x.date.iso)?.date?.iso;
      if (last) g.date = { kind: 'day', iso: dayBefore(last), month: null, relation: null, text: '', start: g.start, end: g.start };
    }
    const sentenceDay = dates.filter((d) => d.kind === 'day' && (mine[0]?.family !== 'violent' || !saidOn(doc.text, d.start)));
    if (mine.length === 1 && !mine[0]!.date && sentenceDay.length === 1) mine[0]!.date = sentenceDay[0]!;
    groups.push(...mine);
  }
  return { groups, orphans };
}
