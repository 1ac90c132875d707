import { beforeAll, describe, expect, it } from 'vitest';
import { brief, loadEventResources, run } from './event-helpers.ts';

beforeAll(loadEventResources, 120_000);

describe('events', () => {
  it('keeps attacks in two cities apart, each with its own figures', () => {
    const x = run('A car bomb exploded in Mosul on Sunday, killing 12 people.\n\nIn Aden, a roadside bomb killed three soldiers on Saturday.');
    expect(brief(x)).toEqual([
      { type: 'CAR_BOMBING', place: 'Mosul', date: '2021-03-14', killed: { min: 12, max: 12 }, injured: null },
      { type: 'IED', place: 'Aden', date: '2021-03-13', killed: { min: 3, max: 3 }, injured: null },
    ]);
  });

  it('does not output an umbrella total whose parts are reported, and passes its day and claim to them', () => {
    const x = run([
      'A wave of bombings in Mosul and Basra killed at least 50 people on Sunday. Boko Haram claimed responsibility for the attacks.',
      'In Mosul, a suicide bomber killed at least 30 people at a market.',
      'In Basra, a car bomb killed 20 people near a mosque.',
    ].join('\n\n'));
    expect(x.events.map((e) => [e.type, e.place, e.date, e.killed?.min])).toEqual([
      ['SUICIDE_BOMBING', 'Mosul', '2021-03-14', 30],
      ['CAR_BOMBING', 'Basra', '2021-03-14', 20],
    ]);
    expect(x.events.every((e) => e.claimedBy.includes('Boko Haram'))).toBe(true);
    expect(x.casualties.some((c) => c.min === 50)).toBe(false);
  });

  it('keeps an umbrella sentence as the event when it is the only report', () => {
    const x = run('A series of bombings in Mosul killed at least 50 people on Sunday.');
    expect(brief(x)).toEqual([{ type: 'BOMBING', place: 'Mosul', date: '2021-03-14', killed: { min: 50, max: null }, injured: null }]);
  });

  it('merges coreferent mentions and takes the more specific place and the day from them', () => {
    const x = run('A suicide bomber struck a convoy in eastern Afghanistan, killing four people.\n\nPolice in the Mazar-i-Sharif district of Balkh province said the blast occurred late Saturday.');
    expect(x.events).toHaveLength(1);
    expect(x.events[0]).toMatchObject({ type: 'SUICIDE_BOMBING', date: '2021-03-13', killed: { min: 4, max: 4 } });
    expect(x.events[0]!.place).not.toBe('Afghanistan');
  });

  it('opens a new event for "a separate bomb" at the same place', () => {
    const x = run('A bomb exploded outside a police station in Mosul on Sunday, killing five people. A separate bomb exploded nearby.');
    expect(x.events.map((e) => [e.type, e.place, e.killed?.min ?? null])).toEqual([['BOMBING', 'Mosul', 5], ['BOMBING', 'Mosul', null]]);
  });

  it('gives a background campaign no day and takes its actor from a nationality', () => {
    const x = run('French air strikes launched in October against militants have destroyed dozens of camps in Mali.');
    expect(x.events).toHaveLength(1);
    expect(x.events[0]).toMatchObject({ type: 'AIRSTRIKE', date: null, place: 'Mali', perpetrators: ['France'] });
  });

  it('dates an event "a few hours after" another with the other one\'s day', () => {
    const x = run('Gunmen stormed a hotel in Mogadishu on Sunday, killing nine guests. The assault came a few hours after a roadside bomb killed two soldiers in Kismayo.');
    expect(x.events.map((e) => [e.type, e.place, e.date])).toEqual([
      ['ATTACK', 'Mogadishu', '2021-03-14'],
      ['IED', 'Kismayo', '2021-03-14'],
    ]);
  });

  it('types a suicide bomber who drove a car bomb as a suicide bombing', () => {
    const x = run('A suicide bomber drove a car bomb into a checkpoint in Kunduz on Sunday, killing six soldiers.');
    expect(x.events.map((e) => e.type)).toEqual(['SUICIDE_BOMBING']);
  });

  it('gives "no reports of casualties" no figure rather than zero', () => {
    const x = run('A rocket landed near the airport in Tripoli on Sunday. There were no reports of casualties.');
    expect(brief(x)).toEqual([{ type: 'SHELLING', place: 'Tripoli', date: '2021-03-14', killed: null, injured: null }]);
  });

  it('keeps conflicting figures with their sources and picks the article\'s own voice', () => {
    const x = run('Militants attacked an army base in Cabinda on Sunday, killing 14 soldiers. The rebels said 40 soldiers were killed, but a local official told reporters that at least 20 soldiers were killed.');
    expect(x.events[0]!.killed).toEqual({ min: 14, max: 14 });
    const sourced = x.casualties.filter((c) => c.kind === 'killed').map((c) => [c.min, c.source?.name ?? null]);
    expect(sourced).toHaveLength(3);
    expect(sourced[0]).toEqual([14, null]);
    expect(sourced.slice(1).every(([, s]) => s !== null)).toBe(true);
  });

  it('picks the first reported figure when the article gives none of its own', () => {
    const x = run('Hospital officials said at least 17 people were killed in heavy fighting in Tripoli on Sunday. The government said 11 people died.');
    expect(x.events[0]).toMatchObject({ type: 'ARMED_CLASH', killed: { min: 17, max: null } });
  });

  it('finds a ceasefire reached, not one only called for', () => {
    expect(run('The warring parties agreed to a ceasefire in Cabinda on Sunday.').events.map((e) => [e.type, e.place, e.date]))
      .toEqual([['CEASEFIRE', 'Cabinda', '2021-03-14']]);
    expect(run('The prime minister said on Sunday she was ready for a ceasefire in Cabinda.').events).toEqual([]);
  });

  it('finds kidnappings and protests', () => {
    expect(run('Gunmen kidnapped 30 students from a school in Kaduna on Sunday.').events[0]).toMatchObject({ type: 'ABDUCTION', place: 'Kaduna' });
    expect(run('Thousands of people joined a protest in Khartoum on Sunday.').events[0]).toMatchObject({ type: 'PROTEST', place: 'Khartoum' });
  });

  it('ignores generic statements about attacks', () => {
    expect(run('Militants have mounted a number of deadly raids across the region in recent months.').events).toEqual([]);
  });

  it('records claims and denials of responsibility', () => {
    const x = run('A bomb exploded at a bus station in Quetta on Sunday, killing seven people. The Lashkar-e-Jhangvi claimed responsibility for the attack, while a separatist group denied any involvement.');
    expect(x.events[0]!.claimedBy).toEqual(['Lashkar-e-Jhangvi']);
    expect(x.events[0]!.perpetrators).toContain('Lashkar-e-Jhangvi');
  });

  it('numbers events and casualty records and points each figure at its event', () => {
    const x = run('A bomb exploded in Mosul on Sunday, killing five people and wounding 12.');
    expect(x.events.map((e) => e.key)).toEqual(['event:1']);
    expect(x.casualties.map((c) => [c.key, c.eventKey, c.kind])).toEqual([['cas:1', 'event:1', 'killed'], ['cas:2', 'event:1', 'injured']]);
  });
});

describe('events: kinds of device', () => {
  it('keeps a roadside bomb apart from a suicide bombing reported just before it', () => {
    const x = run('A suicide bomber blew himself up at a market on Sunday, killing ten people. A roadside bomb killed three soldiers on Sunday.');
    expect(x.events.map((e) => [e.type, e.killed?.min])).toEqual([['SUICIDE_BOMBING', 10], ['IED', 3]]);
  });
});
