import type { Doc } from '../doc.ts';
import type { Resources } from '../pipeline.ts';
import { typeByTarget } from './attack-target.ts';
import { useArticleCountryNames } from './country-names.ts';
import { placeCeasefires } from './ceasefire-place.ts';
import { datesFromSequence } from './day-after.ts';
import { finalize } from './finalize.ts';
import { dropBackgroundFighting } from './background-fighting.ts';
import { typeByBomber } from './forces-bombed.ts';
import { datesFromLead } from './lead-date.ts';
import { datesFromBackReference } from './back-reference-day.ts';
import { datesFromRelations } from './relative-day.ts';
import { findGroups } from './groups.ts';
import { PlaceRelations } from './place-relations.ts';
import { mergeIntoAbductions } from './abduction-merge.ts';
import { mergeIntoProtests } from './protest-merge.ts';
import { collectPlaces, placesIn } from './places.ts';
import { refinePlaces } from './place-names.ts';
import { placeFromNextSentence } from './next-sentence-place.ts';
import { preferEventPlace } from './speaker-place.ts';
import { EventResolver } from './resolve.ts';
import { linkStatements } from './statement-links.ts';
import { candidatesOf, type EventCandidate } from './candidate.ts';
import type { WorkingEvent } from './working-event.ts';
import { applyKeepModel } from './keep-layer.ts';
import { applyFigureChoice } from './figure-choice-apply.ts';

/**
 * Component `events`: events (one per distinct attack or development at one place and time), their
 * casualty figures with sources, responsibility, and the links from statements to the events they are
 * about. Reads sentences, places and statements; writes doc.events, doc.casualties, statement.eventKeys.
 */
export function findEvents(doc: Doc, resources: Resources): void {
  const keys = findRuleEvents(doc, resources);
  // the learned layer re-decides which rule events to keep; without the resource the rules stand alone
  // and the candidates are never built (the layer is off by default: no cost on the hot path)
  if (resources.eventModel) applyKeepModel(doc, candidatesOf(doc, keys), resources.eventModel);
  // last: the learned choice of each final event's killed/injured figure and date (round 6)
  if (resources.figureModel) applyFigureChoice(doc, resources.figureModel);
}

/** The rule events (written to the doc as findEvents without a model writes them), with what the rules
 * knew about each: the candidates the learned layer and its training read. */
export function findCandidateEvents(doc: Doc, resources: Resources): EventCandidate[] {
  return candidatesOf(doc, findRuleEvents(doc, resources));
}

/** The rules: writes doc.events, doc.casualties and statement links; returns each working event's key. */
function findRuleEvents(doc: Doc, resources: Resources): ReadonlyMap<WorkingEvent, string> {
  const places = refinePlaces(doc.text, resources, collectPlaces(doc, resources));
  const { groups, orphans } = findGroups(doc, places);
  // places listed together in a total ("bombings in X and Y") are separate places, not one inside the other
  const relations = new PlaceRelations(groups.filter((g) => !g.umbrella && !g.multiPlace).map((g) => g.places), doc.text);
  const resolver = new EventResolver(doc, relations);
  const placesOf = (i: number) => {
    const s = doc.sentences[i];
    return s ? placesIn(places, s.start, s.end) : [];
  };
  let o = 0;
  for (const g of groups) {
    while (o < orphans.length && orphans[o]!.sentenceIndex < g.sentence.index) resolver.attachOrphan(orphans[o]!, placesOf(orphans[o++]!.sentenceIndex));
    resolver.add(g);
  }
  while (o < orphans.length) resolver.attachOrphan(orphans[o]!, placesOf(orphans[o++]!.sentenceIndex));
  dropBackgroundFighting(doc, resolver.events);
  datesFromSequence(resolver.events, doc.article.published);
  datesFromBackReference(doc, resolver.events);
  datesFromLead(doc, resolver.events);
  datesFromRelations(doc, resolver.events);
  for (const e of resolver.events) typeByTarget(doc, e);
  for (const e of resolver.events) typeByBomber(doc, e);
  for (const e of resolver.events) preferEventPlace(doc.text, e);
  mergeIntoProtests(doc, resolver.events);
  mergeIntoAbductions(resolver.events);
  const keys = finalize(doc, resources, resolver.events, places, relations);
  placeCeasefires(doc, resolver.events, keys, places);
  placeFromNextSentence(doc, resolver.events, keys, places);
  useArticleCountryNames(doc);
  linkStatements(doc, keys);
  return keys;
}
