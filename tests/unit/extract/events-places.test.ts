import { beforeAll, describe, expect, it } from 'vitest';
import { loadEventResources, run } from './event-helpers.ts';

beforeAll(loadEventResources, 120_000);

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

describe('events: owners are not locations', () => {
  it('places "Yemen\'s rebels attacked X in Saudi Arabia" in Saudi Arabia', () => {
    const x = run("Yemen's rebels launched drone attacks on oil facilities in Saudi Arabia on Saturday.");
    expect(x.events.map((e) => [e.type, e.place])).toEqual([['AIRSTRIKE', 'Saudi Arabia']]);
  });
});

describe('events: ceasefires with attacks around them', () => {
  const text = [
    'A ceasefire brokered by Turkey and Qatar took effect in Libya on Sunday.',
    'Government aircraft dropped barrel bombs on a village near Zliten shortly before the ceasefire began, killing two children, activists said.',
  ].join('\n\n');

  it('places a ceasefire where it took effect, not with those who brokered it', () => {
    expect(run(text).events[0]).toMatchObject({ type: 'CEASEFIRE', place: 'Libya', date: '2021-03-14', killed: null, placeAlternatives: [] });
  });

  it('gives the figure to the attack and the anchor day to it', () => {
    // barrel bombs dropped by aircraft are a strike from the air (round 7)
    expect(run(text).events[1]).toMatchObject({ type: 'AIRSTRIKE', place: 'Zliten', date: '2021-03-14', killed: { min: 2, max: 2 } });
  });

  it('keeps a total over days of protests off the protest', () => {
    const x = run('Rights groups said at least 80 people have been killed in three days of protests. Thousands of protesters marched in Khartoum on Sunday.');
    expect(x.events.map((e) => [e.type, e.place, e.killed])).toEqual([['PROTEST', 'Khartoum', null]]);
  });
});

describe('events: peace deals and what follows them', () => {
  it('gives a peace agreement no toll from the war it ends', () => {
    const x = run('The government and the rebels signed a peace agreement in Juba on Sunday, ending a war that killed some 400,000 people.');
    expect(x.events.map((e) => [e.type, e.place, e.killed])).toEqual([['CEASEFIRE', 'Juba', null]]);
  });

  it('reads "the coalition fighting in X" as no clash, and dates "hours later" by the last report', () => {
    const x = run('The coalition fighting in Yemen announced a ceasefire on Sunday.\n\nHours later, warplanes struck rebel positions in Marib province.');
    expect(x.events.map((e) => [e.type, e.date])).toEqual([['CEASEFIRE', '2021-03-14'], ['AIRSTRIKE', '2021-03-14']]);
  });
});
