import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers/entities-doc.ts';

describe('entities: places', () => {
  it('resolves a place to the gazetteer with its ancestors, which are in places too', () => {
    const doc = entitiesOf('A bomb exploded in Jalalabad on Monday.');
    const city = doc.places.find((p) => p.name === 'Jalalabad');
    expect(city).toMatchObject({
      gazetteerName: 'Jalālābād',
      geonameId: 1139715,
      countryCode: 'AF',
      country: 'Afghanistan',
      kind: 'city',
    });
    const province = doc.places.find((p) => p.key === city?.parentKey);
    expect(province?.name).toBe('Nangarhar');
    expect(province?.mentions).toEqual([]);
    expect(doc.places.find((p) => p.key === province?.parentKey)?.name).toBe('Afghanistan');
  });

  it('prefers the country the article is about over a bigger namesake', () => {
    const doc = entitiesOf('Libyan officials said the clashes near Homs ended.');
    expect(doc.places.find((p) => p.name === 'Homs')?.countryCode).toBe('LY');
  });

  it('keeps a place the gazetteer lacks, under the parent the text gives', () => {
    const doc = entitiesOf(
      'Shells hit the Homs neighbourhood of al Waer. Police in the Chaparhar district of Nangarhar province said so.',
    );
    const waer = doc.places.find((p) => p.name === 'al Waer');
    expect(waer).toMatchObject({ kind: 'neighbourhood', geonameId: null, country: 'Syria' });
    expect(doc.places.find((p) => p.key === waer?.parentKey)?.name).toBe('Homs');
    const district = doc.places.find((p) => p.name === 'Chaparhar');
    expect(district?.kind).toBe('admin2');
    expect(district?.aliases).toContain('Chaparhar district');
    expect(doc.places.find((p) => p.key === district?.parentKey)?.name).toBe('Nangarhar');
  });

  it('does not make nationality adjectives or attributive "U.S." places, but a noun "U.S." is one', () => {
    const attributive = entitiesOf('Syrian and Afghan refugees met U.S. officials.');
    expect(attributive.places.filter((p) => p.mentions.length > 0)).toEqual([]);
    expect(attributive.mentions.filter((m) => m.type === 'nationality').map((m) => m.text)).toEqual([
      'Syrian',
      'Afghan',
      'U.S.',
    ]);
    const noun = entitiesOf('The U.S. said the strike was lawful.');
    expect(noun.places.map((p) => p.name)).toEqual(['U.S.']);
    expect(noun.places[0]?.country).toBe('United States');
  });

  it('folds transliteration variants to one place', () => {
    const doc = entitiesOf('Fighting near Hodeidah continued. Residents of Hodeida fled.');
    const places = doc.places.filter((p) => p.mentions.length > 0);
    expect(places).toHaveLength(1);
    expect(places[0]?.gazetteerName).toBe('Al Ḩudaydah');
    expect(places[0]?.mentions).toHaveLength(2);
  });

  it('reads a lone word as a place only with evidence, and a known surname stays a person', () => {
    const doc = entitiesOf('Envoy Paul Kerry arrived. Kerry said the talks in Kabul were useful.');
    expect(doc.places.filter((p) => p.mentions.length > 0).map((p) => p.name)).toEqual(['Kabul']);
    expect(doc.people.map((p) => p.name)).toEqual(['Paul Kerry']);
  });

  it('places an unresolved district in the province named just before it', () => {
    const doc = entitiesOf(
      'Insurgents attacked police posts in Nangarhar province overnight. Reinforcements were sent to Khogyani district.',
    );
    const district = doc.places.find((p) => p.name === 'Khogyani');
    expect(doc.places.find((p) => p.key === district?.parentKey)?.name).toBe('Nangarhar');
    expect(district?.country).toBe('Afghanistan');
  });

  it('reads named squares and forests as places, and named hospitals and churches as organizations', () => {
    const doc = entitiesOf(
      'The wounded were taken to the Mercy Valley Hospital. Rebels hid in the Tana forest. The Coptic Church condemned it.',
    );
    expect(doc.places.filter((p) => p.mentions.length > 0).map((p) => [p.name, p.kind])).toEqual([
      ['Tana', 'landmark'],
    ]);
    expect(doc.places.find((p) => p.name === 'Tana')?.aliases).toContain('Tana forest');
    expect(doc.organizations.map((o) => o.name)).toEqual(['Mercy Valley Hospital', 'Coptic Church']);
  });

  it('takes a small town as the subject of a sentence only in an article about its country', () => {
    const about = entitiesOf('Afghan troops pushed south. Dahla was retaken on Sunday.');
    expect(about.places.find((p) => p.name === 'Dahla')?.geonameId).toBe(9003);
    const elsewhere = entitiesOf('Dahla was retaken on Sunday.');
    expect(elsewhere.places).toEqual([]);
  });
});
