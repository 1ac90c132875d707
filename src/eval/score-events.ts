import type { EventEntry, FigureRange } from './answer-key.ts';
import { greedyMatch, type Candidate } from './greedy.ts';
import { prf, ratio, type Prf, type Ratio } from './metrics.ts';
import { keysMatch, type NameIndex } from './names.ts';
import type { Misses } from './score-entities.ts';

const BOMBING_FAMILY = new Set(['BOMBING', 'SUICIDE_BOMBING', 'CAR_BOMBING', 'IED']);

/** The scoring type: the bombing family is one coarse type, every other type is its own. */
export function coarseType(type: string): string {
  const t = type.trim().toUpperCase();
  return BOMBING_FAMILY.has(t) ? 'BOMBING' : t;
}

/** Exactly right: both absent, or both present with equal min and max. */
export function sameFigure(a: FigureRange, b: FigureRange): boolean {
  if (a === null || b === null) return a === b;
  return a.min === b.min && a.max === b.max;
}

export interface EventScore extends Prf, Misses {
  /** Over matched pairs: share with the killed figure, the injured figure and the date exactly right. */
  killed: Ratio;
  injured: Ratio;
  date: Ratio;
}

/**
 * The matched pairs of one article's events. Match: same coarse type, and the predicted place matches
 * the gold `place` or one of its `placeAlternatives` (names widened through each side's places'
 * aliases). Greedy one-to-one; a match on the gold `place` itself beats one on an alternative, and
 * among equals the pair that agrees on the date, then on the killed figure, goes first, so that two
 * same-type events at one place pair up with their own figures.
 */
export function matchEvents(
  gold: readonly EventEntry[],
  pred: readonly EventEntry[],
  goldPlaces: NameIndex,
  predPlaces: NameIndex,
): Candidate[] {
  const candidates: Candidate[] = [];
  gold.forEach((g, gi) => {
    const main = goldPlaces.keys(g.place);
    const alternatives = g.placeAlternatives.map((p) => goldPlaces.keys(p));
    pred.forEach((p, pi) => {
      if (coarseType(g.type) !== coarseType(p.type)) return;
      const where = predPlaces.keys(p.place);
      const onMain = keysMatch(main, where);
      if (!onMain && !alternatives.some((alt) => keysMatch(alt, where))) return;
      const score = (onMain ? 4 : 0) + (g.date === p.date ? 2 : 0) + (sameFigure(g.killed, p.killed) ? 1 : 0);
      candidates.push({ gold: gi, pred: pi, score });
    });
  });
  return greedyMatch(candidates);
}

/** Events of one article, matched by matchEvents: P/R/F1, the shares right over matched pairs, misses. */
export function scoreEvents(
  gold: readonly EventEntry[],
  pred: readonly EventEntry[],
  goldPlaces: NameIndex,
  predPlaces: NameIndex,
): EventScore {
  const pairs = matchEvents(gold, pred, goldPlaces, predPlaces);
  const goldHit = new Set(pairs.map((c) => c.gold));
  const predHit = new Set(pairs.map((c) => c.pred));
  const count = (right: (g: EventEntry, p: EventEntry) => boolean): Ratio =>
    ratio(
      pairs.filter((c) => right(gold[c.gold] as EventEntry, pred[c.pred] as EventEntry)).length,
      pairs.length,
    );
  const label = (e: EventEntry): string =>
    `${e.type} at ${e.place ?? '(no place)'} on ${e.date ?? '(no date)'}`;
  return {
    ...prf(gold.length, pred.length, pairs.length),
    killed: count((g, p) => sameFigure(g.killed, p.killed)),
    injured: count((g, p) => sameFigure(g.injured, p.injured)),
    date: count((g, p) => g.date === p.date),
    missed: gold.filter((_, i) => !goldHit.has(i)).map(label),
    spurious: pred.filter((_, i) => !predHit.has(i)).map(label),
  };
}
