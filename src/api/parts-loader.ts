/**
 * A loader for link rows of which a query selects only some parts (an event's places, not its
 * statements or evidence). `load(id, part)` calls made in the same tick become one `batch(ids, parts)`
 * call with every id and every part asked in that tick, so one statement reads, for all parents at
 * that depth, only the links the query selected. Each (id, part) is fetched at most once per loader
 * (loaders live for one request). The batch function returns one row per id, in order.
 */
export interface PartsLoader<R> {
  load<P extends keyof R & string>(id: string, part: P): Promise<R[P]>;
}

interface Job<R> {
  id: string;
  part: keyof R & string;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export function createPartsLoader<R>(
  batch: (ids: readonly string[], parts: readonly (keyof R & string)[]) => Promise<readonly R[]>,
): PartsLoader<R> {
  const cache = new Map<string, Promise<unknown>>();
  let queue: Job<R>[] = [];

  const dispatch = (): void => {
    const jobs = queue;
    queue = [];
    const ids = [...new Set(jobs.map((j) => j.id))];
    const parts = [...new Set(jobs.map((j) => j.part))];
    batch(ids, parts).then(
      (rows) => {
        if (rows.length !== ids.length) {
          const error = new Error(`loader batch returned ${rows.length} rows for ${ids.length} ids`);
          jobs.forEach((j) => j.reject(error));
          return;
        }
        const byId = new Map(ids.map((id, i) => [id, rows[i] as R]));
        jobs.forEach((j) => j.resolve((byId.get(j.id) as R)[j.part]));
      },
      (error: unknown) => jobs.forEach((j) => j.reject(error)),
    );
  };

  return {
    load<P extends keyof R & string>(id: string, part: P): Promise<R[P]> {
      const key = JSON.stringify([id, part]);
      const cached = cache.get(key);
      if (cached) return cached as Promise<R[P]>;
      const promise = new Promise<unknown>((resolve, reject) => {
        queue.push({ id, part, resolve, reject });
        // As in loader.ts: wait until the promise jobs of this tick have run, so sibling fields at the
        // same depth all enqueue their ids and parts before one statement is sent.
        if (queue.length === 1) void Promise.resolve().then(() => process.nextTick(dispatch));
      });
      cache.set(key, promise);
      return promise as Promise<R[P]>;
    },
  };
}
