import { Admin1Links } from './admin1-link.ts';
import { placeKey, variantOfKey, UNIT_SUFFIX } from './fold.ts';
import { packKeys, KeyTable } from './key-table.ts';
import { lengthsOf, writeSections } from './packed-format.ts';

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

/** What the compiled file says beside its arrays. */
export interface CompiledMeta {
  format: 1;
  admin1Count: number;
  cityCount: number;
  countries: string[];
  features: string[];
  /** `<ISO2>.<code>` of each admin-1 unit, by place number. */
  admin1Codes: string[];
}

/** Coordinates are stored in 1e-5 degrees (the resolution of the city data); this marks "unknown". */
export const NO_POSITION = -0x80000000;

/**
 * Compiles admin-1 units and cities into the packed gazetteer file (`packed-format.ts`): per-place
 * columns, names, and the exact and variant name keys with their places already ranked. Pure and
 * deterministic: the same sources give the same bytes. Places are numbered admin-1 units first, then
 * cities in the order given; countries are not in the file (they are small and built at load).
 */
export function compileGazetteerData(
  admin1: readonly Admin1Source[],
  cities: CitySource[] | CityStream,
): Uint8Array {
  const cols = { id: [] as number[], lat: [] as number[], lon: [] as number[], pop: [] as number[] };
  const parent: number[] = [];
  const country: number[] = [];
  const feature: number[] = [];
  const names: string[] = [];
  const countries: string[] = [];
  const features: string[] = [];
  const exact = new Map<string, number[]>();
  const variant = new Map<string, number[]>();

  const add = (
    name: string,
    cc: string,
    fc: string,
    id: number,
    pop: number,
    lat: number,
    lon: number,
  ): number => {
    const i = names.length;
    names.push(name);
    country.push(indexOf(countries, cc));
    feature.push(indexOf(features, fc));
    cols.id.push(id);
    cols.pop.push(pop);
    cols.lat.push(lat);
    cols.lon.push(lon);
    parent.push(-1);
    return i;
  };
  const index = (name: string, place: number, trusted: boolean): void => {
    const k = placeKey(name);
    if (k === '') return;
    push(exact, k, place);
    // Spelling-variant matches are only trusted for places big or central enough to be news datelines.
    if (trusted) push(variant, variantOfKey(k), place);
  };

  const links = new Admin1Links();
  const admin1Codes: string[] = [];
  for (const a of admin1) {
    const given = a.lat !== undefined && a.lon !== undefined;
    const name = a.name.replace(UNIT_SUFFIX, '');
    const i = add(
      name,
      a.countryCode,
      'ADM1',
      0,
      0,
      given ? deg5(a.lat ?? 0) : NO_POSITION,
      given ? deg5(a.lon ?? 0) : NO_POSITION,
    );
    admin1Codes.push(`${a.countryCode}.${a.code}`);
    links.addUnit(a.countryCode, a.code, i, given);
    index(name, i, true);
  }
  const admin1Count = names.length;

  // Cities go in GeoNames id order, so that the file needs no separate id index and the ids, stored as
  // differences, compress well. (The data come almost sorted already.)
  const sorted: CitySource[] = [];
  asStream(cities)((c) => sorted.push({ ...c }));
  sorted.sort((a, b) => a.geonameId - b.geonameId);
  for (const c of sorted) {
    const i = add(c.name, c.countryCode, c.featureCode, c.geonameId, c.population, deg5(c.lat), deg5(c.lon));
    if (c.adminCode !== '')
      parent[i] = links.cityParent(c.countryCode, c.adminCode, c.lat, c.lon, c.population);
    const trusted = c.population >= 5000 || c.featureCode.startsWith('PPLA') || c.featureCode === 'PPLC';
    index(c.name, i, trusted);
    // "Washington, D.C." is also "Washington".
    const comma = c.name.indexOf(',');
    if (comma > 0) index(c.name.slice(0, comma), i, trusted);
    for (const alt of c.altNames) index(alt, i, trusted);
  }

  // A unit with no coordinates of its own sits at its cities' centre (or stays unknown: the country's
  // position is used at load). Among units of one name, the one with more people in its cities ranks first.
  const weight = new Map<number, number>();
  for (const u of links.finish()) {
    weight.set(u.place, u.weight);
    if (u.position) {
      cols.lat[u.place] = deg5(u.position[0]);
      cols.lon[u.place] = deg5(u.position[1]);
    }
  }
  const rank = (a: number, b: number): number =>
    Number(a >= admin1Count) - Number(b >= admin1Count) ||
    (cols.pop[b] ?? 0) - (cols.pop[a] ?? 0) ||
    (weight.get(b) ?? 0) - (weight.get(a) ?? 0) ||
    a - b;
  for (const list of [...exact.values(), ...variant.values()]) list.sort(rank);

  const encoded = names.map((n) => new TextEncoder().encode(n));
  const nameStarts = new Uint32Array(names.length + 1);
  encoded.forEach((b, i) => (nameStarts[i + 1] = (nameStarts[i] ?? 0) + b.length));
  const nameBytes = new Uint8Array(nameStarts[names.length] ?? 0);
  encoded.forEach((b, i) => nameBytes.set(b, nameStarts[i]));
  const idDeltas = Uint32Array.from(cols.id, (id, i) => id - (cols.id[i - 1] ?? 0));

  const meta: CompiledMeta = {
    format: 1,
    admin1Count,
    cityCount: names.length - admin1Count,
    countries,
    features,
    admin1Codes,
  };
  return writeSections(meta, {
    geonameIdDelta: idDeltas,
    lat: Int32Array.from(cols.lat),
    lon: Int32Array.from(cols.lon),
    population: Uint32Array.from(cols.pop),
    parent: Int32Array.from(parent),
    country: Uint16Array.from(country),
    feature: Uint8Array.from(feature),
    nameBytes,
    nameLengths: lengthsOf(nameStarts),
    ...new KeyTable(packKeys(exact)).sections('exact'),
    ...new KeyTable(packKeys(variant)).sections('variant'),
  });
}

function deg5(x: number): number {
  return Math.round(x * 1e5);
}

function indexOf(list: string[], value: string): number {
  const i = list.indexOf(value);
  if (i >= 0) return i;
  list.push(value);
  return list.length - 1;
}

function push(map: Map<string, number[]>, key: string, place: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [place]);
  else if (!list.includes(place)) list.push(place);
}

function asStream(cities: CitySource[] | CityStream): CityStream {
  return Array.isArray(cities) ? (visit) => cities.forEach((c) => visit(c)) : cities;
}
