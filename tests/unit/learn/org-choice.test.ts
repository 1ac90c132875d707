import { describe, expect, it } from 'vitest';
import { orgF1, type OrgArticle, orgTotals } from '../../../src/learn/org-choice-candidates.ts';
import { trainLogistic, type Example } from '../../../src/learn/logistic-train.ts';
import { probability } from '../../../src/extract/events/logistic.ts';

// Made-up articles: two listed organizations each, one of them not in the answer key.
const article = (id: string): OrgArticle => ({
  id,
  gold: [{ name: 'Norland Defence League', aliases: ['NDL'] }],
  orgs: [
    { name: 'Norland Defence League', aliases: [] },
    { name: 'Norland army', aliases: [] },
  ],
  features: [new Map([['head:armed_group', 1]]), new Map([['shape:lower-head', 1]])],
  labels: [1, 0],
  extra: [],
  extraLabels: [],
});

describe('organisation choice: training helpers', () => {
  it('scores the kept organizations again with the scorer: dropping the spurious one lifts precision', () => {
    const as = [article('a'), article('b')];
    const all = orgTotals(as, () => true);
    expect(all).toEqual({ gold: 2, predicted: 4, matched: 2 });
    const kept = orgTotals(as, (_, i) => i === 0);
    expect(kept).toEqual({ gold: 2, predicted: 2, matched: 2 });
    expect(orgF1(kept)).toBeGreaterThan(orgF1(all));
  });

  it('fits a model that keeps the matched form and drops the generic one on the made-up examples', () => {
    const examples: Example[] = [article('a'), article('b'), article('c')].flatMap((a) =>
      a.features.map((features, i) => ({ features, label: a.labels[i]! })),
    );
    const model = trainLogistic(examples, 0.1);
    expect(probability(model, new Map([['head:armed_group', 1]]))).toBeGreaterThan(0.5);
    expect(probability(model, new Map([['shape:lower-head', 1]]))).toBeLessThan(0.5);
  });
});
