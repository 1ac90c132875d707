import type { Doc } from '../doc.ts';
import type { ConflictEvent } from '../types.ts';
import { foldName } from '../normalize.ts';
import { mainCountry } from './finalize.ts';
import { placesIn, type PlaceHit } from './places.ts';
import { mostSpecific } from './place-relations.ts';
import { summarize } from './summary.ts';
import type { WorkingEvent } from './working-event.ts';

/**
 * A truce holds where the war is, not where it was signed: "the two sides signed a ceasefire in Z, the
 * W capital" places the truce in the warring country named with it, or else in the article's country.
 * Only when no other place is named does the signing city stay the truce's place.
 */

// "signed ... in X", "signing ceremony in X": a signature happens at a venue
// (the parties may be named between: "signed a truce on Friday with his rival, the rebel leader Y, in X")
const SIGNED = /\b(?:signed|signing|inked|initialled|initialed)\b(?:(?!\b(?:end|ending|halt|halting|stop|stopping|fighting|war)\b)[^.;:!?]){0,110}?\b(?:in|at)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}$/i;
// "at talks in X", "peace negotiations held in X", "a summit in X", "hosted by X"
const MEETING = /\b(?:talks|negotiations|meeting|meetings|summit|conference|ceremony|mediation|consultations)\s+(?:(?:held|hosted|being\s+held|taking\s+place|that\s+took\s+place)\s+)?(?:in|at)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}$|\bhosted\s+by\s+(?:the\s+)?$/i;

// "fighting continued throughout X", "the war in X": where the war is
const FIGHTING_NEAR = /\b(?:fighting|war|conflict|clashes|violence|hostilities|combat)\b/i;

/** Whether the place mention starting at `start` names where a deal was signed or negotiated. */
export function venueAt(text: string, sentenceStart: number, start: number): boolean {
  const before = text.slice(Math.max(sentenceStart, start - 140), start);
  return SIGNED.test(before) || MEETING.test(before);
}

/** "brokered by X", "mediators from X": a party to the talks, not a warring side. */
function agent(text: string, start: number): boolean {
  return /\b(?:by|from|with|mediat\w*|host\w*)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,2}$/i.test(text.slice(Math.max(0, start - 40), start));
}

function countryOfHit(p: PlaceHit): string | null {
  return p.rank === 6 ? p.name : (p.country ?? p.parents.at(-1) ?? null);
}

/** Moves each ceasefire placed at its signing venue to the place the truce covers, when the text names one. */
export function placeCeasefires(doc: Doc, working: readonly WorkingEvent[], keys: ReadonlyMap<WorkingEvent, string>,
  places: readonly PlaceHit[]): void {
  for (const e of working) {
    const key = keys.get(e);
    const event = key ? doc.events.find((x) => x.key === key) : undefined;
    if (!event || e.family !== 'ceasefire' || event.type !== 'CEASEFIRE' || !event.place) continue;
    if (e.place === null && movedFromVenueCountry(doc, event, places)) continue;
    const sentences = [...new Set(e.groups.map((g) => g.sentence))];
    const hits = sentences.flatMap((s) => placesIn(places, s.start, s.end).map((p) => ({ p, s })));
    const here = foldName(event.place);
    const venues = hits.filter(({ p, s }) => foldName(p.name) === here && venueAt(doc.text, s.start, p.start)).map(({ p }) => p);
    if (venues.length === 0 || venues.length < hits.filter(({ p }) => foldName(p.name) === here).length) {
      keepOwnCountry(doc, event, hits);
      continue;
    }
    const venueCountry = countryOfHit(venues[0]!);
    const hostNames = new Set([here, ...(venueCountry ? [foldName(venueCountry)] : [])]);
    const covered = hits
      .filter(({ p, s }) => !p.reportedFrom && !venueAt(doc.text, s.start, p.start) && !agent(doc.text, p.start))
      .map(({ p }) => p)
      .filter((p) => !hostNames.has(foldName(p.name)) && !(countryOfHit(p) && hostNames.has(foldName(countryOfHit(p)!))));
    const best = mostSpecific(covered);
    if (best) {
      move(event, best.name, best.key, [...best.forms, ...best.parents], countryOfHit(best));
      continue;
    }
    // the article's country, else (when that is the host) another country named where fighting is told
    const main = mainCountry(places.filter((p) => !p.reportedFrom && !hostNames.has(foldName(p.country ?? p.name))))
      ?? null;
    const warring = main !== null && places.some((p) => !p.reportedFrom && p.country === main && FIGHTING_NEAR.test(
      doc.text.slice(Math.max(0, p.start - 80), p.end + 40)));
    const overall = mainCountry(places.filter((p) => !p.reportedFrom));
    if (main && (main === overall || warring)) {
      move(event, main, doc.places.find((p) => foldName(p.name) === foldName(main))?.key ?? null, [], main);
    }
  }
}

/** "A truce in X agreed at talks in Z": the truce's country is X's, not the venue's, and the venue is no
 * enclosing place of X. */
function keepOwnCountry(doc: Doc, event: ConflictEvent, hits: ReadonlyArray<{ p: PlaceHit; s: { start: number } }>): void {
  const venues = hits.filter(({ p, s }) => venueAt(doc.text, s.start, p.start)).map(({ p }) => p);
  const own = hits.find(({ p }) => foldName(p.name) === foldName(event.place ?? ''))?.p;
  if (venues.length === 0 || !own) return;
  const ownCountry = countryOfHit(own);
  const venueNames = new Set(venues.flatMap((v) => [v.name, countryOfHit(v) ?? v.name]).map(foldName));
  if (ownCountry && venueNames.has(foldName(ownCountry))) return;
  event.placeAlternatives = event.placeAlternatives.filter((n) => !venueNames.has(foldName(n)));
  if (event.country && venueNames.has(foldName(event.country))) {
    // a place the gazetteer cannot put in a country is better left without one than put in the venue's
    event.country = ownCountry;
    if (ownCountry && !event.placeAlternatives.some((n) => foldName(n) === foldName(ownCountry))) event.placeAlternatives.push(ownCountry);
  }
  event.summary = summarize(event);
}

/** Re-places a finished event (place, key, alternatives, country, summary). */
export function move(event: ConflictEvent, name: string, key: string | null, alternatives: string[], country: string | null): void {
  event.place = name;
  event.placeKey = key;
  event.country = country;
  const seen = new Set([foldName(name)]);
  event.placeAlternatives = [...alternatives, ...(country ? [country] : [])].filter((n) => {
    const f = foldName(n);
    if (seen.has(f)) return false;
    seen.add(f);
    return true;
  });
  event.summary = summarize(event);
}

/** A truce with no place of its own was given the article's country; when that country is named only as
 * where deals were signed or talks held, the truce holds in the country named where the fighting is. */
function movedFromVenueCountry(doc: Doc, event: ConflictEvent, places: readonly PlaceHit[]): boolean {
  const here = foldName(event.place ?? '');
  const sentenceStart = (at: number) => doc.sentences.find((s) => at >= s.start && at < s.end)?.start ?? 0;
  const mentions = places.filter((p) => foldName(p.country ?? p.name) === here && !p.reportedFrom);
  if (mentions.length === 0 || !mentions.every((p) => venueAt(doc.text, sentenceStart(p.start), p.start))) return false;
  const others = places.filter((p) => !p.reportedFrom && p.country && foldName(p.country) !== here
    && FIGHTING_NEAR.test(doc.text.slice(Math.max(0, p.start - 80), p.end + 40)));
  const main = mainCountry(others);
  if (!main) return false;
  move(event, main, doc.places.find((p) => foldName(p.name) === foldName(main))?.key ?? null, [], main);
  return true;
}
