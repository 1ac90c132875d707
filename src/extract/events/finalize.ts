import type { Doc } from '../doc.ts';
import type { Resources } from '../pipeline.ts';
import type { CasualtyFigure, ConflictEvent, Evidence, Range } from '../types.ts';
import { foldName } from '../normalize.ts';
import { clashToll } from './clash-toll.ts';
import { ownFigures } from './total-figures.ts';
import type { Figure } from './groups.ts';
import { placesIn, type PlaceHit } from './places.ts';
import { mostSpecific, type PlaceRelations } from './place-relations.ts';
import { findResponsibility } from './responsibility.ts';
import { articleCountry } from './article-country.ts';
import { summarize } from './summary.ts';
import type { WorkingEvent } from './working-event.ts';

const ATTACKERS = /\b(?:militants?|fighters?|insurgents?|attackers?|assailants?|rebels?|gunm[ae]n|bombers?|terrorists?|jihadists?|extremists?)\b/i;
const UNCLEAR_OTHERS = /\b(?:not\s+(?:immediately\s+)?clear|unclear|unknown|not\s+known)\s+how\s+many\s+(?:other|more)\b/i;

/** The figure the corpus rules pick when sources disagree: the first reported (preferring the article's
 * own voice over an earlier attributed figure changed nothing on the training articles and lost figures
 * on unseen ones); never a subset ("one soldier was among those killed") or a vague one ("dozens"). */
export function chooseFigure(figures: readonly Figure[], kind: Figure['kind']): Figure | null {
  const all = figures.filter((f) => f.kind === kind && !f.subset && (f.range.min !== null || f.range.max !== null));
  const usable = all.filter((f) => !f.implicit);
  const chosen = usable[0] ?? all[0] ?? null;
  // "a bomb killed five soldiers. The attack also killed a doctor.": the later victims add to the toll
  // ("15 militants were also killed": the attackers are no victims of their attack)
  const more = chosen ? usable.filter((f) => f.also && f !== chosen && f.sentenceIndex > chosen.sentenceIndex && !ATTACKERS.test(f.group ?? '')) : [];
  if (!chosen || more.length === 0) return chosen;
  const add = (a: number | null, b: number | null) => (a === null || b === null ? null : a + b);
  const range = more.reduce((r, f) => ({ min: add(r.min, f.range.min), max: add(r.max, f.range.max) }), chosen.range);
  return { ...chosen, range };
}

function evidenceOf(doc: Doc, e: WorkingEvent): Evidence {
  const g = e.groups.find((x) => !x.referOnly && !x.anaphoric) ?? e.groups[0]!;
  let start = g.start;
  let end = g.end;
  while (start < end && /[\s,;]/.test(doc.text[start]!)) start++;
  while (end > start && /[\s,;]/.test(doc.text[end - 1]!)) end--;
  return { start, end, sentenceIndex: g.sentence.index, sentence: g.sentence.text };
}

/** The article's main country: the one its places name most often. */
export function mainCountry(places: readonly PlaceHit[]): string | null {
  const counts = new Map<string, number>();
  for (const p of places) if (p.country) counts.set(p.country, (counts.get(p.country) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** The event's country: the one most of the places in its clauses lie in; a gazetteer guess for a small
 * place ("X" also a town abroad) gives way to the places named around it. */
function countryOf(e: WorkingEvent, place: PlaceHit | null): string | null {
  const counts = new Map<string, number>();
  for (const p of [...e.places, ...(place ? [place] : [])]) {
    const c = p.rank === 6 ? p.name : p.country;
    // the event's own place and countries named outright count most
    if (c) counts.set(c, (counts.get(c) ?? 0) + (p === place ? 2.5 : p.rank === 6 ? 2 : 1));
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? place?.country ?? place?.parents.at(-1) ?? null;
}

function alternatives(e: WorkingEvent, place: PlaceHit, country: string | null, relations: PlaceRelations): string[] {
  const ownCountry = place.country === null || country === null || foldName(place.country) === foldName(country);
  const out: string[] = [...place.forms, ...(ownCountry ? place.parents : [])];
  const foreign = (p: PlaceHit) => p.rank >= 6 && country !== null && foldName(p.name) !== foldName(country);
  const wider = e.places.filter((p) => p.rank > place.rank && foldName(p.name) !== foldName(place.name) && relations.related(p, place) && !foreign(p));
  for (const p of wider.sort((a, b) => a.rank - b.rank)) out.push(p.name, ...p.forms);
  if (country) out.push(country);
  const seen = new Set([foldName(place.name)]);
  return out.filter((n) => {
    const f = foldName(n);
    if (seen.has(f)) return false;
    seen.add(f);
    return true;
  });
}

/** Turns the working events into the contract's events and casualty records, in text order. */
export function finalize(doc: Doc, resources: Resources, working: readonly WorkingEvent[], places: readonly PlaceHit[],
  relations: PlaceRelations): Map<WorkingEvent, string> {
  const keys = new Map<WorkingEvent, string>();
  const umbrellasWithParts = new Set(working.filter((e) => e.partOf).map((e) => e.partOf!));
  const kept = working
    // "the two blasts" after both were reported: a total, not another event
    .filter((e) => !(e.umbrella && umbrellasWithParts.has(e)))
    .filter((e) => !(e.umbrella && e.groups.every((g) => g.counted) && working.some((x) => !x.umbrella && x.family === e.family)))
    .sort((a, b) => a.groups[0]!.start - b.groups[0]!.start);
  const fallbackCountry = articleCountry(doc, resources, places);
  const dateline = mostSpecific(places.filter((p) => p.dateline));
  const eventSentences = new Set(working.flatMap((e) => e.groups.map((g) => g.sentence.index)));
  let previous: WorkingEvent | null = null;
  const events: ConflictEvent[] = [];
  const casualties: CasualtyFigure[] = [];
  for (const [i, e] of kept.entries()) {
    const key = `event:${i + 1}`;
    keys.set(e, key);
    // no place in its clauses: a place named elsewhere in its sentence, else (for "a separate bomb
    // exploded nearby") where the event just before it was. Without "nearby" an event does not take the
    // last event's place (that cost unseen articles matches and changed nothing on the training ones):
    // the previous sentence's place, the dateline or the main country follow.
    const first = e.groups[0]!;
    const inSentence = mostSpecific(placesIn(places, first.sentence.start, first.sentence.end).filter((p) => !p.reportedFrom));
    const near = previous && first.sentence.index - previous.lastSentence <= 1 ? previous.place : null;
    const before = doc.sentences[first.sentence.index - 1];
    const lastSentence = before && before.paragraph === first.sentence.paragraph
      ? mostSpecific(placesIn(places, before.start, before.end).filter((p) => !p.reportedFrom && p.rank < 6)) : null;
    // the dateline says where the story was filed: the event's place only when nothing better is said
    // a truce with no place of its own holds in the country the article is about, not where it was announced
    // a part of a wave with no place of its own ("three bombings across the city") is where the wave was
    const wave = e.partOf?.place ?? null;
    // ... unless it says it was "nearby" the one just reported
    const nearby = /\b(?:nearby|near\s+there|close\s+by|in\s+the\s+same\s+area)\b/i.test(doc.text.slice(first.start, first.end));
    const place = e.family === 'ceasefire' ? e.place
      : (e.place ?? inSentence ?? (nearby ? (near ?? wave) : wave) ?? lastSentence ?? dateline ?? null);
    if (!e.place && !inSentence && nearby && near && previous) e.places.push(...previous.places);
    const country = place?.rank === 6 ? place.name : (countryOf(e, place) ?? fallbackCountry);
    const umbrella = e.partOf;
    const own = findResponsibility(doc, resources, e.groups, eventSentences);
    const inherited = umbrella ? findResponsibility(doc, resources, umbrella.groups, eventSentences) : null;
    const figures = ownFigures(doc.text, e, kept);
    const killedFigure = clashToll(chooseFigure(figures, 'killed'), figures, e.type);
    let killed: Range | null = killedFigure ? { ...killedFigure.range } : null;
    if (killed && killedFigure?.source === null && e.groups.some((g) => UNCLEAR_OTHERS.test(g.sentence.text))) killed = { min: killed.min, max: null };
    const injuredFigure = clashToll(chooseFigure(figures, 'injured'), figures, e.type);
    const event: ConflictEvent = {
      key, type: e.type, date: e.date,
      place: place?.name ?? fallbackCountry, placeKey: place?.key ?? null,
      placeAlternatives: place ? alternatives(e, place, country, relations) : [],
      country,
      killed, injured: injuredFigure ? { ...injuredFigure.range } : null,
      claimedBy: own.claimedBy.length ? own.claimedBy : (inherited?.claimedBy ?? []),
      deniedBy: own.deniedBy,
      perpetrators: own.perpetrators.length ? own.perpetrators : (inherited?.perpetrators ?? []),
      partOfKey: null,
      summary: '',
      evidence: evidenceOf(doc, e),
    };
    event.summary = summarize(event);
    events.push(event);
    for (const f of e.figures) {
      const s = doc.sentences[f.sentenceIndex]!;
      casualties.push({
        key: `cas:${casualties.length + 1}`, eventKey: key, kind: f.kind, min: f.range.min, max: f.range.max, group: f.group,
        source: f.source, evidence: { start: f.start, end: f.end, sentenceIndex: s.index, sentence: s.text },
      });
    }
    previous = e;
  }
  doc.events = events;
  doc.casualties = casualties;
  return keys;
}
