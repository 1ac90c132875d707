import { beforeAll, describe, expect, it } from 'vitest';
import { dashDateline, isDescriptiveCompound, splitPair, stripDescriptivePrefix } from '../../../src/extract/events/place-names.ts';
import { reactingSubject, spokenAt } from '../../../src/extract/events/spoken-place.ts';
import { venueAt } from '../../../src/extract/events/ceasefire-place.ts';
import { loadEventResources, run } from './event-helpers.ts';

beforeAll(loadEventResources, 120_000);

const at = (text: string, name: string) => text.indexOf(name);

describe('event place names: no modifiers', () => {
  it('cuts a descriptive compound before a name and drops one standing alone', () => {
    expect(stripDescriptivePrefix('Muslim-majority Varno')).toBe('Varno');
    expect(stripDescriptivePrefix('rebel-held Darsa')).toBe('Darsa');
    expect(stripDescriptivePrefix('Guinea-Bissau')).toBe('Guinea-Bissau');
    expect(isDescriptiveCompound('Christian-majority')).toBe(true);
    expect(isDescriptiveCompound('Varno')).toBe(false);
  });

  it('splits a pair of known places, not a hyphenated name of its own', () => {
    const known: Record<string, string> = { Ardan: 'Ardan', Belor: 'Belor', Ardanian: 'Ardan', 'Tor-Vessa': 'Tor-Vessa' };
    const resolve = (n: string) => known[n] ?? null;
    expect(splitPair('Ardan-Belor', resolve)).toEqual(['Ardan', 'Belor']);
    expect(splitPair('Ardanian-Belor', resolve)).toEqual(['Ardan', 'Belor']);
    expect(splitPair('Tor-Vessa', resolve)).toBeNull();
    expect(splitPair('Ardan-Kesh', resolve)).toBeNull();
  });

  it('places a raid "in the Muslim-majority town of X" at X', () => {
    const x = run('Gunmen killed 12 people on Sunday in the Muslim-majority town of Varno in northern Nigeria, police said.');
    expect(x.events.map((e) => [e.type, e.place])).toEqual([['ATTACK', 'Varno']]);
  });

  it('places a clash "along the X-Y border" in one of the two countries', () => {
    const x = run('Troops from Ethiopia and Eritrea clashed on Monday along the Ethiopia-Eritrea border, killing 14 soldiers.');
    expect(x.events).toHaveLength(1);
    expect(['Ethiopia', 'Eritrea']).toContain(x.events[0]!.place);
  });
});

describe('event place: where news was told is not where it happened', () => {
  it('recognises places of telling', () => {
    const a = 'The attack took place in Khost, a spokesman told reporters in Kabul.';
    expect(spokenAt(a, at(a, 'Kabul'))).toBe(true);
    expect(spokenAt(a, at(a, 'Khost'))).toBe(false);
    const b = 'The minister, speaking to journalists in Nairobi on Monday, said ten died.';
    expect(spokenAt(b, at(b, 'Nairobi'))).toBe(true);
    const c = 'He said at a news conference in Baghdad that the bombers came from abroad.';
    expect(spokenAt(c, at(c, 'Baghdad'))).toBe(true);
    const d = 'A bomb exploded at a rally in Dhaka.';
    expect(spokenAt(d, at(d, 'Dhaka'))).toBe(false);
  });

  it('reads a mixed-case place and dash opening a line as a dateline', () => {
    const a = 'Title\nIslamabad - Officials said militants attacked a school.';
    expect(dashDateline(a, a.indexOf('Islamabad'), a.indexOf('Islamabad') + 9)).toBe(true);
    const b = 'Title\nIslamabad has seen protests - and more.';
    expect(dashDateline(b, b.indexOf('Islamabad'), b.indexOf('Islamabad') + 9)).toBe(false);
  });

  it('does not place an attack at a mixed-case dateline when a place is named later', () => {
    const x = run('Islamabad - Officials said on Sunday that militants had attacked a school in the northwest, killing 12 students.\n\nThe attack took place in Charsadda district.');
    expect(x.events.map((e) => [e.type, e.place])).toEqual([['ATTACK', 'Charsadda']]);
  });

  it('recognises a place that reacts', () => {
    const a = 'An aide said Finland is "gravely alarmed" by the clashes.';
    expect(reactingSubject(a, at(a, 'Finland'), at(a, 'Finland') + 7)).toBe(true);
    const b = 'Fighting in Kenya was deeply troubling.';
    expect(reactingSubject(b, at(b, 'Kenya'), at(b, 'Kenya') + 5)).toBe(false);
  });

  it('takes a country named only in a border pair as a country', () => {
    const x = run('Troops clashed on Monday along the Sudan-South Sudan border, killing 20 soldiers.');
    expect(x.events.map((e) => [e.type, e.place, e.country])).toEqual([['ARMED_CLASH', 'Sudan', 'Sudan']]);
  });

  it('places the attack where it happened, not where the spokesman spoke', () => {
    const x = run('A suicide bomber killed ten people on Sunday. The attack took place in the eastern province of Khost, a spokesman told reporters in Kabul.');
    expect(x.events.map((e) => [e.type, e.place])).toEqual([['SUICIDE_BOMBING', 'Khost']]);
  });
});

describe('ceasefire place: the war, not the venue', () => {
  it('recognises signing and talks venues', () => {
    const a = 'The two sides signed a ceasefire on Tuesday in Nairobi.';
    expect(venueAt(a, 0, at(a, 'Nairobi'))).toBe(true);
    const b = 'They agreed at talks in Geneva to a truce in Darfur.';
    expect(venueAt(b, 0, at(b, 'Geneva'))).toBe(true);
    expect(venueAt(b, 0, at(b, 'Darfur'))).toBe(false);
  });

  it('places a truce signed in a neighbour\'s capital in the warring country', () => {
    const x = run('The government of Somalia and the rebels signed a cease-fire on Tuesday in Nairobi, the Kenyan capital.');
    expect(x.events.filter((e) => e.type === 'CEASEFIRE').map((e) => e.place)).toEqual(['Somalia']);
  });

  it('keeps the signing city when no other place is named', () => {
    const x = run('The two sides signed a cease-fire on Tuesday in Nairobi.');
    expect(x.events.filter((e) => e.type === 'CEASEFIRE').map((e) => e.place)).toEqual(['Nairobi']);
  });
});

describe('ceasefire country: not the venue\'s', () => {
  it('keeps the venue out of the country and alternatives of a truce placed elsewhere', () => {
    const x = run('A truce in Darfur, agreed at talks in Geneva, took effect on Monday.');
    const truce = x.events.find((e) => e.type === 'CEASEFIRE');
    expect(truce?.place).toBe('Darfur');
    expect(truce?.country).not.toBe('Switzerland');
    expect(truce?.placeAlternatives).not.toContain('Geneva');
  });
});
