import type { ArticleCandidates } from './event-candidates.ts';
import { scoreKept } from './event-candidates.ts';
import { probability } from '../extract/events/logistic.ts';
import { trainLogistic, type Example } from './logistic-train.ts';

/** Event figures added over articles (micro), as the eval table counts them. */
export interface EventTotals {
  gold: number;
  predicted: number;
  matched: number;
  killed: number;
  injured: number;
  date: number;
}

export const f1 = (t: EventTotals): number => (t.gold + t.predicted > 0 ? (2 * t.matched) / (t.gold + t.predicted) : 0);

/** The fold of an article: a hash of its id, so folds do not follow the id order (source, year). */
export function foldOf(id: string, k: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h % k;
}

export function examplesOf(articles: readonly ArticleCandidates[]): Example[] {
  return articles.flatMap((a) => a.features.map((features, i) => ({ features, label: a.labels[i]! })));
}

/** Totals over the articles when candidate i of article a is kept iff keep(a, i). */
export function totalsOf(articles: readonly ArticleCandidates[], keep: (a: ArticleCandidates, i: number) => boolean): EventTotals {
  const t: EventTotals = { gold: 0, predicted: 0, matched: 0, killed: 0, injured: 0, date: 0 };
  for (const a of articles) {
    const s = scoreKept(a, (i) => keep(a, i));
    t.gold += s.gold;
    t.predicted += s.predicted;
    t.matched += s.matched;
    t.killed += s.killed.right;
    t.injured += s.injured.right;
    t.date += s.date.right;
  }
  return t;
}

/** Held-out keep probabilities: each article's from a model trained on the other folds. */
export function heldOutProbabilities(articles: readonly ArticleCandidates[], k: number, lambda: number): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (let fold = 0; fold < k; fold++) {
    const train = articles.filter((a) => foldOf(a.id, k) !== fold);
    const model = trainLogistic(examplesOf(train), lambda);
    for (const a of articles.filter((x) => foldOf(x.id, k) === fold)) out.set(a.id, a.features.map((f) => probability(model, f)));
  }
  return out;
}

export interface Setting {
  lambda: number;
  threshold: number;
  /** Mean over folds of the events F1 with the layer. */
  meanF1: number;
}

/** The (lambda, threshold) with the best mean-over-folds events F1; ties go to the milder setting. */
export function chooseSetting(articles: readonly ArticleCandidates[], k: number, lambdas: readonly number[],
  thresholds: readonly number[]): Setting {
  let best: Setting | null = null;
  for (const lambda of lambdas) {
    const p = heldOutProbabilities(articles, k, lambda);
    for (const threshold of thresholds) {
      const meanF1 = meanOverFolds(articles, k, (a, i) => p.get(a.id)![i]! >= threshold);
      if (!best || meanF1 > best.meanF1 + 1e-9) best = { lambda, threshold, meanF1 };
    }
  }
  return best!;
}

export function meanOverFolds(articles: readonly ArticleCandidates[], k: number, keep: (a: ArticleCandidates, i: number) => boolean): number {
  let sum = 0;
  for (let fold = 0; fold < k; fold++) sum += f1(totalsOf(articles.filter((a) => foldOf(a.id, k) === fold), keep));
  return sum / k;
}

/** Area under the ROC curve: the chance a matched event scores above a spurious one (ties count half). */
export function auc(scores: readonly number[], labels: ReadonlyArray<0 | 1>): number {
  let pairs = 0;
  let wins = 0;
  scores.forEach((p, i) => {
    if (labels[i] !== 1) return;
    scores.forEach((q, j) => {
      if (labels[j] !== 0) return;
      pairs++;
      wins += p > q ? 1 : p === q ? 0.5 : 0;
    });
  });
  return pairs === 0 ? 0.5 : wins / pairs;
}
