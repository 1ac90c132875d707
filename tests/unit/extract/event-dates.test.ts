import { beforeAll, describe, expect, it } from 'vitest';
import { brief, loadEventResources, run } from './event-helpers.ts';

beforeAll(loadEventResources);

// run() publishes on Monday 2021-03-15 unless told otherwise.
describe('event dates: a present-perfect lead', () => {
  it('dates the lead event to publication when no day is named', () => {
    const x = run('A roadside bomb has killed at least nine people in Peshawar. Police said the device was hidden in a cart.');
    expect(brief(x)[0]).toMatchObject({ type: 'IED', date: '2021-03-15' });
  });

  it('keeps a day named later in the article', () => {
    const x = run('A roadside bomb has killed at least nine people in Peshawar. The bomb exploded on Saturday near a market.');
    expect(brief(x)[0]).toMatchObject({ date: '2021-03-13' });
  });

  it('leaves an event said to be older without a day', () => {
    const x = run('A roadside bomb has killed at least nine people in Peshawar last month, police said.');
    expect(brief(x)[0]).toMatchObject({ date: null });
  });

  it('does not date a lead in the simple past', () => {
    const x = run('A roadside bomb killed at least nine people in Peshawar. Police said the device was hidden in a cart.');
    expect(brief(x)[0]).toMatchObject({ date: null });
  });

  it('dates the parts of a total reported in a present-perfect lead', () => {
    const x = run('A wave of bombings has struck Iraq, killing at least 30 people. A car bomb in Karbala killed 12 people. A roadside bomb in Basra killed five soldiers.');
    expect(brief(x).map((e) => e.date)).toEqual(['2021-03-15', '2021-03-15']);
  });
});

describe('event dates: anchored to the day just reported', () => {
  it('gives "later in the day" the day of the event before, even for an "Elsewhere" incident', () => {
    const body = 'A car bomb exploded in Karbala on Saturday, killing 12 people. Elsewhere, a roadside bomb went off in Basra later in the day, killing five soldiers.';
    expect(brief(run(body)).map((e) => e.date)).toEqual(['2021-03-13', '2021-03-13']);
    const apart = 'A car bomb exploded in Karbala on Saturday, killing 12 people. Elsewhere, a roadside bomb went off in Basra, killing five soldiers.';
    expect(brief(run(apart)).map((e) => e.date)).toEqual(['2021-03-13', null]);
  });
});

describe('event figures: a sentence whose only event word is a truce in a quote', () => {
  it('gives its figures to the attack just reported', () => {
    const x = run('Rebels attacked an army post near Kramatorsk on Sunday. Two soldiers were killed and five wounded, the spokesman said, adding: "The rebels are violating the truce."');
    expect(brief(x)[0]).toMatchObject({ type: 'ARMED_CLASH', killed: { min: 2, max: 2 }, injured: { min: 5, max: 5 } });
  });
});

describe('event dates: the day something was admitted', () => {
  it('does not date an event by the day it was acknowledged, but does by the day it was reported', () => {
    expect(brief(run('Officials acknowledged Saturday that a coalition airstrike killed 40 people in Mosul.'))[0]).toMatchObject({ date: null });
    expect(brief(run('Officials said Saturday that a coalition airstrike killed 40 people in Mosul.'))[0]).toMatchObject({ date: '2021-03-13' });
  });
});
