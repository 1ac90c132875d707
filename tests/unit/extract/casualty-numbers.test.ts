import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/extract/events/casualties.ts';
import { parseRange } from '../../../src/extract/events/numbers.ts';

const figures = (text: string) => findFigures(text).map((f) => [f.kind, f.range.min, f.range.max]);

describe('casualty numbers: ranges and open bounds', () => {
  it('reads digit ranges with a hyphen, and "N or M"', () => {
    expect(parseRange('12-15')).toEqual({ min: 12, max: 15 });
    expect(parseRange('between 30-35')).toEqual({ min: 30, max: 35 });
    expect(parseRange('four or five')).toEqual({ min: 4, max: 5 });
  });

  it('does not read a hyphenated number word as a range', () => {
    expect(parseRange('thirty-two')).toEqual({ min: 32, max: 32 });
    expect(figures('Thirty-two pilgrims were killed and 50 wounded.')).toEqual([['killed', 32, 32], ['injured', 50, 50]]);
  });

  it('reads "N or more" as a lower bound and "N or so" as about N', () => {
    expect(parseRange('six or more')).toEqual({ min: 6, max: null });
    expect(parseRange('40 or so')).toEqual({ min: 40, max: 40 });
    expect(figures('Six or more guards died in the raid.')).toEqual([['killed', 6, null]]);
  });
});

describe('casualties: more ways to report a toll', () => {
  it('keeps the count before an aside ("including", "among them")', () => {
    expect(figures('At least 30 people, including seven children, were killed in the flood of shells.')).toEqual([['killed', 30, null]]);
    expect(figures('Nine people, among them two nurses, were wounded.')).toEqual([['injured', 9, 9]]);
  });

  it('reads "claimed the lives of", "deaths" and "fatalities"', () => {
    expect(figures('The ambush claimed the lives of 11 rangers.')).toEqual([['killed', 11, 11]]);
    expect(figures('The shelling caused at least 25 deaths.')).toEqual([['killed', 25, null]]);
  });

  it('keeps the count before an aside "one of them a child"', () => {
    expect(figures('Four people, one of them a child, were killed.')).toEqual([['killed', 4, 4]]);
  });

  it('adds "and her two children" to the one named before', () => {
    expect(figures('The shell killed a farmer and his three sons.')).toEqual([['killed', 4, 4]]);
  });

  it('does not count "the N deaths" again: it refers back to a toll already told', () => {
    expect(figures('The three deaths came after one farmer died on Monday in a mortar strike.')).toEqual([['killed', 1, 1]]);
    expect(figures('Officials blamed these 12 deaths on the militia.')).toEqual([]);
  });

  it('reads "put the number of dead at N" and "have died"', () => {
    expect(figures('The governor put the number of dead at six.')).toEqual([['killed', 6, 6]]);
    expect(figures('At least 19 miners have died.')).toEqual([['killed', 19, null]]);
  });

  it('does not take "N gunmen have killed" as N killed', () => {
    expect(figures('Twelve gunmen have killed a guard.')).toEqual([['killed', 1, 1]]);
  });

  it('keeps a toll "in the past 24 hours" but not one over the past weeks', () => {
    expect(figures('Three guards were killed in the past 24 hours, the army said.')).toEqual([['killed', 3, 3]]);
    expect(figures('Forty guards were killed in the past six weeks, the army said.')).toEqual([]);
  });

  it('reads "a family of six" and "another soldier was wounded"', () => {
    expect(figures('The shell killed a family of six.')).toEqual([['killed', 6, 6]]);
    expect(figures('A family of five were killed in the raid.')).toEqual([['killed', 5, 5]]);
    expect(figures('Another guard was wounded.')).toEqual([['injured', 1, 1]]);
  });

  it('does not add the assailants\' own dead to the toll, but adds both sides otherwise', () => {
    expect(figures('The army said 11 soldiers and 17 attackers died in the fighting.')).toEqual([['killed', 11, 11]]);
    expect(figures('The clash killed 10 soldiers and five gunmen.')).toEqual([['killed', 10, 10]]);
    expect(figures('Two soldiers and four rebels were killed in the clash.')).toEqual([['killed', 6, 6]]);
  });
});
