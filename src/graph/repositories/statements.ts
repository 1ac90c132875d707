import { readPage, StatementRecord, type StatementRow } from './records.ts';
import type { PageParams, PageResult, ReadExecutor } from './read-executor.ts';

/** Statement filters, already checked and folded by the API. Null means "no filter". */
export interface StatementQuery {
  /** A Lucene query for the factText index (see lucene.ts); cypher/api/statements keeps its statements. */
  text: string | null;
  speaker: string | null;
  speakerKey: string | null;
  /** The key as a quoted term for the entityKeys index (lucene.ts keyTermQuery). */
  speakerKeyQuery: string | null;
  place: string | null;
  placeKey: string | null;
  placeKeyQuery: string | null;
  kind: string | null;
  from: string | null;
  to: string | null;
  eventId: string | null;
  articleId: string | null;
  /** The filter the candidates come from (cypher/api/statements.cypher). */
  start: 'text' | 'article' | 'event' | 'speaker' | 'place' | 'date' | 'all';
}

/** One statement (`api/statements-by-date` when nothing but a date range and a kind filters, else
 * `api/statements`): the page and, when asked, the total. */
export async function findStatements(
  db: ReadExecutor,
  query: StatementQuery,
  page: PageParams,
): Promise<PageResult<StatementRow>> {
  const name = query.start === 'all' || query.start === 'date' ? 'api/statements-by-date' : 'api/statements';
  return readPage(db, name, StatementRecord, query, page);
}
