import type { CountryInfo, GazMatch, GazPlace, Gazetteer } from './gazetteer.ts';
import { placeKey, variantKey, variantOfKey, UNIT_SUFFIX } from './fold.ts';
import { addToGroup, linkGroupsToAdmin1, type AdminGroup } from './admin1-link.ts';
import { BoundedCache } from './bounded-cache.ts';

/** Raw inputs in the shapes the npm packages give, reduced to what the index needs. */
export interface CountrySource {
  code: string;
  name: string;
  names: string[];
  demonyms: string[];
  lat: number;
  lon: number;
}
export interface Admin1Source {
  countryCode: string;
  code: string;
  name: string;
  lat: number;
  lon: number;
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

const KIND_RANK = { country: 0, admin1: 1, city: 2 } as const;

/** Builds the in-memory indexes. Pure: the same sources give the same gazetteer. */
export type CityStream = (visit: (city: Readonly<CitySource>) => void) => void;

export function buildGazetteer(
  countries: CountrySource[],
  admin1: Admin1Source[],
  cities: CitySource[] | CityStream,
): Gazetteer {
  const byId = new Map<string, GazPlace>();
  // Most keys name one place: stored bare, an array only when shared, to keep the index small.
  const exact = new Map<string, GazPlace | GazPlace[]>();
  const variant = new Map<string, GazPlace | GazPlace[]>();
  const demonyms = new Map<string, CountryInfo>();
  const countryInfo = new Map<string, CountryInfo>();

  const index = (name: string, place: GazPlace): void => {
    const k = placeKey(name);
    if (k === '') return;
    addPlace(exact, k, place);
    // Spelling-variant matches are only trusted for places big or central enough to be news datelines.
    if (
      place.kind !== 'city' ||
      place.population >= 5000 ||
      place.featureCode.startsWith('PPLA') ||
      place.featureCode === 'PPLC'
    ) {
      addPlace(variant, variantOfKey(k), place);
    }
  };

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
    byId.set(place.id, place);
    for (const n of new Set([c.name, ...c.names])) index(n, place);
    for (const d of c.demonyms) if (placeKey(d) !== '') demonyms.set(placeKey(d), info);
  }

  const statesByCountry = new Map<string, GazPlace[]>();
  for (const a of admin1) {
    const place: GazPlace = {
      id: `admin1:${a.countryCode}.${a.code}`,
      geonameId: null,
      name: a.name.replace(UNIT_SUFFIX, ''),
      kind: 'admin1',
      countryCode: a.countryCode,
      lat: a.lat,
      lon: a.lon,
      population: 0,
      featureCode: 'ADM1',
      parentId: `country:${a.countryCode}`,
    };
    byId.set(place.id, place);
    index(place.name, place);
    addTo(statesByCountry, a.countryCode, place);
  }

  const countryIds = new Map<string, string>();
  const countryId = (code: string): string => {
    let id = countryIds.get(code);
    if (id === undefined) countryIds.set(code, (id = `country:${code}`));
    return id;
  };
  const groups = new Map<string, AdminGroup>();
  const cityGroup: Array<[GazPlace, AdminGroup | null]> = [];
  const stream: CityStream = Array.isArray(cities) ? (visit) => cities.forEach((c) => visit(c)) : cities;
  stream((c) => {
    const place: GazPlace = {
      id: `geo:${c.geonameId}`,
      geonameId: c.geonameId,
      name: c.name,
      kind: 'city',
      countryCode: c.countryCode,
      lat: c.lat,
      lon: c.lon,
      population: c.population,
      featureCode: c.featureCode,
      parentId: countryId(c.countryCode),
    };
    byId.set(place.id, place);
    index(place.name, place);
    // "Washington, D.C." is also "Washington".
    const comma = c.name.indexOf(',');
    if (comma > 0) index(c.name.slice(0, comma), place);
    for (const alt of c.altNames) index(alt, place);
    cityGroup.push([place, addToGroup(groups, c)]);
  });
  const parents = linkGroupsToAdmin1(groups, statesByCountry);
  for (const [place, group] of cityGroup) {
    const parent = group ? parents.get(group) : undefined;
    if (parent) place.parentId = parent;
  }

  for (const list of [...exact.values(), ...variant.values()]) if (Array.isArray(list)) list.sort(rank);

  // The extractor asks about the same few thousand words over and over; folding is the costly part,
  // so answers are memoised (bounded, cleared when full).
  const found = new BoundedCache<readonly GazMatch[]>(50_000);
  const nationalities = new BoundedCache<CountryInfo | null>(50_000);
  return {
    size: byId.size,
    get: (id) => byId.get(id),
    country: (code) => countryInfo.get(code),
    nationality: (word) =>
      nationalities.get(
        word,
        () => (/\p{L}/u.test(word) ? demonyms.get(placeKey(word)) : undefined) ?? null,
      ) ?? undefined,
    find: (name) =>
      found.get(name, () => {
        const e = asList(exact.get(placeKey(name)));
        const v = asList(variant.get(variantKey(name))).filter((p) => !e.includes(p));
        return [
          ...e.map((place) => ({ place, exact: true })),
          ...v.map((place) => ({ place, exact: false })),
        ];
      }),
  };
}

function rank(a: GazPlace, b: GazPlace): number {
  return KIND_RANK[a.kind] - KIND_RANK[b.kind] || b.population - a.population;
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function addPlace(map: Map<string, GazPlace | GazPlace[]>, key: string, place: GazPlace): void {
  const cur = map.get(key);
  if (cur === undefined) map.set(key, place);
  else if (Array.isArray(cur)) {
    if (!cur.includes(place)) cur.push(place);
  } else if (cur !== place) map.set(key, [cur, place]);
}

function asList(v: GazPlace | GazPlace[] | undefined): readonly GazPlace[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}
