import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers/entities-doc.ts';
import { knownOrganization, orgKey } from '../../../src/extract/entities/lexicon.ts';

const placeNames = (body: string): string[] =>
  entitiesOf(body)
    .places.filter((p) => p.mentions.length > 0)
    .map((p) => p.name);

describe('entities: organization forms', () => {
  it('takes a named hospital or school for an organization, and a named mosque for a place (round 7)', () => {
    const doc = entitiesOf(
      'Doctors at Tarik hospital treated the wounded. Gunmen entered the Al Noor Mosque and the Saint Luke School.',
    );
    expect(doc.organizations.map((o) => [o.name, o.kind])).toEqual([
      ['Tarik hospital', 'other'],
      ['Saint Luke School', 'other'],
    ]);
    expect(doc.places.filter((p) => p.mentions.length > 0).map((p) => p.name)).toEqual(['Al Noor Mosque']);
  });

  it('keeps a town before a lower-case "hospital" as the place where an unnamed one stands', () => {
    const doc = entitiesOf('The wounded were taken to a Kabul hospital.');
    expect(doc.organizations).toEqual([]);
    expect(doc.places.filter((p) => p.mentions.length > 0).map((p) => p.name)).toEqual(['Kabul']);
  });

  it('folds transliteration variants of a well-known name into one organization', () => {
    const doc = entitiesOf('Al Qaeda denied the report. Officials blamed al-Qaida for the bombing.');
    expect(doc.organizations).toHaveLength(1);
    expect(doc.organizations[0]?.kind).toBe('armed_group');
    expect(doc.organizations[0]?.mentions).toHaveLength(2);
    expect(knownOrganization('Hizbullah')?.name).toBe('Hezbollah');
    expect(knownOrganization('al-Shabaab')?.name).toBe('Al-Shabab');
  });

  it('keeps the Arabic article in the key, so a broadcaster does not match a region', () => {
    expect(orgKey('Al Arabiya')).toBe(orgKey('al-Arabia'));
    expect(orgKey('Al Arabiya')).not.toBe(orgKey('Arabia'));
    expect(knownOrganization('Arabia')).toBeUndefined();
  });

  it('registers dotted and bare short forms alike, in capitals only', () => {
    expect(knownOrganization('E.U.')?.name).toBe('European Union');
    expect(knownOrganization('EU')?.name).toBe('European Union');
    expect(knownOrganization('Eu')).toBeUndefined();
  });

  it('finds a known organization inside a compound adjective ("al-Qaeda-linked")', () => {
    const doc = entitiesOf('The al-Qaeda-linked militants and Iranian-backed fighters attacked a post.');
    expect(doc.organizations.map((o) => o.name)).toEqual(['al-Qaeda']);
    expect(doc.mentions.find((m) => m.type === 'organization')?.text).toBe('al-Qaeda');
  });

  it('reads "<organization> peacekeeping mission in <country>" as an organization of its own', () => {
    const doc = entitiesOf(
      'The European Union said the European Union training mission in Niger would stay. NATO forces left.',
    );
    expect(doc.organizations.map((o) => o.name)).toEqual([
      'European Union',
      'European Union training mission in Niger',
      'NATO',
    ]);
  });

  it('reads "Joint Chiefs of Staff" as a body, and an abbreviated country before it as no place', () => {
    const doc = entitiesOf('A deputy chairman of the U.K. Joint Chiefs of Staff met the press.');
    expect(doc.organizations.map((o) => o.name)).toEqual(['U.K. Joint Chiefs of Staff']);
    expect(doc.places.filter((p) => p.mentions.length > 0)).toEqual([]);
  });

  it('knows a branch of a major armed group by its bracketed acronym', () => {
    const doc = entitiesOf(
      'The Islamic State in Khorasan Province (ISKP) claimed the attack. ISKP fighters fled.',
    );
    expect(doc.organizations.map((o) => [o.name, o.mentions.length])).toEqual([
      ['Islamic State in Khorasan Province', 3],
    ]);
  });

  it('completes a known name that runs on across "and the" (the long form of ISIL)', () => {
    const doc = entitiesOf('Islamic State of Iraq and the Levant militants shelled a bridge.');
    expect(doc.organizations.map((o) => o.name)).toEqual(['Islamic State of Iraq and the Levant']);
    expect(doc.places.filter((p) => p.mentions.length > 0)).toEqual([]);
  });

  it('reads "the General Staff" as a military body, but "Chief of Staff" as a title', () => {
    const doc = entitiesOf('The General Staff said the line held. The Chief of Staff said nothing.');
    expect(doc.organizations.map((o) => [o.name, o.kind])).toEqual([['General Staff', 'military']]);
  });

  it('takes "U.S.-backed" for an adjective, not a place', () => {
    expect(placeNames('A U.S.-backed militia seized the town.')).toEqual([]);
    expect(placeNames('The delegation flew to the U.S. on Monday.')).toEqual(['U.S.']);
  });

  it('does not take a regional adjective ("West African") for a place, but reads "state of X" as a country', () => {
    expect(placeNames('Troops died in the West African state of Mali.')).toEqual(['Mali']);
    expect(entitiesOf('Troops died in the West African state of Mali.').places[0]?.kind).toBe('country');
    expect(placeNames('Attacks rose in West Africa.')).toEqual(['West Africa']);
  });
});
