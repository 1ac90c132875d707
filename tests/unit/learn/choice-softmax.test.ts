import { describe, expect, it } from 'vitest';
import { logit } from '../../../src/extract/events/logistic.ts';
import { trainChoiceSoftmax, type ChoiceGroup } from '../../../src/learn/choice-softmax.ts';

/** Mean -log probability of the right candidates under weights w. */
function loss(groups: readonly ChoiceGroup[], model: { bias: number; weights: Record<string, number> }): number {
  let total = 0;
  for (const g of groups) {
    const e = g.features.map((f) => Math.exp(logit(model, f)));
    const all = e.reduce((a, b) => a + b, 0);
    const right = e.reduce((a, v, i) => a + (g.labels[i] ? v : 0), 0);
    total -= Math.log(right / all);
  }
  return total / groups.length;
}

describe('trainChoiceSoftmax', () => {
  // made-up choices: the right candidate is mostly the one "near" a verb, sometimes the "first" one
  const groups: ChoiceGroup[] = Array.from({ length: 30 }, (_, i) => ({
    features: [new Map([['first', 1]]), new Map([['near', 1]]), new Map([['far', 1]])],
    labels: i % 5 === 0 ? [1, 0, 0] : [0, 1, 0],
  }));

  it('lowers the training loss from the zero start and ranks the usual right candidate first', () => {
    const model = trainChoiceSoftmax(groups, 0.1);
    expect(loss(groups, model)).toBeLessThan(loss(groups, { bias: 0, weights: {} }));
    expect(model.weights.near!).toBeGreaterThan(model.weights.first!);
    expect(model.weights.first!).toBeGreaterThan(model.weights.far!);
  });

  it('shrinks the weights under a stronger penalty and gives the same weights on a second run', () => {
    const mild = trainChoiceSoftmax(groups, 0.1);
    const strong = trainChoiceSoftmax(groups, 100);
    expect(Math.abs(strong.weights.near!)).toBeLessThan(Math.abs(mild.weights.near!));
    expect(trainChoiceSoftmax(groups, 0.1)).toEqual(mild);
  });
});
