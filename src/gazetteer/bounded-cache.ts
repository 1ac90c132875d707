/** A memo table that is cleared when full, so memory stays bounded over a long run. */
export class BoundedCache<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(key: string, compute: () => V): V {
    const hit = this.map.get(key);
    if (hit !== undefined || this.map.has(key)) return hit as V;
    if (this.map.size >= this.max) this.map.clear();
    const value = compute();
    this.map.set(key, value);
    return value;
  }
}
