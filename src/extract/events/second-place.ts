import type { Doc } from '../doc.ts';
import { findDateMentions } from '../dates.ts';
import type { Figure, Group } from './groups.ts';
import { saidOn } from './groups.ts';
import type { PlaceHit } from './places.ts';
import type { WorkingEvent } from './working-event.ts';

// "Two more villagers were killed in Y", "a farmer died in the town of Y": the toll is told
// with a place of its own; a total ("so far", "since", "in all") or a comparison is no new incident
const NOT_AN_INCIDENT = /\b(?:since|so\s+far|in\s+all|in\s+total|altogether|this\s+year|last\s+year|(?:past|last)\s+(?:\d+|few|several|two|three)\s+(?:days|weeks|months|years)|(?:days|weeks|months|years)\s+of|earlier\s+this|toll|bodies)\b/i;

/**
 * A sentence that names no event but tells a toll at another place than the event just reported ("Gunmen
 * attacked a market in X, killing five. Two more villagers were killed in Y.") reports the same kind
 * of event at that place: the group it would have been, with the host's kind and the sentence's own day.
 * resolve.ts also asks for it when the toll is told at the host's place on another day ("Another 40 died
 * there on Tuesday" after Wednesday's strike).
 * Null when the sentence reads as a running total or its figure is only part of another.
 */
export function secondPlaceGroup(doc: Doc, f: Figure, host: WorkingEvent, here: readonly PlaceHit[]): Group | null {
  const s = doc.sentences[f.sentenceIndex];
  if (!s || f.subset || f.implicit || (f.kind !== 'killed' && f.kind !== 'injured')) return null;
  if (NOT_AN_INCIDENT.test(s.text)) return null;
  const dates = findDateMentions(s.text, doc.article.published).map((d) => ({ ...d, start: d.start + s.start, end: d.end + s.start }));
  // a month or a year away from the host's day is background, not the same day's news
  if (dates.some((d) => d.kind !== 'day')) return null;
  const own = dates.filter((d) => d.kind === 'day' && !saidOn(doc.text, d.start));
  return {
    sentence: s, start: s.start, end: s.end, triggers: [], family: host.family, type: host.type,
    weak: host.weak, anaphoric: false, referOnly: false, newMarker: false, umbrella: false, multiPlace: false,
    generic: false, plural: false, specific: true, places: [...here],
    date: own[0] ?? null, saidDate: dates.find((d) => d.kind === 'day' && !own.includes(d)) ?? null, dates: own,
    figures: [f],
  };
}
