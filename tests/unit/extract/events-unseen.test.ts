import { beforeAll, describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/extract/events/casualties.ts';
import { loadEventResources, run } from './event-helpers.ts';

beforeAll(loadEventResources, 120_000);

const figures = (s: string) => findFigures(s).map((f) => [f.kind, f.range.min, f.range.max]);

describe('events: responsibility that is denied, negated or habitual', () => {
  it('takes no claimant from "No one immediately claimed the attack"', () => {
    const x = run('Gunmen attacked a bus near Lyon on Sunday, killing four people. No one immediately claimed the attack.');
    expect(x.events.map((e) => [e.claimedBy, e.perpetrators.includes('No')])).toEqual([[[], false]]);
  });

  it('takes no perpetrator from a habit ("X frequently attack ...") and no adverb into a name', () => {
    const x = run('A roadside bomb killed three soldiers near Lyon on Sunday. No group has claimed responsibility, but the Red Hand frequently attack army targets.');
    expect(x.events.map((e) => [e.type, e.claimedBy, e.perpetrators])).toEqual([['IED', [], []]]);
  });
});

describe('events: where the story was filed is not where the event was', () => {
  it('prefers the place the next sentence gives over the dateline city', () => {
    const x = run('LYON, France (AP) — Gunmen killed five aid workers in France on Sunday, a spokesman said.\n\nA police official said the attack took place in the town of Nantes.');
    expect(x.events.map((e) => [e.type, e.place])).toEqual([['ATTACK', 'Nantes']]);
  });

  it('falls back to the dateline city when nothing better is said', () => {
    const x = run('BERGEN, Norway (AP) — A bomb exploded outside a bank on Sunday, killing two people.');
    expect(x.events.map((e) => [e.type, e.place])).toEqual([['BOMBING', 'Bergen']]);
  });

  it('does not place an event where a spokesman is based or where someone spoke', () => {
    const x = run("A car bomb killed six people in Marseille on Sunday, said the group's Paris-based spokesman.");
    expect(x.events.map((e) => e.place)).toEqual(['Marseille']);
  });

  it('keeps "in the south of X" inside X', () => {
    const x = run('A bomb exploded in the south of Lyon on Sunday, killing two people.');
    expect(x.events.map((e) => e.place)).toEqual(['Lyon']);
  });

  it('reads "south of X" as a reference point', () => {
    const x = run('A clash took place on Sunday in the town of Toledo, south of Madrid, killing at least six.');
    expect(x.events.map((e) => [e.place, e.killed])).toEqual([['Toledo', { min: 6, max: null }]]);
  });
});

describe('events: dates and mentions that are not events', () => {
  it('keeps "the army said on Monday" off the event when the next sentence gives its day', () => {
    const x = run('Three soldiers were killed in a clash in the town of Tarbes, the army said on Monday.\n\nThe clash took place on Sunday night.');
    expect(x.events.map((e) => [e.type, e.place, e.date])).toEqual([['ARMED_CLASH', 'Tarbes', '2021-03-14']]);
  });

  it('still dates a ceasefire by the day it was announced', () => {
    const x = run('The army said on Sunday it had agreed a ceasefire with the rebels in Norway.');
    expect(x.events.map((e) => [e.type, e.date])).toEqual([['CEASEFIRE', '2021-03-14']]);
  });

  it('makes no attack of a condition ("if they were attacked")', () => {
    expect(run('The rebels said they would only fight if they were attacked.').events).toEqual([]);
  });

  it('keeps fighting that resumes ("triggering another clash") in the same clash', () => {
    const x = run('Soldiers and rebels clashed in the village of Tarbes on Sunday. The first exchange went on for some 20 minutes, the army said, adding that reinforcements were sent in, triggering another clash.');
    expect(x.events.map((e) => [e.type, e.place])).toEqual([['ARMED_CLASH', 'Tarbes']]);
  });
});

describe('figures seen on unseen text', () => {
  it('reads number words at the start of a sentence, and "six others" after a toll is six', () => {
    expect(figures('Thirty-one policemen were killed and nine others injured.')).toEqual([['killed', 31, 31], ['injured', 9, 9]]);
  });

  it('adds two groups when one carries an abbreviation in brackets', () => {
    expect(figures('Three soldiers and five Blue River Front (BRF) militiamen have died in a clash.')).toEqual([['killed', 8, 8]]);
  });

  it('adds one for "and a policeman" after a counted group, but not for one said to be wounded', () => {
    expect(figures('The blast killed five civilians and a policeman.')).toEqual([['killed', 6, 6]]);
    expect(figures('The blast killed five civilians and a policeman was wounded.')).toEqual([['killed', 5, 5], ['injured', 1, 1]]);
  });

  it('does not count the bomber in "killing himself and at least five bystanders"', () => {
    expect(figures('The attacker detonated his vest, killing himself and at least five bystanders.')).toEqual([['killed', 5, null]]);
  });

  it('adds victims a later sentence says the attack "also killed"', () => {
    const x = run('A car bomb killed five soldiers in Ghent on Sunday. The attack also killed a local doctor.');
    expect(x.events.map((e) => [e.type, e.killed])).toEqual([['CAR_BOMBING', { min: 6, max: 6 }]]);
  });
});

describe('events: background events, resumed reports and ceasefire days', () => {
  it('reads "since March 3, when ..." as an earlier event on that day', () => {
    const x = run("Sunday's bombing was the deadliest in Lyon since Jan. 7, when a suicide attacker detonated his vest at a wedding, killing 31 people.");
    expect(x.events.map((e) => [e.type, e.date, e.killed?.min])).toEqual([['BOMBING', '2021-03-14', undefined], ['SUICIDE_BOMBING', '2021-01-07', 31]]);
  });

  it('opens no strike for weapons that were shot down', () => {
    expect(run('Two missiles were shot down over the sea on Sunday, the ministry said.').events).toEqual([]);
  });

  it('dates a ceasefire that "takes effect on Saturday" to the coming Saturday', () => {
    const x = run('The ceasefire takes effect on Saturday in Norway, the rebels said.');
    expect(x.events.map((e) => [e.type, e.date])).toEqual([['CEASEFIRE', '2021-03-20']]);
  });

  it('keeps a ceasefire that "started on Saturday" on the past Saturday, whatever "will" follows', () => {
    const x = run('The ceasefire, which started on Saturday in Norway, will be monitored by observers.');
    expect(x.events.map((e) => [e.type, e.date])).toEqual([['CEASEFIRE', '2021-03-13']]);
  });

  it('dates a ceasefire that "has begun" to the day of publication', () => {
    const x = run('The rebels in Estonia have begun an open-ended, one-sided ceasefire.');
    expect(x.events.map((e) => [e.type, e.date])).toEqual([['CEASEFIRE', '2021-03-15']]);
  });

  it('joins an attack reported right after a ceasefire sentence to the ambush before it', () => {
    const x = run('Shortly before the ceasefire, the army said the rebels had killed three soldiers in an ambush. The fighters attacked a convoy in a remote part of Estonia.');
    expect(x.events.filter((e) => e.type !== 'CEASEFIRE').map((e) => e.killed)).toEqual([{ min: 3, max: 3 }]);
  });

  it('makes no event of "similar attacks to the one on Friday"', () => {
    const x = run('Gunmen attacked a bus in Lyon on Friday, killing three people. The militia has mounted similar attacks to the one on Friday before.');
    expect(x.events.map((e) => [e.type, e.date])).toEqual([['ATTACK', '2021-03-12']]);
  });

  it('reads "captured a general" as an abduction', () => {
    const x = run('The talks stalled in November after the rebels captured an army general in Norway.');
    expect(x.events.map((e) => [e.type, e.date])).toEqual([['ABDUCTION', null]]);
  });
});

describe('events: a definite target points back', () => {
  it('keeps "the convoy was attacked" and "a bomber attacked the convoy" in the bombing that introduced the convoy', () => {
    const x = run([
      'A suicide bomber set off his explosives beside a convoy of aid workers in Lyon on Sunday, killing three people.',
      'Officials praised the quick response of medics.',
      'Residents said shops were closed for the day.',
      'The convoy was attacked while it was heading back from a market in Lyon, a spokesman said.',
      'The governor\'s office later said a car bomber attacked the convoy.',
    ].join('\n\n'));
    expect(x.events.map((e) => [e.type, e.place])).toEqual([['SUICIDE_BOMBING', 'Lyon']]);
  });

  it('still opens an event for a target introduced with "a"', () => {
    const x = run('A suicide bomber struck a convoy in Lyon on Sunday, killing two people. Officials met. Residents fled. Gunmen attacked a market in Nantes, killing four.');
    expect(x.events.map((e) => e.place)).toEqual(['Lyon', 'Nantes']);
  });
});

describe('events: days said relative to another event', () => {
  it('dates "the day before" and "a day earlier" from the event reported before, not from publication', () => {
    const x = run('Gunmen attacked a village in Lyon on Thursday, killing three people. A day earlier, rebels attacked a base in Nantes.');
    expect(x.events.map((e) => [e.place, e.date])).toEqual([['Lyon', '2021-03-11'], ['Nantes', '2021-03-10']]);
  });

  it('gives no day to an incident set apart with "Elsewhere," when none is said', () => {
    const x = run('Gunmen attacked a village in Lyon on Sunday, killing three people. Elsewhere in France, a roadside bomb killed two soldiers in Nantes.');
    expect(x.events.map((e) => [e.place, e.date])).toEqual([['Lyon', '2021-03-14'], ['Nantes', null]]);
  });
});

describe('events: attacks on a named target', () => {
  it('keeps a raid on "the compound" after a bombing at "a police compound" in that bombing', () => {
    const x = run('A suicide bomber blew himself up at the gate of a police compound in Lyon on Sunday, killing four officers. Officials said the bomber was young. Gunmen then stormed the compound. Fighting at the compound lasted for hours.');
    expect(x.events.map((e) => [e.type, e.place, e.killed])).toEqual([['SUICIDE_BOMBING', 'Lyon', { min: 4, max: 4 }]]);
  });

  it('reads "the army base came under attack" as a clash with armed men', () => {
    const x = run('The army base in Lyon came under attack early Saturday, officials said on Sunday.');
    expect(x.events.map((e) => [e.type, e.date])).toEqual([['ARMED_CLASH', '2021-03-13']]);
  });
});
