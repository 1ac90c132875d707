import type { Executor } from './executor.ts';

/** Enclosing places go only after the places inside them, so orphan removal runs until nothing is left. */
const MAX_PLACE_DEPTH = 8;

/**
 * Deletes articles by id with everything they asserted, then the entities only they mentioned, in
 * batches (one transaction each) so a large set never builds one huge transaction. Used by the
 * benchmark and the tests to remove exactly what they wrote from a database others share.
 * Returns how many entities were removed.
 */
export async function deleteArticles(executor: Executor, ids: string[], batchSize = 200): Promise<number> {
  let removed = 0;
  for (let i = 0; i < ids.length; i += batchSize) {
    const batch = ids.slice(i, i + batchSize);
    const entityIds = (await executor.read('ingest/article-entities', { ids: batch })).map((r) => String(r.id));
    await executor.write('ingest/delete-articles', { ids: batch });
    for (let round = 0; round < MAX_PLACE_DEPTH && entityIds.length > 0; round++) {
      const deleted = Number((await executor.write('ingest/delete-orphan-entities', { ids: entityIds }))[0]?.deleted ?? 0);
      removed += deleted;
      if (deleted === 0) break;
    }
  }
  return removed;
}
