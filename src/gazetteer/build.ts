import type { CountryInfo, GazMatch, GazPlace, Gazetteer } from './gazetteer.ts';
import { placeKey, variantKey, variantOfKey } from './fold.ts';
import { BoundedCache } from './bounded-cache.ts';
import { compileGazetteerData, type Admin1Source, type CitySource, type CityStream } from './compile.ts';
import { PackedPlaces } from './packed-places.ts';

export type { Admin1Source, CitySource, CityStream };

/** A country as the loader gives it: names, alternate spellings, demonyms, centre. */
export interface CountrySource {
  code: string;
  name: string;
  names: string[];
  demonyms: string[];
  lat: number;
  lon: number;
}

/** Builds a gazetteer straight from sources (tests, small data): compiles them and opens the result. */
export function buildGazetteer(
  countries: CountrySource[],
  admin1: Admin1Source[],
  cities: CitySource[] | CityStream,
): Gazetteer {
  return openGazetteer(countries, compileGazetteerData(admin1, cities));
}

/**
 * The gazetteer over a compiled file of admin-1 units and cities (`compile.ts`) and the country list,
 * which is small and indexed here. `find` answers countries first, then the file's places in their
 * compiled order (admin-1 units, then cities by population).
 */
export function openGazetteer(countries: CountrySource[], data: Uint8Array): Gazetteer {
  const packed = new PackedPlaces(data);
  const countryPlaces = new Map<string, GazPlace>();
  const countryInfo = new Map<string, CountryInfo>();
  const demonyms = new Map<string, CountryInfo>();
  const countryExact = new Map<string, GazPlace[]>();
  const countryVariant = new Map<string, GazPlace[]>();
  for (const c of countries) {
    const info = { code: c.code, name: c.name };
    countryInfo.set(c.code, info);
    const place: GazPlace = {
      id: `country:${c.code}`,
      geonameId: null,
      name: c.name,
      kind: 'country',
      countryCode: c.code,
      lat: c.lat,
      lon: c.lon,
      population: 0,
      featureCode: 'PCLI',
      parentId: null,
    };
    countryPlaces.set(place.id, place);
    for (const n of new Set([c.name, ...c.names])) {
      const k = placeKey(n);
      if (k === '') continue;
      push(countryExact, k, place);
      push(countryVariant, variantOfKey(k), place);
    }
    for (const d of c.demonyms) if (placeKey(d) !== '') demonyms.set(placeKey(d), info);
  }

  const countryPosition = (code: string): GazPlace | undefined => countryPlaces.get(`country:${code}`);
  // Places are made on demand; the same few hundred come back again and again, so they are kept.
  const made = new Map<number, GazPlace>();
  const placeOf = (i: number): GazPlace => {
    let p = made.get(i);
    if (p === undefined) {
      if (made.size >= 20_000) made.clear();
      made.set(i, (p = packed.place(i, countryPosition)));
    }
    return p;
  };
  // The extractor asks about the same few thousand words over and over; folding is the costly part,
  // so answers are memoised (bounded, cleared when full).
  const found = new BoundedCache<readonly GazMatch[]>(50_000);
  const nationalities = new BoundedCache<CountryInfo | null>(50_000);
  return {
    size: countryPlaces.size + packed.size,
    get: (id) => {
      if (id.startsWith('country:')) return countryPlaces.get(id);
      const i = packed.find(id);
      return i < 0 ? undefined : placeOf(i);
    },
    country: (code) => countryInfo.get(code),
    nationality: (word) =>
      nationalities.get(
        word,
        () => (/\p{L}/u.test(word) ? demonyms.get(placeKey(word)) : undefined) ?? null,
      ) ?? undefined,
    find: (name) =>
      found.get(name, () => {
        const k = placeKey(name);
        const vk = variantKey(name);
        const ce = countryExact.get(k) ?? [];
        const e = packed.exact.lookup(k);
        const out: GazMatch[] = ce.map((place) => ({ place, exact: true }));
        for (const i of e) out.push({ place: placeOf(i), exact: true });
        for (const place of countryVariant.get(vk) ?? [])
          if (!ce.includes(place)) out.push({ place, exact: false });
        for (const i of packed.variant.lookup(vk))
          if (!e.includes(i)) out.push({ place: placeOf(i), exact: false });
        return out;
      }),
  };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}
