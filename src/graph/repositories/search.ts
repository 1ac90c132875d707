import { z } from 'zod';
import { OrganizationRecord, PersonRecord, PlaceRecord, type EntityRow } from './records.ts';
import type { ReadExecutor } from './read-executor.ts';
import { intParam, toPlain } from './values.ts';

const Hit = z.object({
  entity: z.discriminatedUnion('label', [PersonRecord, OrganizationRecord, PlaceRecord]),
  score: z.number(),
});

export interface SearchHitRow {
  entity: EntityRow;
  score: number;
}

/** Full-text search over names and aliases (index entityNames); `query` is an escaped Lucene query. */
export async function searchNames(db: ReadExecutor, query: string, limit: number): Promise<SearchHitRow[]> {
  const rows = await db.read('api/search-names', { query, limit: intParam(limit) });
  return rows.map((row) => Hit.parse(toPlain(row)));
}
