import type { Features } from '../extract/events/logistic.ts';
import { solve } from './logistic-train.ts';

/** One choice: the candidates' features and which of them are right (at least one). */
export interface ChoiceGroup {
  features: readonly Features[];
  labels: ReadonlyArray<0 | 1>;
}

/**
 * Conditional logit (a softmax over each choice's candidates: a statement's possible speakers, an event's
 * possible figures) with an L2 penalty, fitted by Newton steps on the Fisher information. It ranks the
 * candidates of one choice against each other, where a per-candidate logistic regression scores each
 * alone. Several candidates may be right (a name and its alias), so the loss is -log of the probability
 * of all right ones together. The problem is strictly convex: any solver reaches the same weights. Deterministic: features in sorted name
 * order, start from zero. No bias: a constant shared by the candidates cancels in a softmax.
 */
export function trainChoiceSoftmax(groups: readonly ChoiceGroup[], lambda: number, iterations = 40): { bias: number; weights: Record<string, number> } {
  const names = [...new Set(groups.flatMap((g) => g.features.flatMap((f) => [...f.keys()])))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const d = names.length;
  const rows = groups.map((g) => ({
    x: g.features.map((f) => {
      const v = new Float64Array(d);
      for (const [n, value] of f) v[index.get(n)!] = value;
      return v;
    }),
    y: g.labels,
  }));
  const w = new Float64Array(d);
  for (let it = 0; it < iterations; it++) {
    const grad = new Float64Array(d);
    const hess = Array.from({ length: d }, () => new Float64Array(d));
    for (const { x, y } of rows) addGroup(x, y, w, grad, hess);
    for (let j = 0; j < d; j++) {
      grad[j]! += lambda * w[j]!;
      hess[j]![j]! += lambda;
    }
    const step = solve(hess, grad);
    let size = 0;
    for (let j = 0; j < d; j++) {
      w[j]! -= step[j]!;
      size = Math.max(size, Math.abs(step[j]!));
    }
    if (size < 1e-8) break;
  }
  const weights: Record<string, number> = {};
  names.forEach((n, j) => {
    weights[n] = Number(w[j]!.toPrecision(6));
  });
  return { bias: 0, weights };
}

/** Adds one group's gradient (E_p[x] - E_right[x]) and Fisher information (Cov_p[x]). */
function addGroup(x: readonly Float64Array[], y: ReadonlyArray<0 | 1>, w: Float64Array, grad: Float64Array, hess: Float64Array[]): void {
  const d = w.length;
  const z = x.map((v) => v.reduce((s, value, j) => s + value * w[j]!, 0));
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const total = e.reduce((a, b) => a + b, 0);
  const right = e.reduce((a, v, i) => a + (y[i] ? v : 0), 0);
  const mean = new Float64Array(d);
  x.forEach((v, i) => {
    const p = e[i]! / total;
    const q = y[i] ? e[i]! / right : 0;
    for (let j = 0; j < d; j++) {
      mean[j]! += p * v[j]!;
      grad[j]! += (p - q) * v[j]!;
    }
  });
  x.forEach((v, i) => {
    const p = e[i]! / total;
    for (let j = 0; j < d; j++) {
      const a = v[j]! - mean[j]!;
      if (a === 0) continue;
      for (let k = 0; k < d; k++) hess[j]![k]! += p * a * (v[k]! - mean[k]!);
    }
  });
}
