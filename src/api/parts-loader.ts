import { createLoader } from './loader.ts';

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

/** Built on loader.ts: its keys are (id, part) pairs; one of its batches becomes one `batch(ids, parts)`. */
export function createPartsLoader<R>(
  batch: (ids: readonly string[], parts: readonly (keyof R & string)[]) => Promise<readonly R[]>,
): PartsLoader<R> {
  const loader = createLoader<string, unknown>(async (keys) => {
    const jobs = keys.map((key) => JSON.parse(key) as [string, keyof R & string]);
    const ids = [...new Set(jobs.map(([id]) => id))];
    const parts = [...new Set(jobs.map(([, part]) => part))];
    const rows = await batch(ids, parts);
    if (rows.length !== ids.length)
      throw new Error(`loader batch returned ${rows.length} rows for ${ids.length} ids`);
    const byId = new Map(ids.map((id, i) => [id, rows[i] as R]));
    return jobs.map(([id, part]) => (byId.get(id) as R)[part]);
  });
  return {
    load<P extends keyof R & string>(id: string, part: P): Promise<R[P]> {
      return loader.load(JSON.stringify([id, part])) as Promise<R[P]>;
    },
  };
}
