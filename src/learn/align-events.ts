import type { EventEntry } from '../eval/answer-key.ts';
import type { NameIndex } from '../eval/names.ts';
import { matchEvents } from '../eval/score-events.ts';

/** The scorer's event matching as a map from each matched prediction to its gold event. */
export function alignEvents(gold: readonly EventEntry[], pred: readonly EventEntry[], goldPlaces: NameIndex,
  predPlaces: NameIndex): Map<number, number> {
  return new Map(matchEvents(gold, pred, goldPlaces, predPlaces).map((c) => [c.pred, c.gold]));
}
