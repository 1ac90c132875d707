import { EventRecord, readPage, type EventRow } from './records.ts';
import type { PageParams, PageResult, ReadExecutor } from './read-executor.ts';
import { intParam } from './values.ts';

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

/**
 * Whether the page can walk the event_date index newest first and stop after `limit` rows: nothing
 * but a date range picks the candidates, the order is by date, and a total (when asked) is cheap (the
 * count store, or counting one date range) rather than a scan of every event for a type.
 */
function walksDateIndex(query: EventQuery, page: PageParams): boolean {
  if (query.orderBy !== 'DATE_DESC' || (query.start !== 'all' && query.start !== 'date')) return false;
  return (
    !page.withTotal ||
    query.start === 'date' ||
    (query.types === null && query.minKilled === null && query.minInjured === null)
  );
}

/**
 * Whether only a claiming or perpetrating actor filters, newest first: `api/events-by-actor` then
 * pages a large actor's events by walking the date index (its total from the actor's degree).
 */
function onlyByActor(query: EventQuery): boolean {
  const others = [query.types, query.from, query.to, query.minKilled, query.minInjured];
  if (query.orderBy !== 'DATE_DESC' || others.some((v) => v !== null)) return false;
  return (query.start === 'claimedBy' && query.perpetratedByKey === null) || query.start === 'perpetratedBy';
}

/** How many events an index walk (`api/events-by-actor`, `api/events-in-place-by-killed`) checks per page row before it gives up. */
const PROBES_PER_ROW = 40;

/**
 * The statement for events in a place (and the places inside it) that nothing but dates, types and
 * figures filter too: `api/events-in-place-by-date` (one sorted pass) or `-by-killed` (a count pass
 * and a walk of the killed index); null for any other filter.
 */
function inPlaceStatement(query: EventQuery): string | null {
  const others = [query.near, query.claimedByKey, query.perpetratedByKey, query.articleId];
  if (query.start !== 'place' || others.some((v) => v !== null)) return null;
  return query.orderBy === 'KILLED_DESC' ? 'api/events-in-place-by-killed' : 'api/events-in-place-by-date';
}

/**
 * One statement (`api/events-by-date`, `api/events-by-actor`, `api/events-in-place-by-*` or
 * `api/events`): the page and, when asked, the total.
 */
export async function findEvents(
  db: ReadExecutor,
  query: EventQuery,
  page: PageParams,
): Promise<PageResult<EventRow>> {
  if (walksDateIndex(query, page)) return readPage(db, 'api/events-by-date', EventRecord, query, page);
  // the specialised statements get the walk bound (the ones that walk an index read it)
  const walking = inPlaceStatement(query) ?? (onlyByActor(query) ? 'api/events-by-actor' : null);
  if (walking === null) return readPage(db, 'api/events', EventRecord, query, page);
  const probes = intParam(PROBES_PER_ROW * page.limit);
  return readPage(db, walking, EventRecord, { ...query, probes }, page);
}
