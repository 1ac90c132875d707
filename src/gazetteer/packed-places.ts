import type { GazPlace } from './gazetteer.ts';
import { NO_POSITION, type CompiledMeta } from './compile.ts';
import { KeyTable } from './key-table.ts';
import { readSections, startsOf } from './packed-format.ts';

/**
 * Read access to a compiled gazetteer file (`compile.ts`): typed-array views on the one buffer, so that
 * loading makes no object per place. `GazPlace` objects are made only for the places a query returns.
 */
export class PackedPlaces {
  readonly exact: KeyTable;
  readonly variant: KeyTable;
  readonly size: number;
  private readonly meta: CompiledMeta;
  private readonly geonameId: Int32Array;
  private readonly lat: Int32Array;
  private readonly lon: Int32Array;
  private readonly population: Uint32Array;
  private readonly parent: Int32Array;
  private readonly country: Uint16Array;
  private readonly feature: Uint8Array;
  private readonly nameBytes: Uint8Array;
  private readonly nameStarts: Uint32Array;
  private readonly admin1ByCode: Map<string, number>;
  private readonly decoder = new TextDecoder();

  constructor(bytes: Uint8Array) {
    const file = readSections(bytes);
    const meta = file.meta as CompiledMeta;
    if (meta.format !== 1) throw new Error(`gazetteer data: unknown format ${String(meta.format)}`);
    this.meta = meta;
    this.size = meta.admin1Count + meta.cityCount;
    this.geonameId = undelta(file.get('geonameIdDelta'));
    this.lat = file.get('lat');
    this.lon = file.get('lon');
    this.population = file.get('population');
    this.parent = file.get('parent');
    this.country = file.get('country');
    this.feature = file.get('feature');
    this.nameBytes = file.get('nameBytes');
    this.nameStarts = startsOf(file.get('nameLengths'));
    this.exact = KeyTable.fromSections(file.get, 'exact');
    this.variant = KeyTable.fromSections(file.get, 'variant');
    this.admin1ByCode = new Map(meta.admin1Codes.map((c, i) => [c, i]));
  }

  countryOf(i: number): string {
    return this.meta.countries[this.country[i] ?? 0] ?? '';
  }

  idOf(i: number): string {
    return i < this.meta.admin1Count
      ? `admin1:${this.meta.admin1Codes[i] ?? ''}`
      : `geo:${this.geonameId[i] ?? 0}`;
  }

  /** The place number for `admin1:<ISO2>.<code>` or `geo:<geonameId>`, else -1. */
  find(id: string): number {
    if (id.startsWith('admin1:')) return this.admin1ByCode.get(id.slice(7)) ?? -1;
    if (!id.startsWith('geo:')) return -1;
    // Cities are stored in GeoNames id order, after the admin-1 units.
    const want = Number(id.slice(4));
    let lo = this.meta.admin1Count;
    let hi = this.size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const got = this.geonameId[mid] ?? 0;
      if (got === want) return mid;
      if (got < want) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** A fresh `GazPlace` for place `i`; a unit with no position of its own takes `countryPosition`'s.
   * A place with no admin-1 unit has its country as parent. */
  place(i: number, countryPosition: (code: string) => { lat: number; lon: number } | undefined): GazPlace {
    const isUnit = i < this.meta.admin1Count;
    const cc = this.countryOf(i);
    const parent = this.parent[i] ?? -1;
    let lat = (this.lat[i] ?? 0) / 1e5;
    let lon = (this.lon[i] ?? 0) / 1e5;
    if (this.lat[i] === NO_POSITION) {
      const c = countryPosition(cc);
      lat = c?.lat ?? 0;
      lon = c?.lon ?? 0;
    }
    return {
      id: this.idOf(i),
      geonameId: isUnit ? null : (this.geonameId[i] ?? 0),
      name: this.decoder.decode(this.nameBytes.subarray(this.nameStarts[i], this.nameStarts[i + 1])),
      kind: isUnit ? 'admin1' : 'city',
      countryCode: cc,
      lat,
      lon,
      population: this.population[i] ?? 0,
      featureCode: this.meta.features[this.feature[i] ?? 0] ?? '',
      parentId: parent >= 0 ? this.idOf(parent) : `country:${cc}`,
    };
  }
}

/** GeoNames ids back from their differences (stored so, they compress to a fraction). */
function undelta(deltas: Uint32Array): Int32Array {
  const out = new Int32Array(deltas.length);
  let id = 0;
  for (let i = 0; i < deltas.length; i++) out[i] = id += deltas[i] ?? 0;
  return out;
}
