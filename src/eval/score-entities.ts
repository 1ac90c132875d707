import type { NamedEntry } from './answer-key.ts';
import { greedyMatch, type Candidate } from './greedy.ts';
import { prf, type Prf } from './metrics.ts';
import { entityKeys, keysMatch, sameName } from './names.ts';

/** What did not match, by name, for reading the misses of one article. */
export interface Misses {
  missed: string[];
  spurious: string[];
}

/**
 * People, organizations or places of one article: a prediction matches a gold entry when their names
 * match (fixtures/README.md). Pairs whose full names fold equal are preferred over pairs that meet only
 * through an alias, so "Abdullah" the king is not taken by "Abdullah" the minister's alias first.
 */
export function scoreEntities(gold: readonly NamedEntry[], pred: readonly NamedEntry[]): Prf & Misses {
  const goldKeys = gold.map(entityKeys);
  const predKeys = pred.map(entityKeys);
  const candidates: Candidate[] = [];
  gold.forEach((g, gi) => {
    pred.forEach((p, pi) => {
      const gk = goldKeys[gi];
      const pk = predKeys[pi];
      if (gk && pk && keysMatch(gk, pk))
        candidates.push({ gold: gi, pred: pi, score: sameName(g, p) ? 2 : 1 });
    });
  });
  const pairs = greedyMatch(candidates);
  const goldHit = new Set(pairs.map((c) => c.gold));
  const predHit = new Set(pairs.map((c) => c.pred));
  return {
    ...prf(gold.length, pred.length, pairs.length),
    missed: gold.filter((_, i) => !goldHit.has(i)).map((e) => e.name),
    spurious: pred.filter((_, i) => !predHit.has(i)).map((e) => e.name),
  };
}
