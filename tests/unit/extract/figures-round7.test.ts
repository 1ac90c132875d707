import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/extract/events/casualties.ts';

// Round 7 (docs/events.md): figures the extractor did not read. Made-up sentences, places outside the corpus.
const figures = (text: string) => findFigures(text).map((f) => [f.kind, f.range.min, f.range.max]);

describe('figures round 7: one victim in more frames', () => {
  it('reads "shot dead a man", a kin noun after a possessive, and a nationality standing for a person', () => {
    expect(figures('Guards shot dead a man who climbed the fence.')).toEqual([['killed', 1, 1]]);
    expect(figures('The shell hit the farmhouse, killing his daughter.')).toEqual([['killed', 1, 1]]);
    expect(figures('Troops gunned down an Atlantean who lunged at them with a knife, the army said.')).toEqual([['killed', 1, 1]]);
  });

  it('adds a counted group after a possessive victim', () => {
    expect(figures('Gunfire hit the chapel, killing her husband and two others.')).toEqual([['killed', 3, 3]]);
  });

  it('reads a ranked victim before "and N" as one more than the count', () => {
    expect(figures('The raid killed a provincial governor and six police personnel near the dam.')).toEqual([['killed', 7, 7]]);
  });

  it('reads a nationality only before a clause boundary', () => {
    expect(figures('Gunmen shot dead an Atlantean soldier at the gate.')).toEqual([['killed', 1, 1]]);
    expect(figures('The strike killed an Atlantean Ministry envoy.')).toEqual([]);
  });

  it('reads "the death of a boy", "the murder of a teenager" and "only the bomber was killed" as one', () => {
    expect(figures('Neighbours mourned the shooting death of a 16-year-old girl near the school.')).toEqual([['killed', 1, 1]]);
    expect(figures('Riots followed the murder of a young Atlantean that week.')).toEqual([['killed', 1, 1]]);
    expect(figures('The vest went off at the gate. Only the bomber was killed.')).toEqual([['killed', 1, 1]]);
  });

  it('does not read "the death of" a definite or possessive person as a toll', () => {
    expect(figures('The raids began after the death of the group\'s founder.')).toEqual([]);
  });
});

describe('figures round 7: victims in several parts', () => {
  it('adds the items of a comma list before the verb', () => {
    expect(figures('Three farmers, two guards and nine traders were killed on Monday.')).toEqual([['killed', 14, 14]]);
  });

  it('keeps attackers in a list apart from the victims (their count is the assailants\')', () => {
    const [f] = findFigures('Three farmers, two guards and nine raiders were killed on Monday.');
    expect([f!.range.min, f!.assailants?.min]).toEqual([5, 9]);
  });

  it('does not take the whole before a comma as a list item', () => {
    expect(figures('Of the 40 victims, 12 guards and 8 drivers were killed.')).toEqual([['killed', 20, 20]]);
  });

  it('does not take a year before a comma as a list item', () => {
    expect(figures('In 2009, 30 guards and five drivers were killed.')).toEqual([['killed', 35, 35]]);
  });

  it('adds a part told after the verb with "as well as"', () => {
    expect(figures('Three porters were killed as well as an adult guide.')).toEqual([['killed', 4, 4]]);
    expect(figures('Two nurses were wounded, as well as four drivers.')).toEqual([['injured', 6, 6]]);
    expect(figures('Two guards were killed as well as four raiders.')).toEqual([['killed', 2, 2]]);
  });
});

describe('figures round 7: tolls told by a noun', () => {
  it('reads "resulting in the deaths of" with the attackers kept apart', () => {
    const [f] = findFigures('Raiders stormed the post, resulting in the deaths of four guards and three raiders.');
    expect([f!.kind, f!.range.min, f!.assailants?.min]).toEqual(['killed', 4, 3]);
    expect(figures('The collapse caused the deaths of 12 miners and two rescuers.')).toEqual([['killed', 14, 14]]);
  });

  it('does not read "the deaths of" without a result verb', () => {
    expect(figures('Officials confirmed the deaths of nine guards.')).toEqual([]);
  });

  it('reads "resulted in injuries to N"', () => {
    expect(figures('The blast resulted in injuries to seven workers.')).toEqual([['injured', 7, 7]]);
  });

  it('reads "raised the number of X killed ... to N"', () => {
    expect(figures('The ministry raised the number of raiders killed in the clashes to 52 from an earlier 11.')).toEqual([['killed', 52, 52]]);
  });
});

describe('figures round 7: one named victim among the dead, lives claimed', () => {
  it('reads "a judge was among several people who were killed" as at least one, used only as a fallback', () => {
    const [f] = findFigures('That evening, a district judge was among several people who were killed at a rally.');
    expect([f!.kind, f!.range.min, f!.range.max, f!.implicit]).toEqual(['killed', 1, null, true]);
    expect(figures('The deputy mayor, a veteran of the force, was among those killed in the raid.')).toEqual([['killed', 1, null]]);
  });

  it('keeps a counted subset as it was', () => {
    const [f] = findFigures('One soldier was among those killed.');
    expect([f!.range.min, f!.subset]).toEqual([1, true]);
  });

  it('reads "claimed 12 lives"', () => {
    expect(figures('The attack has claimed 12 lives, officials said.')).toEqual([['killed', 12, 12]]);
  });
});

describe('figures round 7: checks over every DEV sentence', () => {
  it('adds "and another person" to a victim with an age', () => {
    expect(figures('A shell struck a farmhouse, killing a 9-year-old boy and another person, medics said.')).toEqual([['killed', 2, 2]]);
  });

  it('does not read a war\'s "has cost N lives" as a toll', () => {
    expect(figures('The long conflict has cost more than 9,000 lives.')).toEqual([]);
  });
});

describe('figures: a measure after the number is no count', () => {
  it('does not read a distance, a length of time or a share after "killed about" as the dead', () => {
    expect(figures('Another four people were killed about 70 kilometers west in Tromso.')).toEqual([['killed', 4, 4]]);
    expect(figures('The attack killed some 40 miles from the border.')).toEqual([]);
    expect(figures('The bombing killed at least 12 people.')).toEqual([['killed', 12, null]]);
  });
});
