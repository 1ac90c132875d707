import { describe, expect, it } from 'vitest';
import { entityLookups, resolveEntities, type EntityCandidate } from '../../../src/graph/entity-resolution.ts';
import { buildArticle, buildExtraction } from '../../support/build-extraction.ts';

const article = buildArticle({ url: 'https://example.invalid/a', body: 'Doe said so. Jane Doe and Max Roe met in Lakeside.' });

function person(id: string, name: string, nameKeys: string[]): EntityCandidate {
  return { id, label: 'Person', name, nameKeys, countryCode: null, kind: null };
}

describe('resolveEntities: people', () => {
  it('resolves a surname-only person to the one full-name person known by that surname', () => {
    const x = buildExtraction(article, { people: [{ name: 'Doe' }] });
    const r = resolveEntities(x, [person('person:jane doe', 'Jane Doe', ['jane doe', 'doe'])]);
    expect(r.get('person:doe')).toBe('person:jane doe');
  });

  it('does not merge a surname-only person when two full-name people share the surname', () => {
    const x = buildExtraction(article, { people: [{ name: 'Doe' }] });
    const r = resolveEntities(x, [
      person('person:jane doe', 'Jane Doe', ['jane doe', 'doe']),
      person('person:john doe', 'John Doe', ['john doe', 'doe']),
    ]);
    expect(r.get('person:doe')).toBe('person:doe');
  });

  it('prefers the full name given in the same article over the graph', () => {
    const x = buildExtraction(article, { people: [{ name: 'Doe' }, { name: 'Jane Doe' }] });
    const r = resolveEntities(x, [person('person:john doe', 'John Doe', ['john doe', 'doe'])]);
    expect(r.get('person:doe')).toBe('person:jane doe');
  });

  it('never merges two different full names that share a surname', () => {
    const x = buildExtraction(article, { people: [{ name: 'John Doe' }] });
    const r = resolveEntities(x, [person('person:jane doe', 'Jane Doe', ['jane doe', 'doe'])]);
    expect(r.get('person:john doe')).toBe('person:john doe');
  });

  it('gives a titled full name the id of the bare full name', () => {
    const x = buildExtraction(article, { people: [{ name: 'Foreign Minister Jane Doe' }] });
    expect(resolveEntities(x, []).get('person:foreign minister jane doe')).toBe('person:jane doe');
  });
});

describe('resolveEntities: organizations and places', () => {
  it('finds an organization whose alias is this article name', () => {
    const x = buildExtraction(article, { organizations: [{ name: 'E.F.' }] });
    const r = resolveEntities(x, [
      { id: 'org:example front', label: 'Organization', name: 'Example Front', nameKeys: ['example front', 'e f'], countryCode: null, kind: 'armed_group' },
    ]);
    expect(r.get('org:e f')).toBe('org:example front');
  });

  it('identifies resolved places by gazetteer id without looking them up', () => {
    const x = buildExtraction(article, { places: [{ name: 'Lakeside', geonameId: 42 }] });
    expect(resolveEntities(x, []).get('geo:42')).toBe('geo:42');
    expect(entityLookups(x).filter((l) => l.label === 'Place')).toEqual([]);
  });

  it('matches an unresolved place only within the same country', () => {
    const x = buildExtraction(article, { places: [{ name: 'Lakeside', countryCode: 'AA' }] });
    const other = { id: 'place:bb:lakeside', label: 'Place' as const, name: 'Lakeside', nameKeys: ['lakeside'], countryCode: 'BB', kind: 'city' };
    expect(resolveEntities(x, [other]).get('place:lakeside')).toBe('place:aa:lakeside');
    const same = { ...other, id: 'geo:7', countryCode: 'AA' };
    expect(resolveEntities(x, [other, same]).get('place:lakeside')).toBe('geo:7');
  });

  it('does not merge a place into another kind of place of the same name', () => {
    const x = buildExtraction(article, { places: [{ name: 'Lakeside', countryCode: 'AA', kind: 'admin1' }] });
    const city = { id: 'geo:7', label: 'Place' as const, name: 'Lakeside', nameKeys: ['lakeside'], countryCode: 'AA', kind: 'city' };
    expect(resolveEntities(x, [city]).get('place:lakeside')).toBe('place:aa:lakeside');
  });

  it('keeps gazetteer codes of countries and subdivisions as ids', () => {
    const x = buildExtraction(article, { places: [{ name: 'Examplia', key: 'country:EX', kind: 'country' }] });
    expect(resolveEntities(x, []).get('country:EX')).toBe('country:EX');
  });
});
