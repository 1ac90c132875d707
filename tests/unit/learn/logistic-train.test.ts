import { describe, expect, it } from 'vitest';
import { logit, probability, sigmoid } from '../../../src/extract/events/logistic.ts';
import { solve, trainLogistic, type Example } from '../../../src/learn/logistic-train.ts';

// Made-up data only: a toy problem separable by one feature, with a distractor.
const toy = (n: number): Example[] =>
  Array.from({ length: n }, (_, i) => {
    const label = (i % 3 === 0 ? 1 : 0) as 0 | 1;
    const features = new Map<string, number>([[label ? 'good' : 'bad', 1], ['noise', (i * 7) % 5 / 5]]);
    return { features, label };
  });

/** Many rare features (more than the Newton path takes) beside the one that decides. */
const wide = (n: number): Example[] =>
  Array.from({ length: n }, (_, i) => {
    const label = (i % 2) as 0 | 1;
    const features = new Map<string, number>([[label ? 'yes' : 'no', 1]]);
    for (let k = 0; k < 400; k++) if ((i * 7 + k) % 13 === 0) features.set(`rare${k}`, 0.5);
    return { features, label };
  });

describe('logistic regression: inference', () => {
  it('adds the bias and the weights of the features present, ignoring unknown names', () => {
    const model = { bias: -1, weights: { a: 2, b: -0.5 } };
    expect(logit(model, new Map([['a', 1], ['b', 2], ['unseen', 9]]))).toBeCloseTo(0);
    expect(probability(model, new Map([['a', 1], ['b', 2]]))).toBeCloseTo(0.5);
  });

  it('computes the sigmoid without overflow at both ends', () => {
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(0)).toBe(0.5);
  });
});

describe('logistic regression: training', () => {
  it('learns a separable toy problem: the deciding feature gets the large weights', () => {
    const model = trainLogistic(toy(60), 0.1);
    expect(model.weights.good).toBeGreaterThan(2);
    expect(model.weights.bad).toBeLessThan(-2);
    expect(Math.abs(model.weights.noise!)).toBeLessThan(1);
    for (const e of toy(60)) expect(probability(model, e.features) >= 0.5 ? 1 : 0).toBe(e.label);
  });

  it('shrinks the weights as the L2 penalty grows', () => {
    const weak = trainLogistic(toy(60), 0.1);
    const strong = trainLogistic(toy(60), 30);
    expect(Math.abs(strong.weights.good!)).toBeLessThan(Math.abs(weak.weights.good!));
  });

  it('gives the same weights on every run (deterministic)', () => {
    expect(JSON.stringify(trainLogistic(toy(45), 1))).toBe(JSON.stringify(trainLogistic(toy(45), 1)));
    expect(JSON.stringify(trainLogistic(wide(40), 1))).toBe(JSON.stringify(trainLogistic(wide(40), 1)));
  });

  it('learns the toy problem with many features too (the gradient path)', () => {
    const model = trainLogistic(wide(40), 0.1);
    expect(Object.keys(model.weights).length).toBeGreaterThan(300);
    for (const e of wide(40)) expect(probability(model, e.features) >= 0.5 ? 1 : 0).toBe(e.label);
  });

  it('puts the prior in the bias when no feature helps', () => {
    const examples: Example[] = Array.from({ length: 40 }, (_, i) => ({ features: new Map([['same', 1]]), label: (i < 30 ? 1 : 0) as 0 | 1 }));
    const model = trainLogistic(examples, 1);
    expect(probability(model, new Map([['same', 1]]))).toBeCloseTo(0.75, 2);
  });
});

describe('solve', () => {
  it('solves a small linear system that needs a row swap', () => {
    const x = solve([Float64Array.from([0, 2]), Float64Array.from([3, 1])], Float64Array.from([4, 5]));
    expect(x[0]).toBeCloseTo(1);
    expect(x[1]).toBeCloseTo(2);
  });
});
