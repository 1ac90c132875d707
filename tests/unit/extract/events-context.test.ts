import { beforeAll, describe, expect, it } from 'vitest';
import { loadEventResources, run } from './event-helpers.ts';

beforeAll(loadEventResources, 120_000);

describe('events: follow-ups and responsibility', () => {
  it('reads a gun battle right after a bombing at the same place as the same attack', () => {
    const x = run('Militants detonated a car bomb outside a hotel in Mogadishu on Sunday, killing 11 people. Police said three attackers were killed after a gun battle that lasted hours.');
    expect(x.events.map((e) => e.type)).toEqual(['CAR_BOMBING']);
    expect(x.casualties.map((c) => [c.min, c.group])).toEqual([[11, null], [3, 'attackers']]);
  });

  it('opens a new event after "Separately," even of the same type', () => {
    const x = run('A bomb exploded at a market in Mosul on Sunday, killing four people. Separately, a bomb wounded two policemen on Saturday.');
    expect(x.events.map((e) => [e.type, e.date])).toEqual([['BOMBING', '2021-03-14'], ['BOMBING', '2021-03-13']]);
  });

  it('names the perpetrators of "an attack by X" and the ones who deny it in the next sentence', () => {
    const x = run('Soldiers repelled an attack by Boko Haram on a base in Maiduguri on Sunday, killing nine insurgents.\n\nThe group denied its fighters were involved.');
    expect(x.events[0]!.perpetrators).toContain('Boko Haram');
  });

  it('types an assault on a base as a clash and one on civilians as an attack', () => {
    expect(run('Militants attacked an army base in Maiduguri on Sunday, killing nine soldiers.').events[0]!.type).toBe('ARMED_CLASH');
    expect(run('Gunmen attacked a wedding party in Maiduguri on Sunday, killing nine guests.').events[0]!.type).toBe('ATTACK');
  });

  it('counts "killing a policeman" as one', () => {
    expect(run('A bomb exploded in Quetta on Sunday, killing a policeman.').events[0]!.killed).toEqual({ min: 1, max: 1 });
  });

  it('takes "claimed the attack" as a claim', () => {
    expect(run('A bomb exploded in Quetta on Sunday, killing four people. The Lashkar-e-Jhangvi claimed the attack.').events[0]!.claimedBy)
      .toEqual(['Lashkar-e-Jhangvi']);
  });

  it('counts a named victim as at least one killed when no number is given', () => {
    const x = run('Mourners gathered for the funeral of the governor, who was killed Saturday by a suicide bombing in Quetta.');
    expect(x.events[0]).toMatchObject({ type: 'SUICIDE_BOMBING', date: '2021-03-13', killed: { min: 1, max: null } });
  });

  it('prefers a stated count over the named victim', () => {
    const x = run('The commander was killed in an air strike in Cabinda on Sunday along with five others.');
    expect(x.events[0]!.killed).toEqual({ min: 6, max: 6 });
  });
});

describe('events: figures and days from neighbouring sentences', () => {
  it('reads "not clear how many other people were killed" as a lower bound on the stated toll', () => {
    const x = run('A drone strike in Lyon killed three militia leaders on Sunday. Officials said it was not clear how many other fighters had died in the raid.');
    expect(x.events[0]!.killed).toEqual({ min: 3, max: null });
  });

  it('dates "the second in as many days" the day after the other one', () => {
    const x = run('A suicide bomber killed four shoppers in Lyon. The explosion was the second in as many days. On Saturday, a car bomb killed three guards in Nantes.');
    expect(x.events.map((e) => [e.place, e.date])).toEqual([['Lyon', '2021-03-14'], ['Nantes', '2021-03-13']]);
  });

  it('gives a figure in the next sentence to the event just reported', () => {
    const x = run('A bomb exploded at a bus station in Quetta on Sunday, killing six people. As many as 40 others were injured.');
    expect(x.events[0]!.injured).toEqual({ min: null, max: 40 });
  });

  it('links a statement about the event to it and leaves an unrelated one alone', () => {
    const x = run('A bomb exploded in Quetta on Sunday. "This was a cowardly attack," the governor said.\n\nIn other news, the minister said the economy grew.');
    expect(x.statements.map((s) => s.eventKeys)).toEqual([['event:1'], []]);
  });
});

describe('events: earlier attacks named by their times', () => {
  it('gives "similar attacks in May and in July" one undated event per month, of the compared type', () => {
    const x = run('Militants attacked an army base in Kismayo on Sunday, and a firefight followed. The group carried out similar attacks in May and in July of last year.');
    expect(x.events.map((e) => [e.type, e.date])).toEqual([['ARMED_CLASH', '2021-03-14'], ['ARMED_CLASH', null], ['ARMED_CLASH', null]]);
  });

  it('takes no event from attacks over a span of time', () => {
    const x = run('Militants have carried out attacks on convoys since January.');
    expect(x.events).toEqual([]);
  });
});

describe('events: captions and earlier years', () => {
  it('skips a file-photo caption', () => {
    const x = run('FILE - Police inspect the site of a bombing in Mosul, Iraq, June 2, 2019.\n\nOfficials met on Sunday to discuss security.');
    expect(x.events).toEqual([]);
  });

  it('gives an attack in an earlier year no day, even right after a dated one', () => {
    const x = run('A bomb exploded in Mosul on Sunday, killing three people. In 2014, a truck bomb killed 50 people in Basra.');
    expect(x.events.map((e) => [e.place, e.date])).toEqual([['Mosul', '2021-03-14'], ['Basra', null]]);
  });
});

describe('events: plurals that happened', () => {
  it('reports "clashes erupted" without a figure, but not "attacks on convoys" in general', () => {
    expect(run('Clashes erupted in Kismayo on Sunday between rival militias.').events.map((e) => [e.type, e.place]))
      .toEqual([['ARMED_CLASH', 'Kismayo']]);
    expect(run('Militants often stage attacks on convoys in the region.').events).toEqual([]);
  });
});

describe('events: who reported a figure', () => {
  it('reads an attribution at the end of the sentence as the source', () => {
    const x = run('Shelling killed at least 12 people in Donetsk on Sunday, local officials said.');
    expect(x.casualties.map((c) => [c.min, c.source?.name])).toEqual([[12, 'local officials']]);
  });

  it('does not read a sentence-initial adjective as the actor', () => {
    expect(run('Heavy shelling killed four people in Donetsk on Sunday.').events[0]!.perpetrators).toEqual([]);
    expect(run('Iranian warplanes struck targets near Dohuk on Sunday.').events[0]!.perpetrators).toEqual(['Iran']);
  });
});
