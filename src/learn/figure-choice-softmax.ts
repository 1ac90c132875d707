import type { ChoiceModel } from '../extract/events/figure-choice-apply.ts';
import type { Features } from '../extract/events/logistic.ts';

/** One choice: its candidates' features and the index of the right one. */
export interface ChoiceExample {
  candidates: Features[];
  right: number;
}

/**
 * L2-regularised conditional logit (a softmax over each choice's candidates), fitted by Nesterov-
 * accelerated gradient descent from zero: deterministic. It learns to rank the candidates of one choice
 * against each other, where a per-candidate logistic regression scores every candidate alone. No bias:
 * a constant shared by all candidates cancels out.
 */
export function trainChoiceSoftmax(examples: readonly ChoiceExample[], lambda: number, iterations = 1500): ChoiceModel {
  const names = [...new Set(examples.flatMap((e) => e.candidates.flatMap((c) => [...c.keys()])))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const d = names.length;
  const rows = examples.map((e) => ({
    right: e.right,
    cands: e.candidates.map((c) => ({ idx: [...c.keys()].map((n) => index.get(n)!), val: [...c.values()] })),
  }));
  let maxNorm = 1;
  for (const r of rows) for (const c of r.cands) maxNorm = Math.max(maxNorm, c.val.reduce((s, v) => s + v * v, 0));
  // the Hessian of each choice's loss is a covariance of its candidates: bounded by 2 * max squared norm
  const step = 1 / (2 * maxNorm * rows.length + lambda);
  let w = new Float64Array(d);
  let prev = new Float64Array(d);
  for (let it = 1; it <= iterations; it++) {
    const momentum = (it - 1) / (it + 2);
    const look = w.map((v, j) => v + momentum * (v - prev[j]!));
    const grad = look.map((v) => lambda * v);
    for (const r of rows) {
      const z = r.cands.map((c) => c.idx.reduce((s, j, k) => s + look[j]! * c.val[k]!, 0));
      const top = Math.max(...z);
      const e = z.map((v) => Math.exp(v - top));
      const sum = e.reduce((s, v) => s + v, 0);
      r.cands.forEach((c, i) => {
        const g = e[i]! / sum - (i === r.right ? 1 : 0);
        if (g !== 0) c.idx.forEach((j, k) => (grad[j]! += g * c.val[k]!));
      });
    }
    prev = w;
    w = look.map((v, j) => v - step * grad[j]!);
  }
  const weights: Record<string, number> = {};
  names.forEach((n, i) => (weights[n] = Number(w[i]!.toPrecision(6))));
  return { bias: 0, weights };
}
