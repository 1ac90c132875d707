import { describe, expect, it } from 'vitest';
import { pairBaseline } from '../../../src/eval/baseline.ts';
import { bootstrapIntervals, type MetricInterval } from '../../../src/eval/bootstrap.ts';
import { prf, ratio } from '../../../src/eval/metrics.ts';
import type { ArticleScore, Scores } from '../../../src/eval/score.ts';
import { UserInputError } from '../../../src/errors.ts';

/** An article's scores with `matched` of `gold` events found (and as many predicted), the rest perfect. */
function scores(gold: number, matched: number, killedRight = matched): Scores {
  const perfect = prf(2, 2, 2);
  return {
    people: perfect,
    organizations: perfect,
    places: perfect,
    statements: { ...perfect, speakerAccuracy: ratio(2, 2) },
    events: { ...prf(gold, gold, matched), killed: ratio(killedRight, matched), injured: ratio(matched, matched), date: ratio(matched, matched) },
  };
}

const metric = (rows: MetricInterval[], name: MetricInterval['name']): MetricInterval => rows.find((r) => r.name === name)!;
const width = (r: MetricInterval): number => r.high! - r.low!;

/** Articles alternating between all events found and half of them found: a spread to resample. */
const mixed = (n: number): Scores[] => Array.from({ length: n }, (_, i) => (i % 2 ? scores(4, 4) : scores(4, 2)));

describe('bootstrapIntervals', () => {
  it('gives the same interval for the same report (fixed seed)', () => {
    expect(bootstrapIntervals(mixed(20), { samples: 300 })).toEqual(bootstrapIntervals(mixed(20), { samples: 300 }));
  });

  it('brackets the total and narrows as articles are added', () => {
    const small = metric(bootstrapIntervals(mixed(10), { samples: 500 }), 'eventsF1');
    const large = metric(bootstrapIntervals(mixed(200), { samples: 500 }), 'eventsF1');
    expect(small.value).toBeCloseTo(0.75);
    expect(small.low!).toBeLessThan(0.75);
    expect(small.high!).toBeGreaterThan(0.75);
    expect(width(large)).toBeLessThan(width(small) / 2);
  });

  it('collapses to the value when every article scores alike', () => {
    const r = metric(bootstrapIntervals([scores(3, 3), scores(3, 3), scores(3, 3)], { samples: 100 }), 'eventsF1');
    expect(r).toEqual({ name: 'eventsF1', value: 1, low: 1, high: 1 });
  });

  it('paired: one event more on every third article is better, with an interval above zero', () => {
    const baseline = Array.from({ length: 30 }, (_, i) => scores(6, i % 6));
    const current = Array.from({ length: 30 }, (_, i) => scores(6, (i % 6) + (i % 3 === 0 ? 1 : 0)));
    const change = metric(bootstrapIntervals(current, { samples: 500 }, baseline), 'eventsF1');
    expect(change.value).toBeCloseTo(10 / 180);
    expect(change.low!).toBeGreaterThan(0);
    // unpaired, the two totals' own intervals overlap although each article improved
    const alone = metric(bootstrapIntervals(current, { samples: 500 }), 'eventsF1');
    const before = metric(bootstrapIntervals(baseline, { samples: 500 }), 'eventsF1');
    expect(alone.low!).toBeLessThan(before.high!);
  });

  it('paired against itself: no change', () => {
    const rows = mixed(15);
    const change = metric(bootstrapIntervals(rows, { samples: 200 }, rows), 'killedAccuracy');
    expect([change.value, change.low, change.high]).toEqual([0, 0, 0]);
  });

  it('refuses a baseline of another length', () => {
    expect(() => bootstrapIntervals(mixed(3), {}, mixed(2))).toThrow(RangeError);
  });
});

describe('pairBaseline', () => {
  const current: ArticleScore[] = ['a', 'b'].map((id) => ({ id, scores: scores(2, 1), misses: {} as ArticleScore['misses'] }));
  const report = (ids: string[], matched = 2): string =>
    JSON.stringify({ articles: ids.map((id) => ({ id, scores: scores(2, matched) })) });

  it('lines the baseline up by article id, whatever its order', () => {
    const paired = pairBaseline(JSON.stringify({ articles: [{ id: 'b', scores: scores(5, 5) }, { id: 'a', scores: scores(2, 0) }] }), 'old.json', current);
    expect(paired.map((s) => s.events.gold)).toEqual([2, 5]);
  });

  it('refuses a report over other articles, naming what is missing', () => {
    expect(() => pairBaseline(report(['a', 'c']), 'old.json', current)).toThrow(/1 of this run missing.*e\.g\. b/);
    expect(() => pairBaseline(report(['a', 'b', 'c']), 'old.json', current)).toThrow(/1 only in it/);
  });

  it('refuses what is not an eval report with a typed error', () => {
    expect(() => pairBaseline('not json', 'old.json', current)).toThrow(UserInputError);
    expect(() => pairBaseline('{"totals": {}}', 'old.json', current)).toThrow(/no "articles" array/);
    expect(() => pairBaseline('{"articles": [{"id": "a", "scores": {"people": 1}}]}', 'old.json', current)).toThrow(/without "id" and "scores"/);
  });
});
