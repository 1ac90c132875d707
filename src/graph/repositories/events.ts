import { pageParams } from './values.ts';
import { EventRecord, pageOf, type EventRow } from './records.ts';
import type { PageParams, PageResult, ReadExecutor } from './read-executor.ts';

/** Event filters, already checked and folded by the API. Null means "no filter". */
export interface EventQuery {
  types: string[] | null;
  place: string | null;
  placeKey: string | null;
  /** Keys as quoted terms for the entityKeys index (lucene.ts keyTermQuery). */
  placeKeyQuery: string | null;
  from: string | null;
  to: string | null;
  minKilled: number | null;
  minInjured: number | null;
  claimedBy: string | null;
  claimedByKey: string | null;
  claimedByKeyQuery: string | null;
  perpetratedBy: string | null;
  perpetratedByKey: string | null;
  perpetratedByKeyQuery: string | null;
  near: { latitude: number; longitude: number; meters: number } | null;
  articleId: string | null;
  orderBy: 'DATE_DESC' | 'KILLED_DESC';
  /** The filter the candidates come from (cypher/api/events.cypher). */
  start: 'article' | 'place' | 'near' | 'claimedBy' | 'perpetratedBy' | 'date' | 'types' | 'all';
}

/** One statement `api/events`: the page and (when asked) the total in one round trip. */
export async function findEvents(
  db: ReadExecutor,
  query: EventQuery,
  page: PageParams,
): Promise<PageResult<EventRow>> {
  const rows = await db.read('api/events', { ...query, ...pageParams(page) });
  return pageOf(EventRecord, rows[0]);
}
