import { beforeAll, describe, expect, it } from 'vitest';
import { referencePlace } from '../../../src/extract/events/reference-places.ts';
import { loadEventResources, run } from './event-helpers.ts';

beforeAll(loadEventResources, 120_000);

const at = (text: string, name: string) => text.indexOf(name);
const refAt = (text: string, name: string) => referencePlace(text, at(text, name), at(text, name) + name.length);

describe('event place: border reference points and accused parties', () => {
  it('marks the country across a border and an accused party, not a place the event is in', () => {
    const a = 'Rebels ambushed a patrol on Friday near the border with Chile, killing four soldiers.';
    expect(refAt(a, 'Chile')).toBe(true);
    const b = 'Jets bombed a village near the Peru border on Friday.';
    expect(refAt(b, 'Peru')).toBe(true);
    const c = 'Officials accused Chile of shelling a border post.';
    expect(refAt(c, 'Chile')).toBe(true);
    const d = 'A bomb exploded in the Peru border town of Tacna.';
    expect(refAt(d, 'Peru')).toBe(false);
    const e = 'Gunmen attacked a bus in Bolivia on Friday.';
    expect(refAt(e, 'Bolivia')).toBe(false);
  });

  it('places an ambush near a border in the province the next sentence names', () => {
    const x = run('Separatist fighters ambushed an army convoy on Sunday near the borders with Chile and Peru. '
      + 'The group said it killed nine soldiers when it fired on three trucks in Oruro province.');
    expect(x.events.map((e) => [e.type, e.place])).toEqual([['ARMED_CLASH', 'Oruro']]);
  });
});

describe('ceasefire reached: a past negotiation and a dated agreement', () => {
  it('reads "had negotiated a truce" as a truce reached', () => {
    const x = run('An official in Lima said on Monday that Peru and Ecuador had negotiated a truce after days of clashes.');
    expect(x.events.some((e) => e.type === 'CEASEFIRE')).toBe(true);
  });

  it('reads "a 1998 peace accord" as an undated background agreement; "negotiating a truce" is still no event', () => {
    const x = run('The militia fighters joined the Peruvian army under a 1998 peace accord.');
    expect(x.events.map((e) => [e.type, e.date])).toEqual([['CEASEFIRE', null]]);
    const y = run('Diplomats in Lima are negotiating a truce between the two sides.');
    expect(y.events.filter((e) => e.type === 'CEASEFIRE')).toHaveLength(0);
  });
});

describe('event country names in the article own form', () => {
  it('renames a gazetteer short country name to the form the article uses', async () => {
    const { useArticleCountryNames } = await import('../../../src/extract/events/country-names.ts');
    const event = {
      key: 'event:1', type: 'CEASEFIRE', date: null, place: 'Ardania', placeKey: null, placeAlternatives: ['Ardania'],
      country: 'Ardania', killed: null, injured: null, claimedBy: [], deniedBy: [], perpetrators: [], partOfKey: null,
      summary: '', evidence: { start: 0, end: 1, sentenceIndex: 0, sentence: 'x' },
    };
    const doc = {
      places: [{ key: 'p1', name: 'Federal Republic of Ardania', kind: 'country', country: 'Ardania', aliases: [], mentions: [{ start: 0, end: 1 }] }],
      events: [event],
    };
    useArticleCountryNames(doc as unknown as Parameters<typeof useArticleCountryNames>[0]);
    expect([event.place, event.country, event.placeAlternatives]).toEqual(['Federal Republic of Ardania', 'Federal Republic of Ardania', []]);
    expect(event.summary).toContain('Federal Republic of Ardania');
  });
});

describe('fighting told without a clash word', () => {
  it('reads "killed in a battle with troops" as a clash; "a battle for votes" opens nothing', () => {
    const x = run('A rebel commander was killed in a battle with army troops in Loreto province on Saturday.');
    expect(x.events.map((e) => e.type)).toEqual(['ARMED_CLASH']);
    const y = run('The two parties are locked in a battle for votes in Lima.');
    expect(y.events).toHaveLength(0);
  });

  it('reads "a victory over government forces at X" as a clash at X', () => {
    const x = run('Rebels, fresh from a victory over government forces at Tumbes, moved south on Monday.');
    expect(x.events.map((e) => [e.type, e.place])).toEqual([['ARMED_CLASH', 'Tumbes']]);
  });
});

describe('event place: the last event place is taken only for "nearby"', () => {
  it('leaves a set-apart bombing with no place of its own in the country, and puts a "nearby" one at the last place', () => {
    const first = 'Gunmen attacked a police post in Tacna in southern Peru on Monday, killing three officers.\n\n';
    const apart = run(`${first}Separately, a roadside bomb struck an army truck on Tuesday, wounding two soldiers.`);
    expect(apart.events.map((e) => e.place)).toEqual(['Tacna', 'Peru']);
    const nearby = run(`${first}A separate bomb exploded nearby on Tuesday, wounding two soldiers.`);
    expect(nearby.events.map((e) => e.place)).toEqual(['Tacna', 'Tacna']);
  });
});

describe('event place: the accusing country, not the accused one', () => {
  it('places "X accused Y of launching airstrikes on its territory" in X', () => {
    const x = run('Ecuador accused Peru of launching airstrikes on its territory on Monday.');
    expect(x.events.map((e) => [e.type, e.place])).toEqual([['AIRSTRIKE', 'Ecuador']]);
  });
});
