import type { GazKind, GazPlace } from './gazetteer.ts';

const KINDS: readonly GazKind[] = ['country', 'admin1', 'city'];

/** One place as the table is given it; cities need no `code` (their id is `geo:<geonameId>`). */
export interface PlaceRow {
  kind: GazKind;
  /** `country:<ISO2>` or `admin1:<ISO2>.<code>`; null for a city. */
  code: string | null;
  geonameId: number | null;
  name: string;
  countryCode: string;
  featureCode: string;
  population: number;
  lat: number;
  lon: number;
}

/**
 * Every place as columns (typed arrays and one array of names) instead of one object per place: 140k
 * objects with ten fields each held about 45 MB of heap; the columns hold about 5 MB. `GazPlace`
 * objects are made only for the places a query returns. Places are numbered in the order added.
 */
export class PlaceTable {
  private n = 0;
  private kind = new Uint8Array(1024);
  private country = new Uint16Array(1024);
  private feature = new Uint8Array(1024);
  private population = new Uint32Array(1024);
  private geonameId = new Int32Array(1024);
  private parent = new Int32Array(1024);
  private lat = new Float64Array(1024);
  private lon = new Float64Array(1024);
  private readonly names: string[] = [];
  /** Country and admin-1 ids by place number; cities have none stored. */
  private readonly codes: Array<string | null> = [];
  private readonly byCode = new Map<string, number>();
  private readonly countryCodes: string[] = [];
  private readonly countryNumbers = new Map<string, number>();
  private readonly features: string[] = [];
  private readonly featureNumbers = new Map<string, number>();
  /** Place numbers of cities sorted by GeoNames id, for `geo:<id>` lookups by binary search. */
  private byGeonameId: Int32Array | null = null;

  get size(): number {
    return this.n;
  }

  add(row: Readonly<PlaceRow>): number {
    if (this.n === this.kind.length) this.grow();
    const i = this.n++;
    this.kind[i] = KINDS.indexOf(row.kind);
    this.country[i] = intern(row.countryCode, this.countryCodes, this.countryNumbers);
    this.feature[i] = intern(row.featureCode, this.features, this.featureNumbers);
    this.population[i] = row.population;
    this.geonameId[i] = row.geonameId ?? 0;
    this.parent[i] = -1;
    this.lat[i] = row.lat;
    this.lon[i] = row.lon;
    this.names.push(row.name);
    this.codes.push(row.code);
    if (row.code !== null) this.byCode.set(row.code, i);
    this.byGeonameId = null;
    return i;
  }

  setParent(i: number, parent: number): void {
    this.parent[i] = parent;
  }

  setPosition(i: number, lat: number, lon: number): void {
    this.lat[i] = lat;
    this.lon[i] = lon;
  }

  /** Drops spare capacity and sorts the GeoNames id index; call once when every place is in. */
  seal(): void {
    const n = this.n;
    this.kind = this.kind.slice(0, n);
    this.country = this.country.slice(0, n);
    this.feature = this.feature.slice(0, n);
    this.population = this.population.slice(0, n);
    this.geonameId = this.geonameId.slice(0, n);
    this.parent = this.parent.slice(0, n);
    this.lat = this.lat.slice(0, n);
    this.lon = this.lon.slice(0, n);
    const cities: number[] = [];
    for (let i = 0; i < n; i++) if (this.codes[i] === null) cities.push(i);
    const ids = this.geonameId;
    this.byGeonameId = Int32Array.from(cities).sort((a, b) => (ids[a] ?? 0) - (ids[b] ?? 0));
  }

  kindOf(i: number): GazKind {
    return KINDS[this.kind[i] ?? 2] ?? 'city';
  }
  countryOf(i: number): string {
    return this.countryCodes[this.country[i] ?? 0] ?? '';
  }
  populationOf(i: number): number {
    return this.population[i] ?? 0;
  }
  featureOf(i: number): string {
    return this.features[this.feature[i] ?? 0] ?? '';
  }
  nameOf(i: number): string {
    return this.names[i] ?? '';
  }

  idOf(i: number): string {
    return this.codes[i] ?? `geo:${this.geonameId[i] ?? 0}`;
  }

  /** The place number for an id (`geo:<n>`, `country:<ISO2>`, `admin1:<ISO2>.<code>`), else -1. */
  find(id: string): number {
    if (!id.startsWith('geo:')) return this.byCode.get(id) ?? -1;
    const want = Number(id.slice(4));
    const sorted = this.byGeonameId;
    if (sorted === null || !Number.isInteger(want)) return -1;
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const i = sorted[mid] ?? 0;
      const got = this.geonameId[i] ?? 0;
      if (got === want) return i;
      if (got < want) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** A fresh `GazPlace` for place `i`. */
  place(i: number): GazPlace {
    const parent = this.parent[i] ?? -1;
    const geonameId = this.geonameId[i] ?? 0;
    return {
      id: this.idOf(i),
      geonameId: this.codes[i] === null ? geonameId : null,
      name: this.nameOf(i),
      kind: this.kindOf(i),
      countryCode: this.countryOf(i),
      lat: this.lat[i] ?? 0,
      lon: this.lon[i] ?? 0,
      population: this.populationOf(i),
      featureCode: this.featureOf(i),
      parentId: parent < 0 ? null : this.idOf(parent),
    };
  }

  private grow(): void {
    const size = this.kind.length * 2;
    this.kind = resized(this.kind, new Uint8Array(size));
    this.country = resized(this.country, new Uint16Array(size));
    this.feature = resized(this.feature, new Uint8Array(size));
    this.population = resized(this.population, new Uint32Array(size));
    this.geonameId = resized(this.geonameId, new Int32Array(size));
    this.parent = resized(this.parent, new Int32Array(size));
    this.lat = resized(this.lat, new Float64Array(size));
    this.lon = resized(this.lon, new Float64Array(size));
  }
}

function resized<T extends Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from as never);
  return to;
}

function intern(value: string, list: string[], numbers: Map<string, number>): number {
  let k = numbers.get(value);
  if (k === undefined) {
    k = list.length;
    list.push(value);
    numbers.set(value, k);
  }
  return k;
}
