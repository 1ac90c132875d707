import type { CountryInfo, GazMatch, GazPlace, Gazetteer } from './gazetteer.ts';
import { placeKey, variantKey, variantOfKey, UNIT_SUFFIX } from './fold.ts';
import { Admin1Links } from './admin1-link.ts';
import { BoundedCache } from './bounded-cache.ts';
import { NameIndex } from './name-index.ts';
import { PlaceTable } from './place-table.ts';

/** Raw inputs in the shapes the npm packages give, reduced to what the index needs. */
export interface CountrySource {
  code: string;
  name: string;
  names: string[];
  demonyms: string[];
  lat: number;
  lon: number;
}
/** A first-order unit in GeoNames' coding (`code` is the admin-1 code cities carry, "SY" + "11").
 * Without coordinates it is placed at the centre of its cities. */
export interface Admin1Source {
  countryCode: string;
  code: string;
  name: string;
  lat?: number;
  lon?: number;
}
export interface CitySource {
  geonameId: number;
  name: string;
  altNames: string[];
  countryCode: string;
  adminCode: string;
  featureCode: string;
  population: number;
  lat: number;
  lon: number;
}

/** Cities one at a time, so that a caller can decode a large file without keeping its records. */
export type CityStream = (visit: (city: Readonly<CitySource>) => void) => void;

/** Builds the indexes. Pure: the same sources give the same gazetteer. */
export function buildGazetteer(
  countries: CountrySource[],
  admin1: Admin1Source[],
  cities: CitySource[] | CityStream,
): Gazetteer {
  const table = new PlaceTable();
  const exact = new NameIndex();
  const variant = new NameIndex();
  const demonyms = new Map<string, CountryInfo>();
  const countryInfo = new Map<string, CountryInfo>();
  const countryPlace = new Map<string, number>();

  const index = (name: string, place: number, trusted: boolean): void => {
    const k = placeKey(name);
    if (k === '') return;
    exact.add(k, place);
    // Spelling-variant matches are only trusted for places big or central enough to be news datelines.
    if (trusted) variant.add(variantOfKey(k), place);
  };

  for (const c of countries) {
    const info = { code: c.code, name: c.name };
    countryInfo.set(c.code, info);
    const i = table.add({
      kind: 'country',
      code: `country:${c.code}`,
      geonameId: null,
      name: c.name,
      countryCode: c.code,
      featureCode: 'PCLI',
      population: 0,
      lat: c.lat,
      lon: c.lon,
    });
    countryPlace.set(c.code, i);
    for (const n of new Set([c.name, ...c.names])) index(n, i, true);
    for (const d of c.demonyms) if (placeKey(d) !== '') demonyms.set(placeKey(d), info);
  }

  const links = new Admin1Links();
  for (const a of admin1) {
    const i = table.add({
      kind: 'admin1',
      code: `admin1:${a.countryCode}.${a.code}`,
      geonameId: null,
      name: a.name.replace(UNIT_SUFFIX, ''),
      countryCode: a.countryCode,
      featureCode: 'ADM1',
      population: 0,
      lat: a.lat ?? 0,
      lon: a.lon ?? 0,
    });
    table.setParent(i, countryPlace.get(a.countryCode) ?? -1);
    links.addUnit(a.countryCode, a.code, i, a.lat !== undefined && a.lon !== undefined);
    index(table.nameOf(i), i, true);
  }

  asStream(cities)((c) => {
    const i = table.add({ ...c, kind: 'city', code: null });
    const unit = c.adminCode === '' ? -1 : links.cityParent(c.countryCode, c.adminCode, c.lat, c.lon, c.population);
    table.setParent(i, unit >= 0 ? unit : (countryPlace.get(c.countryCode) ?? -1));
    const trusted = c.population >= 5000 || c.featureCode.startsWith('PPLA') || c.featureCode === 'PPLC';
    index(c.name, i, trusted);
    // "Washington, D.C." is also "Washington".
    const comma = c.name.indexOf(',');
    if (comma > 0) index(c.name.slice(0, comma), i, trusted);
    for (const alt of c.altNames) index(alt, i, trusted);
  });

  // Among admin-1 units of one name (population 0), the one with more people in its cities comes first.
  const unitWeight = new Map<number, number>();
  for (const u of links.finish((code) => countryPosition(table, countryPlace.get(code)))) {
    unitWeight.set(u.place, u.weight);
    if (u.position) table.setPosition(u.place, u.position[0], u.position[1]);
  }
  table.seal();
  // Countries, then admin-1 units, then cities (the table's kind order); each by population.
  const rank = (a: number, b: number): number =>
    kindRank(table, a) - kindRank(table, b) ||
    table.populationOf(b) - table.populationOf(a) ||
    (unitWeight.get(b) ?? 0) - (unitWeight.get(a) ?? 0) ||
    a - b;
  exact.seal(rank);
  variant.seal(rank);

  // Places are made on demand; the same few hundred come back again and again, so they are kept.
  const places = new Map<number, GazPlace>();
  const placeOf = (i: number): GazPlace => {
    let p = places.get(i);
    if (p === undefined) {
      if (places.size >= 20_000) places.clear();
      places.set(i, (p = table.place(i)));
    }
    return p;
  };
  // The extractor asks about the same few thousand words over and over; folding is the costly part,
  // so answers are memoised (bounded, cleared when full).
  const found = new BoundedCache<readonly GazMatch[]>(50_000);
  const nationalities = new BoundedCache<CountryInfo | null>(50_000);
  return {
    size: table.size,
    get: (id) => {
      const i = table.find(id);
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
        const e = exact.get(placeKey(name));
        const out: GazMatch[] = [];
        for (const i of e) out.push({ place: placeOf(i), exact: true });
        for (const i of variant.get(variantKey(name))) {
          if (!e.includes(i)) out.push({ place: placeOf(i), exact: false });
        }
        return out;
      }),
  };
}

function kindRank(table: PlaceTable, i: number): number {
  const kind = table.kindOf(i);
  return kind === 'country' ? 0 : kind === 'admin1' ? 1 : 2;
}

function countryPosition(table: PlaceTable, place: number | undefined): [number, number] {
  if (place === undefined) return [0, 0];
  const p = table.place(place);
  return [p.lat, p.lon];
}

// Kept out of buildGazetteer's scope: a closure there over `cities` would live as long as the returned
// gazetteer's closures (they share one scope) and keep the whole decoded file in memory.
function asStream(cities: CitySource[] | CityStream): CityStream {
  return Array.isArray(cities) ? (visit) => cities.forEach((c) => visit(c)) : cities;
}
