import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/gazetteer/load.ts';
import { runPipeline, type Resources } from '../../../src/extract/pipeline.ts';
import type { Doc } from '../../../src/extract/doc.ts';
import { applyFigureChoice, argmax, choiceContext } from '../../../src/extract/events/figure-choice-apply.ts';
import { figureCandidates } from '../../../src/extract/events/figure-choice-features.ts';
import { dateCandidates } from '../../../src/extract/events/date-choice-features.ts';

let resources: Resources;
beforeAll(() => {
  resources = { gazetteer: loadGazetteer() };
});

// published on Monday 2021-03-15: "on Saturday" is 2021-03-13
const doc = (body: string): Doc =>
  runPipeline({ id: 'test', title: 'Test', body, published: '2021-03-15', url: null, publisher: null }, resources);

const TWO = 'A car bomb exploded in Valencia on Saturday, killing 12 people. '
  + 'Separately, gunmen attacked a police post in Cusco on Sunday, killing four officers, police said on Monday.';

describe('figure candidates', () => {
  it('offers null first, then each figure, described from where the event is told', () => {
    const d = doc(TWO);
    const ctx = choiceContext(d);
    const first = d.events[0]!;
    const c = figureCandidates(d, first, 'killed', ctx.mentions, ctx.anchors, false);
    expect(c[0]!.value).toBeNull();
    expect(c[0]!.features.get('null')).toBe(1);
    const own = c.find((x) => x.value?.min === 12)!;
    expect(own.features.get('dist=0')).toBe(1);
    expect(own.features.get('ownRecord')).toBe(1);
    const other = c.find((x) => x.value?.min === 4)!;
    expect(other.features.get('otherRecord')).toBe(1);
    expect(other.features.has('ownRecord')).toBe(false);
    // without the rules' feature asked for, no candidate carries it
    expect(c.some((x) => x.features.has('rule'))).toBe(false);
  });

  it('marks the rules\' own value only when asked', () => {
    const d = doc(TWO);
    const ctx = choiceContext(d);
    const c = figureCandidates(d, d.events[0]!, 'killed', ctx.mentions, ctx.anchors, true);
    expect(c.filter((x) => x.features.has('rule')).map((x) => x.value)).toEqual([d.events[0]!.killed]);
  });

  it('says when the article reports no figure of the kind', () => {
    const d = doc('A car bomb exploded in Valencia on Saturday, killing 12 people.');
    const ctx = choiceContext(d);
    const c = figureCandidates(d, d.events[0]!, 'injured', ctx.mentions, ctx.anchors, false);
    expect(c).toHaveLength(1);
    expect(c[0]!.features.get('null:noneInArticle')).toBe(1);
  });
});

describe('date candidates', () => {
  it('offers null, the days named, the publication day and the day before', () => {
    const d = doc(TWO);
    const ctx = choiceContext(d);
    const c = dateCandidates(d, d.events[0]!, ctx.dates, ctx.anchors, false);
    expect(c.map((x) => x.value)).toEqual([null, '2021-03-13', '2021-03-14', '2021-03-15']);
    const saturday = c[1]!.features;
    expect(saturday.get('form=weekday')).toBe(1);
    expect(saturday.get('dist=0')).toBe(1);
    // "police said on Monday": the day of the report
    expect(c[3]!.features.get('saidOn')).toBe(1);
  });
});

describe('applying a model', () => {
  it('ties go to the earlier candidate (null first)', () => {
    expect(argmax({ bias: 0, weights: {} }, [{ features: new Map([['a', 1]]) }, { features: new Map([['b', 1]]) }])).toBe(0);
  });

  it('writes the chosen values, the summary, and a record for a figure taken from another event', () => {
    const d = doc(TWO);
    // a made-up model that takes the figure reported for the other event and always says "no day"
    applyFigureChoice(d, { withRule: false, killed: { bias: 0, weights: { otherRecord: 5 } }, date: { bias: 0, weights: { null: 5 } } });
    const first = d.events[0]!;
    expect(first.killed).toEqual({ min: 4, max: 4 });
    expect(first.date).toBeNull();
    expect(first.summary).toContain('4 killed');
    expect(d.casualties.filter((x) => x.eventKey === first.key && x.kind === 'killed').map((x) => x.min)).toContain(4);
    expect(new Set(d.casualties.map((x) => x.key)).size).toBe(d.casualties.length);
  });

  it('leaves a slot without a model as the rules set it, and is deterministic', () => {
    const a = doc(TWO);
    const b = doc(TWO);
    const injured = a.events.map((e) => e.injured);
    const model = { withRule: false, killed: { bias: 0, weights: { null: 5 } } };
    applyFigureChoice(a, model);
    applyFigureChoice(b, model);
    expect(a.events.map((e) => e.injured)).toEqual(injured);
    expect(a.events.every((e) => e.killed === null)).toBe(true);
    expect(JSON.stringify(a.events)).toBe(JSON.stringify(b.events));
  });
});
