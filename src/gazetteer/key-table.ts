import { lengthsOf, startsOf, type Section } from './packed-format.ts';

/**
 * Folded name keys → place numbers, packed: the keys sorted by their UTF-8 bytes in one byte array
 * (`bytes`, key i at `keyStarts[i]..keyStarts[i+1]`), and each key's places in `places` at
 * `listStarts[i]..listStarts[i+1]`. A lookup is a binary search; nothing is rebuilt at load.
 */
export interface KeyTableArrays {
  bytes: Uint8Array;
  keyStarts: Uint32Array;
  listStarts: Uint32Array;
  places: Int32Array;
}

const encoder = new TextEncoder();

/** Packs a key → places map; each list keeps its given order. */
export function packKeys(map: ReadonlyMap<string, readonly number[]>): KeyTableArrays {
  const keys = [...map.keys()].map((k) => ({ k, b: encoder.encode(k) }));
  keys.sort((x, y) => compareBytes(x.b, 0, x.b.length, y.b));
  let byteTotal = 0;
  let placeTotal = 0;
  for (const { k, b } of keys) {
    byteTotal += b.length;
    placeTotal += map.get(k)?.length ?? 0;
  }
  const out: KeyTableArrays = {
    bytes: new Uint8Array(byteTotal),
    keyStarts: new Uint32Array(keys.length + 1),
    listStarts: new Uint32Array(keys.length + 1),
    places: new Int32Array(placeTotal),
  };
  let b = 0;
  let p = 0;
  keys.forEach(({ k, b: bytes }, i) => {
    out.bytes.set(bytes, b);
    out.keyStarts[i] = b;
    out.listStarts[i] = p;
    b += bytes.length;
    const list = map.get(k) ?? [];
    out.places.set(list, p);
    p += list.length;
  });
  out.keyStarts[keys.length] = b;
  out.listStarts[keys.length] = p;
  return out;
}

export class KeyTable {
  private readonly count: number;
  constructor(private readonly a: KeyTableArrays) {
    this.count = a.keyStarts.length - 1;
  }

  /** The places under `key` (a view, not a copy); empty when none. */
  lookup(key: string): Int32Array {
    const q = encoder.encode(key);
    let lo = 0;
    let hi = this.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = compareBytes(this.a.bytes, this.a.keyStarts[mid] ?? 0, this.a.keyStarts[mid + 1] ?? 0, q);
      if (c === 0) return this.a.places.subarray(this.a.listStarts[mid], this.a.listStarts[mid + 1]);
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return this.a.places.subarray(0, 0);
  }

  get size(): number {
    return this.count;
  }

  /** The table as file sections (offsets stored as lengths). */
  sections(prefix: string): Record<string, Section> {
    return {
      [`${prefix}.bytes`]: this.a.bytes,
      [`${prefix}.keyLengths`]: lengthsOf(this.a.keyStarts),
      [`${prefix}.listLengths`]: lengthsOf(this.a.listStarts),
      [`${prefix}.places`]: this.a.places,
    };
  }

  /** The table back from `sections`. */
  static fromSections(get: <T extends Section>(name: string) => T, prefix: string): KeyTable {
    return new KeyTable({
      bytes: get(`${prefix}.bytes`),
      keyStarts: startsOf(get(`${prefix}.keyLengths`)),
      listStarts: startsOf(get(`${prefix}.listLengths`)),
      places: get(`${prefix}.places`),
    });
  }
}

/** Compares `bytes[from..to)` with `q` as unsigned bytes: negative, zero or positive. */
function compareBytes(bytes: Uint8Array, from: number, to: number, q: Uint8Array): number {
  const n = Math.min(to - from, q.length);
  for (let i = 0; i < n; i++) {
    const d = (bytes[from + i] ?? 0) - (q[i] ?? 0);
    if (d !== 0) return d;
  }
  return to - from - q.length;
}
