import { describe, expect, it } from 'vitest';
import { scoreEntities } from '../../../src/eval/score-entities.ts';

const n = (name: string, aliases: string[] = []) => ({ name, aliases });

describe('scoreEntities', () => {
  it('counts matches, misses and spurious predictions into precision, recall and F1', () => {
    const gold = [n('Maria Ortega', ['Ortega']), n('Tomas Lind'), n('Ana Petrova')];
    const pred = [n('Ortega'), n('Tomas Lind'), n('Jonas Berg'), n('Clara Voss')];
    const s = scoreEntities(gold, pred);
    expect(s.matched).toBe(2);
    expect(s.precision).toBeCloseTo(2 / 4);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo((2 * 2) / (3 + 4));
    expect(s.missed).toEqual(['Ana Petrova']);
    expect(s.spurious).toEqual(['Jonas Berg', 'Clara Voss']);
  });

  it('matches one to one: a duplicate prediction is spurious', () => {
    const s = scoreEntities([n('Tomas Lind')], [n('Tomas Lind'), n('tomas lind')]);
    expect(s.matched).toBe(1);
    expect(s.precision).toBeCloseTo(0.5);
  });

  it('prefers a full-name match over a match through an alias', () => {
    // The first gold entry meets the prediction "Karim" only through an alias; the second is named so.
    const gold = [n('Karim Saleh', ['Karim']), n('Karim')];
    const pred = [n('Karim'), n('Karim Saleh')];
    const s = scoreEntities(gold, pred);
    expect(s.matched).toBe(2);
  });

  it('gives F1 0 and no precision when nothing is predicted', () => {
    const s = scoreEntities([n('Tomas Lind')], []);
    expect(s.precision).toBeNull();
    expect(s.recall).toBe(0);
    expect(s.f1).toBe(0);
  });

  it('has no figures at all when both sides are empty', () => {
    const s = scoreEntities([], []);
    expect([s.precision, s.recall, s.f1]).toEqual([null, null, null]);
  });
});
