import { describe, expect, it } from 'vitest';
import { placeKey, variantKey } from '../../../src/gazetteer/fold.ts';
import { smallGazetteer } from './helpers/entities-doc.ts';

describe('gazetteer: name folding', () => {
  it('drops accents, apostrophes and Arabic articles in the exact key', () => {
    expect(placeKey('Jalālābād')).toBe('jalalabad');
    expect(placeKey("Sana'a")).toBe(placeKey('Sanaa'));
    expect(placeKey('Al-Hudaydah')).toBe('hudaydah');
    expect(placeKey('ash-Shaddadi')).toBe('shaddadi');
    expect(placeKey('Al')).toBe('al');
  });

  it('meets transliteration variants in the variant key, and keeps different names apart', () => {
    expect(variantKey('Hodeidah')).toBe(variantKey('Hodeida'));
    expect(variantKey('Hodeida')).toBe(variantKey('Al Ḩudaydah'));
    expect(variantKey('Baiji')).toBe(variantKey('Bayji'));
    expect(variantKey('Tuz Khurmato')).toBe(variantKey('Tuzkhurmatu'));
    expect(variantKey('Kirkuk')).not.toBe(variantKey('Karbala'));
  });
});

describe('gazetteer: queries', () => {
  const g = smallGazetteer();

  it('finds a city by its unaccented spelling, most populous first, with its admin-1 parent', () => {
    const [first, second] = g.find('Jalalabad');
    expect(first?.place.name).toBe('Jalālābād');
    expect(first?.place.countryCode).toBe('AF');
    expect(first?.exact).toBe(true);
    expect(second?.place.countryCode).toBe('IN');
    expect(g.get(first?.place.parentId ?? '')?.name).toBe('Nangarhar');
  });

  it('links a city to the admin-1 unit named like it, and strips unit words from admin-1 names', () => {
    const homs = g.find('Homs').find((m) => m.place.kind === 'city' && m.place.countryCode === 'SY');
    const parent = g.get(homs?.place.parentId ?? '');
    expect(parent?.kind).toBe('admin1');
    expect(parent?.name).toBe('Homs');
    expect(g.get(parent?.parentId ?? '')?.name).toBe('Syria');
  });

  it('matches a spelling variant only as a variant', () => {
    const m = g.find('Hodeidah').find((x) => x.place.kind === 'city');
    expect(m?.place.name).toBe('Al Ḩudaydah');
    expect(m?.exact).toBe(false);
  });

  it('knows countries by common, official and everyday names, and nationality words', () => {
    expect(g.find('U.S.')[0]?.place.id).toBe('country:US');
    expect(g.find('Britain')[0]?.place.id).toBe('country:GB');
    expect(g.country('TR')?.name).toBe('Turkey');
    expect(g.find('Türkiye')[0]?.place.id).toBe('country:TR');
    expect(g.nationality('Afghan')?.code).toBe('AF');
    expect(g.nationality('Syrians')?.code).toBe('SY');
    expect(g.nationality('Saudi')?.code).toBe('SA');
    expect(g.nationality('Kabul')).toBeUndefined();
    expect(g.nationality(',')).toBeUndefined();
  });
});
