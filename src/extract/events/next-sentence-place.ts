import type { Doc } from '../doc.ts';
import { foldName } from '../normalize.ts';
import { move } from './ceasefire-place.ts';
import { placesIn, type PlaceHit } from './places.ts';
import { mostSpecific } from './place-relations.ts';
import type { WorkingEvent } from './working-event.ts';

/**
 * "CITY — A suicide bomber killed ten people on Monday. The bomber struck a market in the eastern city of
 * X.": a lead that names no place is placed by the sentence right after it (same paragraph, or the
 * next paragraph's first sentence for the story's lead), before the dateline (where the story was filed)
 * or a country is taken. Only when that sentence reports no other event and names a place below country level.
 */
export function placeFromNextSentence(doc: Doc, working: readonly WorkingEvent[], keys: ReadonlyMap<WorkingEvent, string>,
  places: readonly PlaceHit[]): void {
  // the finalizer's last resorts: the dateline, or a country (the article's main one)
  const fallbacks = new Set(places.filter((p) => p.dateline || p.rank >= 6).map((p) => foldName(p.name)));
  for (const p of places) if (p.country) fallbacks.add(foldName(p.country));
  const eventSentences = new Map<number, Set<WorkingEvent>>();
  for (const e of working) for (const g of e.groups) {
    const set = eventSentences.get(g.sentence.index) ?? new Set<WorkingEvent>();
    set.add(e);
    eventSentences.set(g.sentence.index, set);
  }
  for (const e of working) {
    const key = keys.get(e);
    const event = key ? doc.events.find((x) => x.key === key) : undefined;
    if (!event || e.place || e.family !== 'violent' || (event.place && !fallbacks.has(foldName(event.place)))) continue;
    const first = e.groups[0]!.sentence;
    const next = doc.sentences[first.index + 1];
    if (!next || (next.paragraph !== first.paragraph && first.index > 1)) continue;
    const others = eventSentences.get(next.index);
    if (others && [...others].some((x) => x !== e)) continue;
    const best = mostSpecific(placesIn(places, next.start, next.end).filter((p) => !p.reportedFrom && p.rank < 6));
    if (!best) continue;
    move(event, best.name, best.key, [...best.forms, ...best.parents], best.rank === 6 ? best.name : (best.country ?? event.country));
  }
}
