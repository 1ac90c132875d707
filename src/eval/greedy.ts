/** A possible gold-prediction pair and how good a match it is (higher is better). */
export interface Candidate {
  gold: number;
  pred: number;
  score: number;
}

/**
 * One-to-one greedy matching: candidates are taken best score first (ties: earlier gold item, then
 * earlier prediction, so the result is deterministic) and kept when neither side is taken yet. Greedy
 * rather than optimal assignment because candidate sets here are tiny and nearly always unambiguous,
 * and a greedy rule is easy to explain in the eval table.
 */
export function greedyMatch(candidates: readonly Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.score - a.score || a.gold - b.gold || a.pred - b.pred);
  const goldTaken = new Set<number>();
  const predTaken = new Set<number>();
  const pairs: Candidate[] = [];
  for (const c of sorted) {
    if (goldTaken.has(c.gold) || predTaken.has(c.pred)) continue;
    goldTaken.add(c.gold);
    predTaken.add(c.pred);
    pairs.push(c);
  }
  return pairs;
}
