import type { EventEntry } from '../eval/answer-key.ts';
import { greedyMatch, type Candidate } from '../eval/greedy.ts';
import { keysMatch, type NameIndex } from '../eval/names.ts';
import { coarseType, sameFigure } from '../eval/score-events.ts';

/**
 * The scorer's event matching (src/eval/score-events.ts: same coarse type, the predicted place on the
 * gold place or one of its alternatives, greedy by score), returning which prediction matched which
 * gold event. scoreEvents reports only counts, so its candidate rule is repeated here; the training
 * script checks on every article that both give the same number of matches.
 */
export function alignEvents(gold: readonly EventEntry[], pred: readonly EventEntry[], goldPlaces: NameIndex,
  predPlaces: NameIndex): Map<number, number> {
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
  return new Map(greedyMatch(candidates).map((c) => [c.pred, c.gold]));
}
