import { beforeAll, describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/extract/events/casualties.ts';
import { brief, loadEventResources, run } from './event-helpers.ts';

beforeAll(loadEventResources);

const killed = (text: string) => findFigures(text).filter((f) => f.kind === 'killed').map((f) => f.range);

// run() publishes on Monday 2021-03-15 unless told otherwise.
describe('one victim of rank: at least one killed', () => {
  it('reads "killed a senior commander" as at least one, "killing a farmer" as exactly one', () => {
    expect(killed('A drone strike killed a senior militia commander near the border.')).toEqual([{ min: 1, max: null }]);
    expect(killed('A drone strike killed a farmer near the border.')).toEqual([{ min: 1, max: 1 }]);
  });

  it('takes a long title before the rank noun', () => {
    expect(killed('The raid killed a rebel army chemical weapons expert on Friday.')).toEqual([{ min: 1, max: null }]);
  });

  it('reads "a former leader was killed" as at least one, "a teacher was killed" as one', () => {
    expect(killed('A former leader was killed in a clash with troops.')).toEqual([{ min: 1, max: null }]);
    expect(killed('A teacher was killed in a clash with troops.')).toEqual([{ min: 1, max: 1 }]);
  });

  it('still adds the others named with the leader', () => {
    expect(killed('The strike killed a rebel leader and two bodyguards.')).toEqual([{ min: 3, max: 3 }]);
  });
});

describe('days told relative to another event', () => {
  it('dates "two hours after the first blast" to the first blast, dated by a present-perfect lead', () => {
    const x = run('Two car bombs in Valencia have killed at least 17 people. The first blast struck a market. '
      + 'Roughly two hours after the first blast, another car bomb went off near a school in Valencia.');
    expect(brief(x).map((e) => e.date)).toContain('2021-03-15');
    expect(brief(x).every((e) => e.date === '2021-03-15')).toBe(true);
  });

  it('puts the event after "comes two days after" two days before the one it follows', () => {
    const x = run('Gunmen attacked a village in Cusco province on Saturday, killing 10 people. '
      + 'The raid on the village comes two days after rebels ambushed a police patrol in Arequipa and killed six officers.');
    const byPlace = Object.fromEntries(brief(x).map((e) => [e.place, e.date]));
    expect(byPlace['Arequipa']).toBe('2021-03-11');
    expect(byPlace['Cusco']).toBe('2021-03-13');
  });

  it('gives "happened hours after" the same day', () => {
    const x = run('A suicide bomber has killed five people at a mosque in Graz. '
      + 'The mosque attack happened only hours after another suicide bomber hit a tram in Linz, killing one person.');
    expect(brief(x).map((e) => e.date)).toEqual(['2021-03-15', '2021-03-15']);
  });
});

describe('a clash counts the dead of both sides', () => {
  it('adds the attackers said with the soldiers in a clash', () => {
    const x = run('Gunmen attacked an army base in Kumasi on Sunday, and four soldiers and seven attackers were killed in the gunfight that followed.');
    expect(brief(x)).toHaveLength(1);
    expect(brief(x)[0]).toMatchObject({ type: 'ARMED_CLASH', killed: { min: 11, max: 11 } });
  });

  it('adds the other side\'s dead reported after the soldiers', () => {
    const x = run('Twelve soldiers were killed in a firefight with rebels in Tamale on Sunday. A spokesman said at least six rebels died in the fighting.');
    expect(brief(x)[0]).toMatchObject({ type: 'ARMED_CLASH', killed: { min: 18, max: null } });
  });

  it('keeps an attack on civilians to its victims', () => {
    const x = run('Gunmen stormed a hotel in Tamale on Sunday, and nine guests and two attackers were killed.');
    expect(brief(x)[0]!.killed).toEqual({ min: 9, max: 9 });
  });
});

describe('a present-perfect lead dates its own event, not the cause after "after"', () => {
  it('leaves the rockets that led to the strike without a day', () => {
    const x = run('Israeli jets have struck three sites in Rafah after militants fired rockets at Ashdod.');
    const byType = Object.fromEntries(brief(x).map((e) => [e.type, e.date]));
    expect(byType['AIRSTRIKE']).toBe('2021-03-15');
    expect(byType['SHELLING']).toBeNull();
  });
});

describe('a lead total over several attacks is not the toll of one of them', () => {
  it('leaves the parts of "two car bombs have killed" without the total when each is reported at its place', () => {
    const x = run('Two car bombs in Lisbon have killed at least 26 people and wounded more than 70 others. '
      + 'The first blast tore through a bakery in the Alfama district. '
      + 'About half an hour after the first blast, a second car bomb went off near a clinic in the Belem district.');
    const bombs = brief(x).filter((e) => e.type === 'CAR_BOMBING');
    expect(bombs.length).toBeGreaterThanOrEqual(2);
    expect(bombs.map((e) => e.killed)).not.toContainEqual({ min: 26, max: null });
  });

  it('gives a part its own figure rather than the total told in the lead', () => {
    const x = run('Roadside bombs have destroyed two cars in the north and south of Portugal, killing at least 12 people. '
      + 'Police say six relatives were killed Sunday as a roadside bomb tore through their van in Braga. '
      + 'In an earlier blast Saturday, a roadside bomb hit a truck in Faro, killing four farmers.');
    const byPlace = Object.fromEntries(brief(x).map((e) => [e.place, e.killed]));
    expect(byPlace['Braga']).toEqual({ min: 6, max: 6 });
    expect(byPlace['Faro']).toEqual({ min: 4, max: 4 });
  });

  it('keeps the total of two bombs at one place as that event\'s toll', () => {
    const x = run('Two bombs went off in Coimbra on Monday, injuring at least 14 people. '
      + 'The first bomb exploded near a cafe in Coimbra. A second blast followed in Coimbra an hour later.');
    expect(brief(x)[0]!.injured).toEqual({ min: 14, max: null });
  });
});

describe('victims counted in two parts', () => {
  it('adds one to a qualified count ("at least six soldiers and a photographer")', () => {
    expect(killed('At least six soldiers and a photographer were killed on Tuesday.')).toEqual([{ min: 7, max: null }]);
  });

  it('adds a count to the one named first ("a commander and at least five of his bodyguards")', () => {
    expect(killed('Police say a rebel commander and at least five of his bodyguards were killed.')).toEqual([{ min: 6, max: null }]);
    expect(killed('A driver and two other passengers were killed.')).toEqual([{ min: 3, max: 3 }]);
  });

  it('reads an abbreviated modifier on the one more ("and a U.N. serviceman")', () => {
    expect(killed('Five local guards and a U.N. serviceman were killed at the gate.')).toEqual([{ min: 6, max: 6 }]);
  });

  it('reads "seven members of one family" as seven', () => {
    expect(killed('Seven members of one family were killed when a shell hit their home.')).toEqual([{ min: 7, max: 7 }]);
  });

  it('reads a toll risen to a number after a long "from" phrase', () => {
    expect(killed('Monitors said the death toll from Friday\'s airstrikes on a town held by rebels near the southern border has risen to 44.'))
      .toEqual([{ min: 44, max: 44 }]);
  });
});

describe('a toll told with a noun', () => {
  it('reads "the killing of more than 140 villagers" as at least 140 killed', () => {
    expect(killed('The minister denounced the killing of more than 140 villagers in the southern province.')).toEqual([{ min: 140, max: null }]);
  });

  it('takes no count from "the toll of three weeks of fighting"', () => {
    expect(killed('The toll of almost four months of shelling is easy to see.')).toEqual([]);
  });
});

describe('a day taken over from the event before', () => {
  it('is not given to an incident told in "another state"', () => {
    const x = run('A bomb exploded at a market in Kerala on Sunday, killing six people. '
      + 'In another southern state, Karnataka, gunmen kidnapped a local official.');
    const byType = Object.fromEntries(brief(x).map((e) => [e.type, e.date]));
    expect(byType['ABDUCTION']).toBeNull();
    expect(byType['BOMBING']).toBe('2021-03-14');
  });
});
