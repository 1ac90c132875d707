import { beforeAll, describe, expect, it } from 'vitest';
import { speakerPlace } from '../../../src/extract/events/speaker-place.ts';
import { spokenOnDay } from '../../../src/extract/events/spoken-place.ts';
import { loadEventResources, run } from './event-helpers.ts';

beforeAll(loadEventResources, 120_000);

const span = (text: string, name: string): [string, number, number] => [text, text.indexOf(name), text.indexOf(name) + name.length];

describe('speakers\' place', () => {
  it('recognises where the speakers are', () => {
    expect(speakerPlace(...span('The interior ministry in Kabul said Monday that a bomber struck in Kunduz.', 'Kabul'))).toBe(true);
    expect(speakerPlace(...span('Officials in Jalalabad, on Sunday, announced the toll.', 'Jalalabad'))).toBe(true);
    expect(speakerPlace(...span('In Baghdad, the government announced that a car bomb had exploded in Mosul.', 'Baghdad'))).toBe(true);
    expect(speakerPlace(...span('In Baghdad, a car bomb killed nine people, police said.', 'Baghdad'))).toBe(false);
    expect(speakerPlace(...span('A bomb exploded in Kunduz, officials said.', 'Kunduz'))).toBe(false);
  });

  it('places the attack where it happened, not where the ministry spoke', () => {
    const x = run('The interior ministry in Kabul said Monday that a suicide bomber killed 20 people at a mosque in Kunduz.');
    expect(x.events.map((e) => [e.type, e.place])).toEqual([['SUICIDE_BOMBING', 'Kunduz']]);
  });

  it('places a fronted announcement\'s event in its own city', () => {
    const x = run('In Baghdad, the government announced that a car bomb had killed 20 people in Mosul on Sunday.');
    expect(x.events.map((e) => [e.type, e.place])).toEqual([['CAR_BOMBING', 'Mosul']]);
  });

  it('keeps the speakers\' place when it is the only one, or the other is only a wider reference point', () => {
    expect(run('Police in Kunduz said a bomb killed five people on Sunday.').events.map((e) => e.place)).toEqual(['Kunduz']);
    const x = run('Officials in Kunar province said Sunday that an air strike hit a house near Pakistan, killing six militants.');
    expect(x.events.map((e) => [e.type, e.place])).toEqual([['AIRSTRIKE', 'Kunar']]);
  });
});

describe('the day something was said', () => {
  it('recognises "Speaking in X on Monday," and "In a statement on Monday,"', () => {
    const a = 'Speaking in Abuja on Monday, the police chief said 20 people were killed.';
    expect(spokenOnDay(a, a.indexOf('Monday'))).toBe(true);
    const b = 'In a statement on Tuesday, the army said the attack was repelled.';
    expect(spokenOnDay(b, b.indexOf('Tuesday'))).toBe(true);
    const c = 'Gunmen attacked a village on Monday, killing 20.';
    expect(spokenOnDay(c, c.indexOf('Monday'))).toBe(false);
  });

  it('keeps one attack when officials speak of it on a later day', () => {
    const x = run('Gunmen attacked a village in Zamfara state on Saturday. Speaking in Abuja on Sunday, the police chief said 20 people were killed in the attack.');
    expect(x.events.map((e) => [e.type, e.place, e.date, e.killed?.min])).toEqual([['ATTACK', 'Zamfara', '2021-03-13', 20]]);
  });
});

describe('a lead with no place of its own', () => {
  it('takes the place the next sentence names, not the dateline', () => {
    const x = run('KABUL, Afghanistan (AP) - A suicide bomber killed 10 people on Sunday, officials said. The bomber struck a crowded market in the eastern city of Jalalabad.');
    expect(x.events.map((e) => [e.type, e.place])).toEqual([['SUICIDE_BOMBING', 'Jalalabad']]);
  });

  it('does not take a place from a next sentence that reports another event', () => {
    const x = run('KABUL, Afghanistan (AP) - A suicide bomber killed 10 people on Sunday, officials said. Separately, a roadside bomb killed two soldiers in Kandahar on Saturday.');
    expect(x.events.map((e) => e.place)).not.toEqual(['Kandahar', 'Kandahar']);
    expect(x.events.find((e) => e.type === 'SUICIDE_BOMBING')?.place).not.toBe('Kandahar');
  });
});
