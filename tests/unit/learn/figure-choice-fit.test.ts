import { describe, expect, it } from 'vitest';
import { asFitted, chooser, countSlot, fitSlot } from '../../../src/learn/figure-choice-fit.ts';
import { trainChoiceSoftmax } from '../../../src/learn/choice-softmax.ts';
import type { ArticleChoices, SlotChoice } from '../../../src/learn/figure-choice-data.ts';

// made-up choices: the right candidate carries "near" most of the time, a wrong one carries "far"
function choice(i: number): SlotChoice {
  const rightFirst = i % 3 === 0;
  const noisy = i % 7 === 0;
  const right = new Map([[noisy ? 'far' : 'near', 1]]);
  const wrong = new Map([[noisy ? 'near' : 'far', 1]]);
  return { features: rightFirst ? [right, wrong] : [wrong, right], labels: rightFirst ? [1, 0] : [0, 1], rule: 0 };
}
const articles: ArticleChoices[] = Array.from({ length: 10 }, (_, a) => ({
  id: `a${a}`,
  events: Array.from({ length: 6 }, (_, e) => {
    const c = choice(a * 6 + e);
    return { killed: c, injured: c, date: c };
  }),
}));

const loss = (w: Record<string, number>): number => articles.flatMap((a) => a.events).reduce((sum, e) => {
  const z = e.killed.features.map((f) => [...f].reduce((s, [n, v]) => s + (w[n] ?? 0) * v, 0));
  const norm = Math.log(z.reduce((s, v) => s + Math.exp(v), 0));
  return sum + norm - z[e.killed.labels.indexOf(1)]!;
}, 0);

describe('figure choice training', () => {
  it('the per-candidate logistic fit learns which cue marks the right candidate', () => {
    const model = fitSlot(articles, 'killed', 1, () => true);
    expect(model.weights.near!).toBeGreaterThan(model.weights.far!);
    const t = countSlot(articles, 'killed', chooser(model, () => true));
    expect(t.model).toBeGreaterThan(t.rules);
  });

  it('the softmax fit lowers the choice loss below the untrained model', () => {
    const model = trainChoiceSoftmax(articles.flatMap((a) => a.events.map((e) => ({ features: e.killed.features, labels: e.killed.labels }))), 1);
    expect(loss(model.weights)).toBeLessThan(loss({}));
  });

  it('a margin keeps the rules\' pick unless the model beats it by that much', () => {
    const model = { bias: 0, weights: { near: 1, far: 0 } };
    const c = choice(1); // rules pick candidate 0 ("far"), the right one is 1 ("near")
    expect(chooser(model, () => true, 0)(c)).toBe(1);
    expect(chooser(model, () => true, 2)(c)).toBe(0);
  });

  it('renames the rules\' feature of articles the rules were written on', () => {
    const a: ArticleChoices = { id: 'x', events: [{ killed: { features: [new Map([['rule', 1]])], labels: [1], rule: 0 }, injured: choice(0), date: choice(0) }] };
    expect([...asFitted(a).events[0]!.killed.features[0]!.keys()]).toEqual(['ruleFitted']);
  });
});
