/**
 * Folded name → place numbers. While building, a key holds a number or an array; `seal` moves every
 * shared list into one Int32Array (postings) and leaves in the map a number per key: a place number
 * when the key names one place (most do), else -(offset + 1) of its list, whose first slot is its length.
 * One map of small numbers and one typed array, instead of an array object per shared key.
 */
export class NameIndex {
  private readonly map = new Map<string, number | number[]>();
  private postings = new Int32Array(0);

  add(key: string, place: number): void {
    const cur = this.map.get(key);
    if (cur === undefined) this.map.set(key, place);
    else if (typeof cur === 'number') {
      if (cur !== place) this.map.set(key, [cur, place]);
    } else if (!cur.includes(place)) cur.push(place);
  }

  /** Orders every shared list with `compare` and packs them; the index is read-only afterwards. */
  seal(compare: (a: number, b: number) => number): void {
    let total = 0;
    for (const v of this.map.values()) if (typeof v !== 'number') total += v.length + 1;
    const postings = new Int32Array(total);
    let at = 0;
    for (const [key, v] of this.map) {
      if (typeof v === 'number') continue;
      v.sort(compare);
      postings[at] = v.length;
      postings.set(v, at + 1);
      this.map.set(key, -(at + 1));
      at += v.length + 1;
    }
    this.postings = postings;
  }

  /** The place numbers under `key`, in `seal` order; empty when none. */
  get(key: string): readonly number[] | Int32Array {
    const v = this.map.get(key);
    if (v === undefined) return [];
    if (typeof v !== 'number') return v;
    if (v >= 0) return [v];
    const at = -v - 1;
    return this.postings.subarray(at + 1, at + 1 + (this.postings[at] ?? 0));
  }

  get size(): number {
    return this.map.size;
  }
}
