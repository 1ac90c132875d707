import { z } from 'zod';
import { GraphRecord, type GraphRow } from './records.ts';
import type { ReadExecutor } from './read-executor.ts';
import { toPlain } from './values.ts';

const Found = z.object({ id: z.string(), node: GraphRecord });

/** Nodes by id whatever their label, in the order asked; null where no node has that id. */
export async function nodesById(db: ReadExecutor, ids: readonly string[]): Promise<(GraphRow | null)[]> {
  const rows = await db.read('api/nodes-by-id', { ids: [...ids] });
  const byId = new Map<string, GraphRow>();
  for (const row of rows) {
    const found = Found.parse(toPlain(row));
    byId.set(found.id, found.node);
  }
  return ids.map((id) => byId.get(id) ?? null);
}
