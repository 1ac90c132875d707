import { describe, expect, it } from 'vitest';
import { buildGazetteer, type CountrySource } from '../../../src/gazetteer/build.ts';
import { citySource } from './city-source.ts';
import { UNIT_SUFFIX, placeKey, variantKey } from '../../../src/gazetteer/fold.ts';

/** A made-up country with two provinces and a few towns, in the shapes the npm data give. */
const countries: CountrySource[] = [
  {
    code: 'XA',
    name: 'Examplia',
    names: ['Republic of Examplia'],
    demonyms: ['Examplian'],
    lat: 10,
    lon: 20,
  },
  { code: 'XB', name: 'Otherland', names: [], demonyms: ['Otherlander'], lat: -5, lon: 5 },
];
const town = citySource;

const gazetteer = buildGazetteer(
  countries,
  [
    { countryCode: 'XA', code: '01', name: 'Northmarch Governorate' },
    { countryCode: 'XA', code: '02', name: 'Muhafazat Südmark' },
    { countryCode: 'XA', code: '03', name: 'Emptyvale Department' },
    { countryCode: 'XB', code: '01', name: 'Riverside', lat: -4.5, lon: 4.5 },
  ],
  [
    // Given out of id order on purpose: lookups by id must not depend on the input's order.
    town(300, 'Qal‘at Ŝamrā', 'XA', '02', 'PPLA', 40_000, 12, 22),
    town(100, 'Northmarch', 'XA', '01', 'PPLA', 90_000, 11, 21),
    town(200, 'Little Ford', 'XA', '01', 'PPL', 10_000, 13, 23),
    town(250, 'Riverside', 'XB', '01', 'PPL', 2_000, -4, 4),
    town(400, 'Nowhere Junction', 'XA', '09', 'PPL', 1_500, 14, 24),
    town(500, 'Tinyhamlet', 'XA', '01', 'PPL', 1_200, 11.5, 21.5),
  ],
);

describe('gazetteer: admin-1 units from a GeoNames-coded list', () => {
  it('links a city to the unit with its admin code, and the unit to its country', () => {
    const city = gazetteer.find('Little Ford')[0]?.place;
    expect(city?.parentId).toBe('admin1:XA.01');
    const unit = gazetteer.get(city?.parentId ?? '');
    expect(unit?.name).toBe('Northmarch');
    expect(unit?.kind).toBe('admin1');
    expect(unit?.parentId).toBe('country:XA');
    expect(gazetteer.get(unit?.parentId ?? '')?.name).toBe('Examplia');
  });

  it('puts a unit without coordinates at the population-weighted centre of its cities', () => {
    const unit = gazetteer.get('admin1:XA.01');
    const w = 90_000 + 10_000 + 1_200;
    expect(unit?.lat).toBeCloseTo((11 * 90_000 + 13 * 10_000 + 11.5 * 1_200) / w, 4);
    expect(unit?.lon).toBeCloseTo((21 * 90_000 + 23 * 10_000 + 21.5 * 1_200) / w, 4);
  });

  it('keeps given coordinates, and gives a unit without cities its country position', () => {
    expect(gazetteer.get('admin1:XB.01')).toMatchObject({ lat: -4.5, lon: 4.5 });
    expect(gazetteer.get('admin1:XA.03')).toMatchObject({ name: 'Emptyvale', lat: 10, lon: 20 });
  });

  it('falls back to the country when a city carries a code the list lacks', () => {
    expect(gazetteer.find('Nowhere Junction')[0]?.place.parentId).toBe('country:XA');
  });

  it('strips unit words around admin-1 names', () => {
    expect(gazetteer.find('Northmarch').map((m) => m.place.id)).toEqual(['admin1:XA.01', 'geo:100']);
    expect(gazetteer.get('admin1:XA.02')?.name).toBe('Südmark');
    expect('Tolima Department'.replace(UNIT_SUFFIX, '')).toBe('Tolima');
    expect('Muhafazat Hadramaout'.replace(UNIT_SUFFIX, '')).toBe('Hadramaout');
    expect('Red Sea'.replace(UNIT_SUFFIX, '')).toBe('Red Sea');
  });
});

describe('gazetteer: compiled lookups', () => {
  it('finds every city by its GeoNames id, whatever the input order', () => {
    for (const id of [100, 200, 250, 300, 400, 500]) expect(gazetteer.get(`geo:${id}`)?.geonameId).toBe(id);
    expect(gazetteer.get('geo:150')).toBeUndefined();
    expect(gazetteer.get('admin1:XA.99')).toBeUndefined();
    expect(gazetteer.get('country:ZZ')).toBeUndefined();
    expect(gazetteer.size).toBe(2 + 4 + 6);
  });

  it('folds diacritics and ayn marks: a plain spelling finds the accented name exactly', () => {
    const m = gazetteer.find('Qalat Samra')[0];
    expect(m?.place.name).toBe('Qal‘at Ŝamrā');
    expect(m?.exact).toBe(true);
    expect(placeKey('Qal‘at Ŝamrā')).toBe(placeKey("Qal'at Samra"));
  });

  it('ranks countries, then admin-1 units, then cities by population', () => {
    const ids = gazetteer.find('Riverside').map((m) => m.place.id);
    expect(ids).toEqual(['admin1:XB.01', 'geo:250']);
    expect(gazetteer.find('Examplia')[0]?.place.id).toBe('country:XA');
    expect(gazetteer.find('Republic of Examplia')[0]?.place.kind).toBe('country');
  });

  it('gives variant matches for admin seats and large towns only, after the exact ones', () => {
    expect(variantKey('Nurthmarch')).toBe(variantKey('Northmarch'));
    const v = gazetteer.find('Nurthmarch');
    expect(v.map((m) => [m.place.id, m.exact])).toEqual([
      ['admin1:XA.01', false],
      ['geo:100', false],
    ]);
    // 1,200 people and no admin seat: too small to trust a spelling variant.
    expect(gazetteer.find('Tinyhamlet')).toHaveLength(1);
    expect(gazetteer.find('Tinihamlet')).toEqual([]);
  });

  it('answers nationality words and nothing for unknown names', () => {
    expect(gazetteer.nationality('Examplians')).toBeUndefined();
    expect(gazetteer.nationality('Examplian')?.code).toBe('XA');
    expect(gazetteer.find('Atlantis')).toEqual([]);
    expect(gazetteer.find('')).toEqual([]);
  });
});
