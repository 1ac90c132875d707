import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/gazetteer/load.ts';
import { extract, type Resources } from '../../../src/extract/pipeline.ts';
import type { Extraction } from '../../../src/extract/types.ts';

let resources: Resources;
beforeAll(() => {
  resources = { gazetteer: loadGazetteer() };
}, 120_000);

/** Made-up articles; the publication date is a Monday unless given. */
function run(body: string, published = '2021-03-15'): Extraction {
  return extract({ id: 'test', title: 'Test', body, published, url: null, publisher: null }, resources);
}
const brief = (x: Extraction) => x.events.map((e) => ({ type: e.type, place: e.place, date: e.date, killed: e.killed, injured: e.injured }));

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

  it('types a car bomb driven by a suicide bomber as a suicide bombing', () => {
    const x = run('A suicide bomber drove a car bomb into a checkpoint in Kunduz on Sunday, killing six soldiers.');
    expect(x.events.map((e) => e.type)).toEqual(['SUICIDE_BOMBING']);
  });

  it('gives "no reports of casualties" no figure rather than zero', () => {
    const x = run('A rocket landed near the airport in Tripoli on Sunday. There were no reports of casualties.');
    expect(brief(x)).toEqual([{ type: 'SHELLING', place: 'Tripoli', date: '2021-03-14', killed: null, injured: null }]);
  });

  it('keeps conflicting figures with their sources and picks the article\'s own voice', () => {
    const x = run('Militants attacked an army base in Idlib on Sunday, killing 14 soldiers. The rebels said 40 soldiers were killed, but a local official told reporters that at least 20 soldiers were killed.');
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
    expect(run('The warring parties agreed to a ceasefire in Idlib on Sunday.').events.map((e) => [e.type, e.place, e.date]))
      .toEqual([['CEASEFIRE', 'Idlib', '2021-03-14']]);
    expect(run('The president said on Sunday he was ready for a ceasefire in Idlib.').events).toEqual([]);
  });

  it('finds kidnappings and protests', () => {
    expect(run('Gunmen kidnapped 30 students from a school in Kaduna on Sunday.').events[0]).toMatchObject({ type: 'ABDUCTION', place: 'Kaduna' });
    expect(run('Thousands of people joined a protest in Khartoum on Sunday.').events[0]).toMatchObject({ type: 'PROTEST', place: 'Khartoum' });
  });

  it('ignores generic statements about attacks', () => {
    expect(run('Insurgents have launched several deadly assaults around the country in recent weeks.').events).toEqual([]);
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
    const x = run('The commander was killed in an air strike in Idlib on Sunday along with six others.');
    expect(x.events[0]!.killed).toEqual({ min: 7, max: 7 });
  });
});

describe('events: places and ceasefires without the usual cues', () => {
  it('takes the place named in the sentence before when the event names none', () => {
    const x = run('Violence flared again in the northern city of Kunduz. Taliban fighters attacked police checkpoints on Sunday, killing 12 officers.');
    expect(x.events.map((e) => [e.type, e.place, e.killed?.min])).toEqual([['ARMED_CLASH', 'Kunduz', 12]]);
  });

  it('reports a ceasefire said to have begun even with a definite article', () => {
    const x = run('The truce between the army and the rebels in Idlib began on Sunday.');
    expect(x.events.map((e) => [e.type, e.place, e.date])).toEqual([['CEASEFIRE', 'Idlib', '2021-03-14']]);
  });
});

describe('events: figures and days from neighbouring sentences', () => {
  it('reads "not clear how many other people were killed" as a lower bound on the stated toll', () => {
    const x = run('An air strike in Taiz killed two rebel commanders on Sunday. It was not immediately clear how many other people were killed in the strike.');
    expect(x.events[0]!.killed).toEqual({ min: 2, max: null });
  });

  it('dates "the second in as many days" the day after the other one', () => {
    const x = run('A suicide bomber killed five people in Ghazni. The blast was the second in as many days. On Saturday, a car bomb killed two soldiers in Herat.');
    expect(x.events.map((e) => [e.place, e.date])).toEqual([['Ghazni', '2021-03-14'], ['Herat', '2021-03-13']]);
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

describe('events: kinds of device', () => {
  it('keeps a roadside bomb apart from a suicide bombing reported just before it', () => {
    const x = run('A suicide bomber blew himself up at a market on Sunday, killing ten people. A roadside bomb killed three soldiers on Sunday.');
    expect(x.events.map((e) => [e.type, e.killed?.min])).toEqual([['SUICIDE_BOMBING', 10], ['IED', 3]]);
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

describe('events: owners are not locations', () => {
  it('places "Yemen\'s rebels attacked X in Saudi Arabia" in Saudi Arabia', () => {
    const x = run("Yemen's rebels launched drone attacks on oil facilities in Saudi Arabia on Saturday.");
    expect(x.events.map((e) => [e.type, e.place])).toEqual([['AIRSTRIKE', 'Saudi Arabia']]);
  });
});

describe('events: ceasefires with attacks around them', () => {
  const text = [
    'A ceasefire brokered by Turkey and Qatar took effect in Libya on Sunday.',
    'Government aircraft dropped barrel bombs on a village near Misrata shortly before the ceasefire began, killing two children, activists said.',
  ].join('\n\n');

  it('places a ceasefire where it took effect, not with those who brokered it', () => {
    expect(run(text).events[0]).toMatchObject({ type: 'CEASEFIRE', place: 'Libya', date: '2021-03-14', killed: null, placeAlternatives: [] });
  });

  it('gives the figure to the attack and the anchor day to it', () => {
    expect(run(text).events[1]).toMatchObject({ type: 'SHELLING', place: 'Misrata', date: '2021-03-14', killed: { min: 2, max: 2 } });
  });

  it('keeps a total over days of protests off the protest', () => {
    const x = run('Rights groups said at least 80 people have been killed in three days of protests. Thousands of protesters marched in Khartoum on Sunday.');
    expect(x.events.map((e) => [e.type, e.place, e.killed])).toEqual([['PROTEST', 'Khartoum', null]]);
  });
});
