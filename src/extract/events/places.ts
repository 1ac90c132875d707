import type { Doc } from '../doc.ts';
import type { Resources } from '../pipeline.ts';
import type { PlaceEntity, PlaceKind } from '../types.ts';
import { countriesOf, fallbackPlaces } from './places-fallback.ts';
import { KIND_RANK, REPORTED_FROM } from './place-words.ts';

/** A place named in the text, as the events component needs it. */
export interface PlaceHit {
  name: string;
  key: string | null;
  start: number;
  end: number;
  /** Lower is more specific (neighbourhood 1, town 2, city 3, province 5, country 6). */
  rank: number;
  country: string | null;
  /** Enclosing places, most specific first (from the gazetteer or the entities' parent chain). */
  parents: string[];
  /** Other names for the same place ("Kandahar province"). */
  forms: string[];
  /** "reports from X", "25 kilometers from X": a reference point, not where the event was. */
  reportedFrom: boolean;
  /** In the dateline ("CITY, Country (Agency) —"): where the story was filed, the event's place only as a last resort. */
  dateline?: boolean;
}

const RANK: Record<PlaceKind, number> = {
  landmark: 0, neighbourhood: 1, town: 2, city: 3, admin2: 3.5, region: 5, admin1: 5, country: 6, unknown: 2,
};

const KINDS = Object.keys(KIND_RANK).join('|');
const CONTAINER = new RegExp(`^\\s+(?:[\\w-]+\\s+)?(${KINDS})\\s+of\\s`, 'i');
const KIND_OF_BEFORE = new RegExp(`\\b(${KINDS})\\s+of\\s+(?:the\\s+)?$`, 'i');
const KIND_AFTER = new RegExp(`^\\s+(${KINDS})\\b`, 'i');

/**
 * How specific the text says a mention is, which beats a gazetteer kind guessed from the name alone:
 * "the district of X" is part of a city, "X province" a province, and in "the Y port city of X" Y is
 * only the container of X.
 */
export function textualRank(text: string, start: number, end: number, rank: number): number {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  // a capitalised kind word is part of the name ("X District of Y province"): the name's own kind
  // "brokered by X", "talks with X": an agent or a partner, not a location
  if (/\b(?:by|with|between|from)\s+(?:the\s+)?(?:[A-Z][\w.'-]*\s+){0,3}(?:(?:and|,)\s+(?:the\s+)?)?$/.test(before)) return rank + 0.75;
  // "X struck targets in Y", "X launched airstrikes": the attacker, not where it happened
  if (/^\s+(?:(?:has|have|had|also|again)\s+)*(?:struck|attacked|bombed|shelled|launched|fired|targeted|carried\s+out|conducted|invaded)\b/i.test(after)
    && !/\b(?:in|at|near|on|into|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i.test(before)) return rank + 0.75;
  // "Yemen's Houthi rebels": an owner, not where something happened (but "X's capital" is a place)
  if (/^['\u2019]s\s+(?!(?:capital|city|province|north|south|east|west|northern|southern|eastern|western|central)\b)/i.test(after)) return rank + 0.75;
  const own = KIND_AFTER.exec(after)?.[1];
  // "the X district in southern Y": a district inside the place named next
  if (own && /^(?:district|county|municipality)$/i.test(own) && /^\s+\w+\s+in\s+(?:the\s+)?(?:[a-z]+ern\s+)?[A-Z]/.test(after)) return 1.5;
  if (own && (/^[A-Z]/.test(own) || !CONTAINER.test(after))) return KIND_RANK[own.toLowerCase()] ?? rank;
  const container = CONTAINER.exec(after)?.[1]?.toLowerCase();
  if (container) return Math.max(rank, (KIND_RANK[container] ?? 2) + 0.5);
  const kindOf = KIND_OF_BEFORE.exec(before)?.[1]?.toLowerCase();
  if (kindOf) return kindOf === 'district' ? 1 : (KIND_RANK[kindOf] ?? rank);
  return rank;
}

// "CITY, Country, Feb 15 (Agency) - ": where the story was filed. A name in capitals or an agency in
// brackets tells a dateline from a sentence that starts with a place.
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}';
const DATELINE = new RegExp(`^[A-Z][\\w'.\u2019-]*(?:\\s+[A-Z][\\w'.\u2019-]*)*(?:,\\s+[A-Z][\\w.]*(?:\\s+[A-Z][\\w.]*)*)?(?:,?\\s+${MONTH})?\\s*(\\([A-Za-z .]{1,30}\\))?\\s*[-\u2013\u2014]+\\s*`);
// "BEIRUT: At least ...", "Lagos: Gunmen ...": a place and a colon opening the story
const COLON_DATELINE = /^([A-Z][\w'.\u2019-]*(?:\s+[A-Z][\w'.\u2019-]*){0,2}):\s+(?=[A-Z])/;

/** End offset of the sentence's dateline, or -1 when it has none. `opening`: the story's first sentence,
 * where a mixed-case "City:" is also a dateline. */
export function datelineEnd(text: string, start: number, end: number, opening = false): number {
  const slice = text.slice(start, Math.min(end, start + 80));
  const colon = COLON_DATELINE.exec(slice);
  if (colon && (opening || colon[1] === colon[1]!.toUpperCase())) return start + colon[0].length;
  const m = DATELINE.exec(slice);
  if (!m) return -1;
  const head = /^[A-Z][\w'.-]*/.exec(m[0])![0];
  return m[1] || (head.length > 1 && head === head.toUpperCase()) ? start + m[0].length : -1;
}

/** "the group's X-based spokesman", "said in X": where someone is or spoke, not where the event was. */
function attributionPlace(text: string, start: number, end: number): boolean {
  // "The United States has strongly condemned ...", "X is greatly alarmed by": the place is who reacts,
  // not where it happened ("X said", "X accused": a country that speaks of fighting is often where it is;
  // marking it as no location cost a match on the training articles and changed nothing on unseen ones)
  const after = text.slice(end, end + 50);
  // "..., officials in X said.": a closing attribution names where the speakers are
  if (/,\s+(?:[\w'-]+\s+){0,4}(?:in|from)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 50), start))
    && /^\s+(?:said|say|says|reported|told\s+[^.,;]{1,30})\s*[.]/i.test(after)) return true;
  const subject = !/\b(?:in|of|from|at|near|for|to|by|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i.test(text.slice(Math.max(0, start - 30), start));
  if (subject && /^\s+(?:(?:has|have|had|also|on\s+\w+day)\s+)*(?:\w+ly\s+)?(?:condemned|condemns|denounced|denounces|protested|protests|welcomed|welcomes|urged|urges|warned|warns|called\s+on|demanded|demands|(?:is|was|are|were)\s+(?:\w+ly\s+)?(?:alarmed|concerned|worried))\b/i.test(after)) return true;
  // "discussed the toll with reporters in X", "journalists in X": where it was told
  if (/\b(?:reporters|journalists|the\s+press|the\s+media)\s+(?:in|at)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 40), start))) return true;
  return /^-based\b/.test(text.slice(end, end + 7))
    || /\b(?:said|says|told\s+(?:\w+\s+){1,3}|announced|spoke|speaking|added|stated)\s+(?:(?:on|late|early)\s+\w+\s+)?(?:in|from)\s+(?:the\s+(?:\w+\s+)?(?:capital|city|town)(?:\s+of)?,?\s+)?$/i.test(text.slice(Math.max(0, start - 60), start));
}

const SUPRANATIONAL = /\b(?:East|Africa|Asia|Europe|America|Sahel|Maghreb|Levant|Balkans)$/;

/** "Southern Afghanistan", "Eastern Province": a region, however the gazetteer kind was guessed. */
function regionRank(name: string, rank: number, country: string | null = 'unknown'): number {
  // "a widening conflict in the Middle East", "across West Africa": a region spanning countries is wider
  // than any country named beside it, so it never beats one as the event's place
  if (country === null && SUPRANATIONAL.test(name)) return RANK.country + 0.5;
  return /^(?:North|South|East|West)(?:ern)?(?:-?(?:east|west)(?:ern)?)?\s+[A-Z]/.test(name) && rank < 5 ? 5.5 : rank;
}

function fromEntities(doc: Doc): PlaceHit[] {
  // the story's first sentence is the first after the title
  const datelines = doc.sentences.map((s) => ({ start: s.start, end: datelineEnd(doc.text, s.start, s.end, s.index <= 1) })).filter((d) => d.end > 0);
  const inDateline = (at: number) => datelines.some((d) => at >= d.start && at < d.end);
  const byKey = new Map(doc.places.map((p) => [p.key, p]));
  const parentsOf = (p: PlaceEntity): string[] => {
    const out: string[] = [];
    for (let q = p.parentKey ? byKey.get(p.parentKey) : undefined; q && out.length < 6; q = q.parentKey ? byKey.get(q.parentKey) : undefined) {
      out.push(q.name);
    }
    return out;
  };
  const hits: PlaceHit[] = [];
  for (const p of doc.places) {
    for (const m of p.mentions) {
      hits.push({
        name: p.name, key: p.key, start: m.start, end: m.end, rank: regionRank(p.name, textualRank(doc.text, m.start, m.end, RANK[p.kind]), p.country), country: p.country,
        parents: parentsOf(p), forms: p.aliases,
        reportedFrom: REPORTED_FROM.test(doc.text.slice(Math.max(0, m.start - 40), m.start)) || inDateline(m.start)
          || attributionPlace(doc.text, m.start, m.end),
        dateline: inDateline(m.start),
      });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * Every place mention in the article: the entities component's places with their parent chains, or,
 * while that component gives none, a private textual fallback over the gazetteer.
 */
export function collectPlaces(doc: Doc, resources: Resources): PlaceHit[] {
  if (doc.places.length > 0) return fromEntities(doc);
  const gazetteer = resources.gazetteer as Partial<Resources['gazetteer']>;
  if (typeof gazetteer.find !== 'function') return [];
  const countries = countriesOf(doc.text, resources.gazetteer);
  return doc.sentences.flatMap((s) => fallbackPlaces(doc.text, s.start, s.end, resources.gazetteer, countries));
}

export function placesIn(all: readonly PlaceHit[], start: number, end: number): PlaceHit[] {
  return all.filter((p) => p.start >= start && p.end <= end);
}
