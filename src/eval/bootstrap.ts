import { totalScores, type Scores } from './score.ts';
import { checkTargets, type TARGETS } from './targets.ts';

export type MetricName = keyof typeof TARGETS;

/** A target metric's total with the interval that resampling the articles gives it. */
export interface MetricInterval {
  name: MetricName;
  value: number | null;
  low: number | null;
  high: number | null;
}

export interface BootstrapOptions {
  /** Resamples drawn; 2,000 keeps a 95 % interval's ends stable to about 0.005. */
  samples?: number;
  /** Central coverage, 0.95 for a 95 % interval. */
  level?: number;
  /** Fixed by default so that the same report always prints the same interval. */
  seed?: number;
}

/**
 * mulberry32: a small seeded generator, so intervals are reproducible (Math.random is not seedable).
 * Quality is ample for resampling indices.
 */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function percentile(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
  return sorted[i]!;
}

function metricValues(s: Scores): Map<MetricName, number | null> {
  return new Map(checkTargets(s).map((c) => [c.name, c.value]));
}

/**
 * Percentile intervals over `samples` resamples of articles, and of paired articles when a baseline is
 * given. Articles, not items, are resampled: items of one article (its events, its quotes) are not
 * independent, and a different set of articles is what a fresh test set is. With `baseline` (the same
 * articles scored by another extractor, in the same order) the intervals are those of the difference
 * current minus baseline, which is far narrower than either interval alone because the same hard
 * articles are hard for both.
 */
export function bootstrapIntervals(
  rows: readonly Scores[],
  options: BootstrapOptions = {},
  baseline?: readonly Scores[],
): MetricInterval[] {
  if (baseline && baseline.length !== rows.length)
    throw new RangeError(`baseline has ${baseline.length} articles, the report ${rows.length}`);
  const samples = options.samples ?? 2000;
  const level = options.level ?? 0.95;
  const random = generator(options.seed ?? 20160222);
  const point = difference(metricValues(totalScores(rows)), baseline && metricValues(totalScores(baseline)));
  const draws = new Map<MetricName, number[]>([...point.keys()].map((k) => [k, []]));
  const pickedRows: Scores[] = [];
  const pickedBase: Scores[] = [];
  for (let s = 0; s < samples; s++) {
    pickedRows.length = 0;
    pickedBase.length = 0;
    for (let i = 0; i < rows.length; i++) {
      const j = Math.floor(random() * rows.length);
      pickedRows.push(rows[j]!);
      if (baseline) pickedBase.push(baseline[j]!);
    }
    const values = difference(metricValues(totalScores(pickedRows)), baseline && metricValues(totalScores(pickedBase)));
    for (const [name, v] of values) if (v !== null) draws.get(name)!.push(v);
  }
  const tail = (1 - level) / 2;
  return [...point].map(([name, value]) => {
    const sorted = draws.get(name)!.sort((a, b) => a - b);
    return { name, value, low: percentile(sorted, tail), high: percentile(sorted, 1 - tail) };
  });
}

function difference(
  current: Map<MetricName, number | null>,
  baseline: Map<MetricName, number | null> | undefined,
): Map<MetricName, number | null> {
  if (!baseline) return current;
  const out = new Map<MetricName, number | null>();
  for (const [name, v] of current) {
    const b = baseline.get(name) ?? null;
    out.set(name, v === null || b === null ? null : v - b);
  }
  return out;
}
