/** Counts behind precision, recall and F1. Values are null when there is nothing to divide by. */
export interface Prf {
  gold: number;
  predicted: number;
  matched: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** A share of pairs that are right, e.g. matched events whose killed figure is exact. */
export interface Ratio {
  right: number;
  of: number;
  value: number | null;
}

export function prf(gold: number, predicted: number, matched: number): Prf {
  return {
    gold,
    predicted,
    matched,
    precision: predicted > 0 ? matched / predicted : null,
    recall: gold > 0 ? matched / gold : null,
    // 2tp / (2tp + fp + fn) = 2tp / (predicted + gold): defined (0) even when one side is empty.
    f1: gold + predicted > 0 ? (2 * matched) / (gold + predicted) : null,
  };
}

export function ratio(right: number, of: number): Ratio {
  return { right, of, value: of > 0 ? right / of : null };
}

/** Micro-averaging: add the counts, then divide once. */
export function sumPrf(items: readonly Prf[]): Prf {
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  for (const p of items) {
    gold += p.gold;
    predicted += p.predicted;
    matched += p.matched;
  }
  return prf(gold, predicted, matched);
}

export function sumRatio(items: readonly Ratio[]): Ratio {
  let right = 0;
  let of = 0;
  for (const r of items) {
    right += r.right;
    of += r.of;
  }
  return ratio(right, of);
}
