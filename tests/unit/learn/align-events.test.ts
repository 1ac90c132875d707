import { describe, expect, it } from 'vitest';
import { parseAnswerKey } from '../../../src/eval/answer-key.ts';
import { NameIndex } from '../../../src/eval/names.ts';
import { scoreEvents } from '../../../src/eval/score-events.ts';
import { alignEvents } from '../../../src/learn/align-events.ts';
import { foldOf } from '../../../src/learn/cross-validate.ts';

// Made-up answer keys: two bombings in one town on two days, a clash in a province, a truce.
const key = (events: unknown[]) => parseAnswerKey({ places: [{ name: 'Riverton', aliases: ['Riverton town'] }], events }, 'test');
const gold = key([
  { type: 'BOMBING', place: 'Riverton', date: '2020-01-02', killed: { min: 3, max: 3 } },
  { type: 'CAR_BOMBING', place: 'Riverton', date: '2020-01-03', killed: { min: 7, max: 7 } },
  { type: 'ARMED_CLASH', place: 'Hill Province', placeAlternatives: ['Northland'], date: null },
  { type: 'CEASEFIRE', place: 'Northland', date: null },
]);
const pred = key([
  { type: 'IED', place: 'Riverton town', date: '2020-01-03', killed: { min: 7, max: 7 } },
  { type: 'SHELLING', place: 'Riverton', date: '2020-01-02' },
  { type: 'ARMED_CLASH', place: 'Northland', date: null },
  { type: 'BOMBING', place: 'Riverton', date: '2020-01-02', killed: { min: 3, max: 3 } },
]);

describe('alignEvents', () => {
  it('pairs each prediction with the gold event the scorer would match it to', () => {
    const pairs = alignEvents(gold.events, pred.events, new NameIndex(gold.places), new NameIndex(pred.places));
    // the bombing family is one type; the day and the figure decide between the two bombings
    expect([...pairs.entries()].sort()).toEqual([[0, 1], [2, 2], [3, 0]]);
  });

  it('finds as many matches as scoreEvents counts', () => {
    const pairs = alignEvents(gold.events, pred.events, new NameIndex(gold.places), new NameIndex(pred.places));
    expect(pairs.size).toBe(scoreEvents(gold.events, pred.events, new NameIndex(gold.places), new NameIndex(pred.places)).matched);
  });
});

describe('foldOf', () => {
  it('puts an article in the same fold every time and spreads articles over all folds', () => {
    const ids = Array.from({ length: 50 }, (_, i) => `article-${i}`);
    expect(ids.map((id) => foldOf(id, 5))).toEqual(ids.map((id) => foldOf(id, 5)));
    expect(new Set(ids.map((id) => foldOf(id, 5)))).toEqual(new Set([0, 1, 2, 3, 4]));
  });
});

describe('auc', () => {
  it('is 1 when every positive scores above every negative, 0.5 for ties, 0 when reversed', async () => {
    const { auc } = await import('../../../src/learn/cross-validate.ts');
    expect(auc([0.9, 0.8, 0.1, 0.2], [1, 1, 0, 0])).toBe(1);
    expect(auc([0.5, 0.5], [1, 0])).toBe(0.5);
    expect(auc([0.1, 0.9], [1, 0])).toBe(0);
  });
});
