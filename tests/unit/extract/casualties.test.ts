import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/extract/events/casualties.ts';
import { numberValue, parseRange } from '../../../src/extract/events/numbers.ts';

const figures = (text: string) => findFigures(text).map((f) => ({ kind: f.kind, min: f.range.min, max: f.range.max, group: f.group, subset: f.subset }));

describe('casualty numbers', () => {
  it('reads qualifiers as bounds per the corpus rules', () => {
    expect(parseRange('at least 27')).toEqual({ min: 27, max: null });
    expect(parseRange('more than 27')).toEqual({ min: 27, max: null });
    expect(parseRange('as many as 212')).toEqual({ min: null, max: 212 });
    expect(parseRange('up to 212')).toEqual({ min: null, max: 212 });
    expect(parseRange('around 45')).toEqual({ min: 45, max: 45 });
    expect(parseRange('nearly 45')).toEqual({ min: 45, max: 45 });
    expect(parseRange('between 9 and 12')).toEqual({ min: 9, max: 12 });
    expect(parseRange('dozens of')).toEqual({ min: null, max: null });
  });

  it('reads numbers in words, collectives and fractions', () => {
    expect(numberValue('eleven')).toBe(11);
    expect(numberValue('forty-two')).toBe(42);
    expect(numberValue('a dozen')).toBe(12);
    expect(numberValue('two dozen')).toBe(24);
    expect(numberValue('two hundred and five')).toBe(205);
    expect(numberValue('1,350')).toBe(1350);
    expect(numberValue('a quarter of a million')).toBe(250_000);
  });
});

describe('casualties', () => {
  it('finds killed and wounded in "killing X and wounding Y"', () => {
    expect(figures('The blast tore through a market, killing nine people and wounding more than 30.')).toEqual([
      { kind: 'killed', min: 9, max: 9, group: null, subset: false },
      { kind: 'injured', min: 30, max: null, group: null, subset: false },
    ]);
  });

  it('finds passive figures and the elliptic second one', () => {
    expect(figures('Doctors said at least 21 civilians were killed and 48 wounded in the shelling.')).toEqual([
      { kind: 'killed', min: 21, max: null, group: 'civilians', subset: false },
      { kind: 'injured', min: 48, max: 48, group: null, subset: false },
    ]);
  });

  it('reads "left N dead" and "N dead, M wounded"', () => {
    expect(figures('Two separate raids left five policemen dead.')[0]).toMatchObject({ kind: 'killed', min: 5, group: 'policemen' });
    expect(figures('Officials reported eight dead, 17 wounded.').map((f) => [f.kind, f.min])).toEqual([['killed', 8], ['injured', 17]]);
  });

  it('counts the named victim with "and N others" and "along with N others"', () => {
    expect(figures('The mayor and two other officials were killed in the ambush.')[0]).toMatchObject({ kind: 'killed', min: 3, max: 3 });
    expect(figures('The commander was killed in the raid along with four others.')[0]).toMatchObject({ kind: 'killed', min: 5, max: 5 });
  });

  it('does not add the named victim when the others follow a separate figure', () => {
    expect(figures('One guard was killed, and three others wounded.').map((f) => [f.kind, f.min])).toEqual([['killed', 1], ['injured', 3]]);
  });

  it('marks "among those killed" as a subset', () => {
    expect(figures('The army said one officer was among those killed.')[0]).toMatchObject({ min: 1, subset: true });
  });

  it('reads a death toll put at a number', () => {
    expect(figures('State radio put the death toll at more than 70.')[0]).toMatchObject({ kind: 'killed', min: 70, max: null });
  });

  it('keeps vague quantities as figures without bounds', () => {
    expect(figures('Dozens of villagers were abducted overnight.')[0]).toMatchObject({ kind: 'abducted', min: null, max: null });
  });

  it('ignores the running total of a war', () => {
    expect(figures('The valley has been ravaged by a conflict that has killed over a quarter of a million farmers.')).toEqual([]);
  });

  it('ignores a total over a span of years', () => {
    expect(figures('More than 6,300 people have been killed in rebel raids across the region since 2011.')).toEqual([]);
    expect(figures('Police said 12 people were killed, the deadliest day since the war began.').map((f) => f.min)).toEqual([12]);
  });

  it('does not take a count of attacks for a count of victims', () => {
    expect(figures('At least four separate attacks left 12 people dead.').map((f) => f.min)).toEqual([12]);
  });
});

describe('casualties: two groups in one toll', () => {
  it('adds up "N civilians and M soldiers", active or passive', () => {
    expect(figures('The blast killed four civilians and two soldiers.')).toEqual([{ kind: 'killed', min: 6, max: 6, group: 'civilians and soldiers', subset: false }]);
    expect(figures('Four civilians and two soldiers were wounded.')[0]).toMatchObject({ kind: 'injured', min: 6, max: 6 });
  });

  it('keeps a killed count and a wounded count apart', () => {
    expect(figures('The bomb killed 3 people and 7 others were wounded.').map((f) => [f.kind, f.min])).toEqual([['killed', 3], ['injured', 7]]);
  });
});
