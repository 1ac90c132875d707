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
  it('dates "an hour after the first blast" to the first blast, dated by a present-perfect lead', () => {
    const x = run('Two car bombs in Valencia have killed at least 20 people. The first blast hit a bus station. '
      + 'About one hour after the first blast, a second car bomb exploded near a mosque in Valencia.');
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
      + 'The mosque attack happened hours after another suicide bomber struck a bus in Linz, killing one person.');
    expect(brief(x).map((e) => e.date)).toEqual(['2021-03-15', '2021-03-15']);
  });
});
