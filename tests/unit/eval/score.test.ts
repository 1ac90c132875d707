import { describe, expect, it } from 'vitest';
import { buildReport, scoreArticle } from '../../../src/eval/score.ts';
import { checkTargets } from '../../../src/eval/targets.ts';
import { buildKey, event } from './builders.ts';

describe('scoreArticle and totals', () => {
  it('micro-averages: counts are added over articles before dividing', () => {
    const a = scoreArticle(
      'a',
      buildKey({ people: [{ name: 'Tomas Lind' }] }),
      buildKey({ people: [{ name: 'Tomas Lind' }] }),
    );
    const b = scoreArticle(
      'b',
      buildKey({ people: [{ name: 'Ana Petrova' }, { name: 'Jonas Berg' }, { name: 'Clara Voss' }] }),
      buildKey({ people: [{ name: 'Ana Petrova' }] }),
    );
    const { totals } = buildReport([a, b]);
    expect(totals.people).toMatchObject({ gold: 4, predicted: 2, matched: 2 });
    expect(totals.people.recall).toBeCloseTo(0.5); // macro would be (1 + 1/3) / 2
    expect(totals.people.f1).toBeCloseTo(4 / 6);
  });

  it("resolves a statement speaker through the article's own entity aliases", () => {
    const gold = buildKey({
      people: [{ name: 'Maria Ortega', aliases: ['Ortega'] }],
      statements: [{ speaker: 'Maria Ortega', kind: 'direct', quote: 'we will rebuild the bridge' }],
    });
    const pred = buildKey({
      people: [{ name: 'Maria Ortega', aliases: ['Ortega'] }],
      statements: [{ speaker: 'Ortega', kind: 'direct', quote: 'We will rebuild the bridge.' }],
    });
    expect(scoreArticle('x', gold, pred).scores.statements.matched).toBe(1);
  });

  it('leaves out enclosing places that the article never names, and counts every other place', () => {
    const gold = buildKey({ places: [{ name: 'Dorvik' }] });
    const mention = [{ start: 0, end: 6 }];
    const ancestor = { key: 'k:kessa', name: 'Kessa province', aliases: [], mentions: [], parentKey: null };
    const town = { key: 'k:dorvik', name: 'Dorvik', aliases: [], mentions: mention, parentKey: 'k:kessa' };
    const withAncestor = buildKey({ places: [town, ancestor] });
    expect(scoreArticle('x', gold, withAncestor).scores.places).toMatchObject({
      predicted: 1,
      matched: 1,
      f1: 1,
    });
    const stray = { key: 'k:lone', name: 'Lone Hill', aliases: [], mentions: [], parentKey: null };
    const withStray = buildKey({ places: [{ ...town, parentKey: null }, stray] });
    expect(scoreArticle('x', gold, withStray).scores.places).toMatchObject({ predicted: 2, matched: 1 });
    const unnamedPerson = buildKey({ people: [{ name: 'Tomas Lind', aliases: [], mentions: [] }] });
    expect(scoreArticle('x', gold, unnamedPerson).scores.people).toMatchObject({ predicted: 1, matched: 0 });
  });

  it('reads an extraction with extra fields as a prediction', () => {
    const pred = buildKey({
      people: [
        {
          key: 'person:x',
          name: 'Tomas Lind',
          aliases: [],
          role: 'mayor',
          isOfficial: true,
          mentions: [{ start: 0, end: 10 }],
        },
      ],
      events: [{ ...event({ type: 'IED', place: 'Dorvik' }), key: 'event:1', summary: 's', claimedBy: [] }],
    });
    const gold = buildKey({
      people: [{ name: 'Tomas Lind' }],
      events: [event({ type: 'BOMBING', place: 'Dorvik' })],
    });
    const { scores } = scoreArticle('x', gold, pred);
    expect(scores.people.f1).toBe(1);
    expect(scores.events.f1).toBe(1);
  });
});

describe('checkTargets', () => {
  it('fails a target with nothing measured when the gold had items, and passes an empty category', () => {
    const noPredictions = buildReport([
      scoreArticle('a', buildKey({ people: [{ name: 'Tomas Lind' }] }), buildKey()),
    ]);
    const checks = Object.fromEntries(checkTargets(noPredictions.totals).map((c) => [c.name, c.met]));
    expect(checks.peopleF1).toBe(false);
    expect(checks.eventsF1).toBe(true);
    expect(checks.killedAccuracy).toBe(true);
  });

  it('passes when every figure reaches its target', () => {
    const key = buildKey({
      places: [{ name: 'Dorvik' }],
      events: [event({ place: 'Dorvik', killed: { min: 1, max: 1 } })],
    });
    const report = buildReport([scoreArticle('a', key, key)]);
    expect(checkTargets(report.totals).every((c) => c.met)).toBe(true);
  });
});
