import { sigmoid, type EventKeepModel, type Features } from '../extract/events/logistic.ts';

/** One training example: sparse named features and a 0/1 label. */
export interface Example {
  features: Features;
  label: 0 | 1;
}

/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least squares):
 * a few dozen features and a few hundred examples, so the exact Hessian is cheap, and the fit is
 * deterministic (no random start, no sampling; features in sorted name order). The bias is not
 * penalised. Returns the weights; the threshold is chosen elsewhere (cross-validation).
 */
export function trainLogistic(examples: readonly Example[], lambda: number, iterations = 50): Omit<EventKeepModel, 'threshold'> {
  const names = [...new Set(examples.flatMap((e) => [...e.features.keys()]))].sort();
  const index = new Map(names.map((n, i) => [n, i + 1]));
  const d = names.length + 1;
  // a bag of words has thousands of features: the d x d Hessian would cost too much, gradient steps do not
  if (d > NEWTON_LIMIT) return named(names, gradientFit(examples, index, d, lambda));
  const rows = examples.map((e) => {
    const x = new Float64Array(d);
    x[0] = 1;
    for (const [n, v] of e.features) x[index.get(n)!] = v;
    return x;
  });
  const w = new Float64Array(d);
  for (let it = 0; it < iterations; it++) {
    const grad = new Float64Array(d);
    const hess = Array.from({ length: d }, () => new Float64Array(d));
    rows.forEach((x, r) => {
      let z = 0;
      for (let j = 0; j < d; j++) z += w[j]! * x[j]!;
      const p = sigmoid(z);
      const err = p - examples[r]!.label;
      const s = Math.max(p * (1 - p), 1e-10);
      for (let j = 0; j < d; j++) {
        if (x[j] === 0) continue;
        grad[j]! += err * x[j]!;
        for (let k = 0; k < d; k++) if (x[k] !== 0) hess[j]![k]! += s * x[j]! * x[k]!;
      }
    });
    for (let j = 0; j < d; j++) {
      const l = j === 0 ? 1e-6 : lambda;
      grad[j]! += l * w[j]!;
      hess[j]![j]! += l;
    }
    const step = solve(hess, grad);
    let size = 0;
    for (let j = 0; j < d; j++) {
      w[j]! -= step[j]!;
      size = Math.max(size, Math.abs(step[j]!));
    }
    if (size < 1e-10) break;
  }
  return named(names, w);
}

const NEWTON_LIMIT = 300;

function named(names: readonly string[], w: Float64Array): Omit<EventKeepModel, 'threshold'> {
  const weights: Record<string, number> = {};
  names.forEach((n, i) => {
    weights[n] = round(w[i + 1]!);
  });
  return { bias: round(w[0]!), weights };
}

/**
 * Nesterov-accelerated gradient descent on the same objective, on sparse rows, with the step 1/L from
 * the bound L = max row norm^2 * n / 4 + lambda on the Hessian: deterministic, no line search.
 */
function gradientFit(examples: readonly Example[], index: ReadonlyMap<string, number>, d: number, lambda: number,
  iterations = 3000): Float64Array {
  const rows = examples.map((e) => ({ idx: [0, ...[...e.features.keys()].map((n) => index.get(n)!)], val: [1, ...e.features.values()], y: e.label }));
  let maxNorm = 0;
  for (const r of rows) maxNorm = Math.max(maxNorm, r.val.reduce((s, v) => s + v * v, 0));
  const step = 1 / ((maxNorm * rows.length) / 4 + lambda);
  let w = new Float64Array(d);
  let prev = new Float64Array(d);
  for (let it = 1; it <= iterations; it++) {
    const momentum = (it - 1) / (it + 2);
    const look = new Float64Array(d);
    for (let j = 0; j < d; j++) look[j] = w[j]! + momentum * (w[j]! - prev[j]!);
    const grad = new Float64Array(d);
    for (const r of rows) {
      let z = 0;
      for (let k = 0; k < r.idx.length; k++) z += look[r.idx[k]!]! * r.val[k]!;
      const err = sigmoid(z) - r.y;
      for (let k = 0; k < r.idx.length; k++) grad[r.idx[k]!]! += err * r.val[k]!;
    }
    for (let j = 1; j < d; j++) grad[j]! += lambda * look[j]!;
    prev = w;
    w = new Float64Array(d);
    for (let j = 0; j < d; j++) w[j] = look[j]! - step * grad[j]!;
  }
  return w;
}

/** Six significant digits: the shipped weights file stays small and diffs stay readable. */
const round = (v: number): number => Number(v.toPrecision(6));

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
export function solve(a: readonly Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  const m = a.map((row, i) => {
    const r = new Float64Array(n + 1);
    r.set(row);
    r[n] = b[i]!;
    return r;
  });
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    const p = m[c]![c]!;
    if (p === 0) continue;
    for (let r = c + 1; r < n; r++) {
      const factor = m[r]![c]! / p;
      if (factor === 0) continue;
      for (let k = c; k <= n; k++) m[r]![k]! -= factor * m[c]![k]!;
    }
  }
  const x = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * x[k]!;
    x[r] = m[r]![r] === 0 ? 0 : s / m[r]![r]!;
  }
  return x;
}
