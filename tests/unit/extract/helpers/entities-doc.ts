import { createDoc, type Doc } from '../../../../src/extract/doc.ts';
import { splitSentences } from '../../../../src/extract/sentences.ts';
import { findEntities } from '../../../../src/extract/entities/index.ts';
import { buildGazetteer, type Admin1Source, type CitySource } from '../../../../src/gazetteer/build.ts';
import { citySource } from '../../gazetteer/city-source.ts';
import { loadCountries } from '../../../../src/gazetteer/load.ts';
import type { Gazetteer } from '../../../../src/gazetteer/gazetteer.ts';

let small: Gazetteer | undefined;

/**
 * A small gazetteer: the real country list plus a handful of admin-1 units and cities in the
 * GeoNames shapes (a city's admin code is its unit's code), so entity tests run in milliseconds and
 * do not depend on the size of the city data.
 */
export function smallGazetteer(): Gazetteer {
  const admin1: Admin1Source[] = [
    { countryCode: 'AF', code: '18', name: 'Nangarhar', lat: 34.2, lon: 70.6 },
    { countryCode: 'AF', code: '13', name: 'Kabul', lat: 34.5, lon: 69.2 },
    { countryCode: 'SY', code: '11', name: 'Homs Governorate', lat: 34.5, lon: 37.9 },
    { countryCode: 'YE', code: '08', name: 'Al Hudaydah Governorate', lat: 15.3, lon: 43.0 },
    { countryCode: 'IE', code: 'KY', name: 'Kerry', lat: 52.1, lon: -9.6 },
  ];
  const city = citySource;
  const cities: CitySource[] = [
    city(1139715, 'Jalālābād', 'AF', '18', 'PPLA', 200331, 34.43, 70.45),
    city(1138958, 'Kabul', 'AF', '13', 'PPLC', 3043532, 34.53, 69.17),
    city(169577, 'Homs', 'SY', '11', 'PPLA', 775404, 34.73, 36.72),
    city(79415, 'Al Ḩudaydah', 'YE', '08', 'PPLA', 617871, 14.8, 42.95),
    city(9001, 'Jalālābad', 'IN', '36', 'PPL', 25302, 27.7, 79.6),
    city(9002, 'Homs', 'LY', '30', 'PPL', 15000, 32.6, 14.3),
    city(9003, 'Dahla', 'AF', '23', 'PPL', 4000, 31.9, 65.9),
  ];
  small ??= buildGazetteer(loadCountries(), admin1, cities);
  return small;
}

/** A document through the sentences and entities components, with the small gazetteer. */
export function entitiesOf(body: string): Doc {
  const doc = createDoc({
    id: 'test',
    title: 'Test',
    body,
    published: '2021-05-04',
    url: null,
    publisher: null,
  });
  splitSentences(doc);
  findEntities(doc, { gazetteer: smallGazetteer() });
  return doc;
}
