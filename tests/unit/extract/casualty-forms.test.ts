import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/extract/events/casualties.ts';

const figures = (text: string) => findFigures(text).map((f) => [f.kind, f.range.min, f.range.max]);

describe('casualties: victims counted without a number next to the verb', () => {
  it('counts a named victim and "another" one as two', () => {
    expect(figures('The gunman and another guard were killed in the shootout.')).toEqual([['killed', 2, 2]]);
  });

  it('adds one to a count followed by "and a child"', () => {
    expect(figures('Three firefighters and a child were killed when the roof fell.')).toEqual([['killed', 4, 4]]);
  });

  it('adds one victim before "and N others" in an active clause', () => {
    expect(figures('The mine killed a farmer and four villagers near the river.')).toEqual([['killed', 5, 5]]);
  });

  it('keeps "killed a soldier and two civilians were wounded" apart', () => {
    expect(figures('The shell killed a soldier and two civilians were wounded.')).toEqual([['killed', 1, 1], ['injured', 2, 2]]);
  });

  it('reads partitives: "four of the pilgrims were found dead", "one member of the border guard was killed"', () => {
    expect(figures('Four of the pilgrims were found dead on the road.')).toEqual([['killed', 4, 4]]);
    expect(figures('At least one member of the border guard was killed.')).toEqual([['killed', 1, null]]);
  });

  it('reads "no deaths except for the gunman" as the gunman alone', () => {
    expect(figures('The shooting wounded five guards but caused no deaths except for the gunman.')).toEqual([['injured', 5, 5], ['killed', 1, 1]]);
    expect(figures('No one was killed other than the attacker.')).toEqual([['killed', 1, 1]]);
  });

  it('reads more killing verbs as the figure\'s verb', () => {
    expect(figures('Rebels beheaded three of the farm workers.')).toEqual([['killed', 3, 3]]);
    expect(figures('Raiders massacred 40 villagers overnight.')).toEqual([['killed', 40, 40]]);
    expect(figures('Gunmen shot dead five travellers at the checkpoint.')).toEqual([['killed', 5, 5]]);
  });

  it('reads the slip "a least" as "at least"', () => {
    expect(figures('A least nine people were hurt.')).toEqual([['injured', 9, null]]);
  });

  it('does not take a toll that runs "since" a day or a truce for one event', () => {
    expect(figures('Medics said the death toll from the raids has risen to 75 since last Friday.')).toEqual([]);
    expect(figures('Police said 35 officers have been killed since the truce started.')).toEqual([]);
    expect(figures('The death toll rose to 31 on Tuesday.')).toEqual([['killed', 31, 31]]);
  });

  it('reads "killed another two" and two single victims joined by "and"', () => {
    expect(figures('A second blast near the bridge killed another two.')).toEqual([['killed', 2, 2]]);
    expect(figures('The mortar hit a yard, killing an elderly farmer and a young girl.')).toEqual([['killed', 2, 2]]);
  });

  it('reads one victim named with "a" and a passive verb, and a singular verb as no pair', () => {
    expect(figures('The shell killed a soldier and a nurse was wounded.')).toEqual([['killed', 1, 1], ['injured', 1, 1]]);
    expect(figures('A police officer has been killed in the ambush.')).toEqual([['killed', 1, 1]]);
  });

  it('marks a toll over "the two blasts" or "both attacks" as a fallback, not one event\'s own', () => {
    const total = findFigures('The two blasts killed nine people.')[0]!;
    expect([total.range.min, total.implicit]).toEqual([9, true]);
    expect(findFigures('Eleven were wounded in both attacks.')[0]!.implicit).toBe(true);
    expect(findFigures('The blast killed nine people.')[0]!.implicit).toBeFalsy();
  });

  it('does not add a figure that follows one of another kind with "also"', () => {
    const [killed, injured] = findFigures('Three porters were killed by the explosion, which also wounded 11 others.');
    expect([killed!.kind, injured!.kind, injured!.also]).toEqual(['killed', 'injured', undefined]);
    expect(findFigures('The attack also killed a doctor.')[0]!.also).toBe(true);
  });

  it('keeps a toll "since Sunday" for the clashes that ran since then, but not a death toll that rose since a day', () => {
    expect(figures('Clashes between rival militias have killed at least 47 people since Sunday.')).toEqual([['killed', 47, null]]);
    expect(figures('The death toll from the offensive has risen to 90 since last Tuesday.')).toEqual([]);
  });

  it('reads "wounded a third" after a count as one more person, but not "a third of"', () => {
    expect(figures('Raiders killed two herders and wounded a third near the well.')).toEqual([['killed', 2, 2], ['injured', 1, 1]]);
    expect(figures('The flood of shells killed a third of the herd.')).toEqual([]);
  });
});
