/**
 * A tiny DataLoader: `load(key)` calls made in the same tick are batched into one `batch(keys)` call,
 * and each key is fetched at most once per loader (loaders live for one request). The batch function
 * returns one value per key, in order.
 */
export interface Loader<K, V> {
  load(key: K): Promise<V>;
}

export function createLoader<K, V>(batch: (keys: readonly K[]) => Promise<readonly V[]>): Loader<K, V> {
  const cache = new Map<K, Promise<V>>();
  let queue: { key: K; resolve: (v: V) => void; reject: (e: unknown) => void }[] = [];

  const dispatch = (): void => {
    const jobs = queue;
    queue = [];
    batch(jobs.map((j) => j.key)).then(
      (values) => {
        if (values.length !== jobs.length) {
          const error = new Error(`loader batch returned ${values.length} values for ${jobs.length} keys`);
          jobs.forEach((j) => j.reject(error));
          return;
        }
        jobs.forEach((j, i) => j.resolve(values[i] as V));
      },
      (error: unknown) => jobs.forEach((j) => j.reject(error)),
    );
  };

  return {
    load(key: K): Promise<V> {
      const cached = cache.get(key);
      if (cached) return cached;
      const promise = new Promise<V>((resolve, reject) => {
        queue.push({ key, resolve, reject });
        // Like DataLoader: wait until the promise jobs of this tick have run, so sibling resolvers at
        // the same depth all enqueue their keys before one query is sent.
        if (queue.length === 1) void Promise.resolve().then(() => process.nextTick(dispatch));
      });
      cache.set(key, promise);
      return promise;
    },
  };
}
