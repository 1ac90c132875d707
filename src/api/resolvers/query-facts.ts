import { findEvents } from '../../graph/repositories/events.ts';
import { findArticles } from '../../graph/repositories/entities.ts';
import type { ArticleRow, EventRow, StatementRow } from '../../graph/repositories/records.ts';
import { findStatements } from '../../graph/repositories/statements.ts';
import { articleQueryOf, type ArticleFilterInput } from '../filters/entity-filters.ts';
import { eventQueryOf, type EventFilterInput } from '../filters/event-filter.ts';
import { statementQueryOf, type StatementFilterInput } from '../filters/statement-filter.ts';
import { connectionField, type PageArgs } from './connection-field.ts';

type EventOrder = 'DATE_DESC' | 'KILLED_DESC';
type EventArgs = PageArgs & { filter?: EventFilterInput | null; orderBy?: EventOrder | null };

/** Sort keys as the Cypher orders them (cypher/api/events.cypher, statements.cypher, articles.cypher). */
const eventKey = (order: EventOrder) => (e: EventRow) => [
  order === 'KILLED_DESC' ? (e.killedMin ?? e.killedMax ?? -1) : 0,
  e.date,
];
const byDate = () => 'DATE_DESC';

/**
 * Query.statements, Query.events, Query.articles: one Cypher statement each (the page, and the total
 * only when `totalCount` is selected).
 */
export const queryFactResolvers = {
  Query: {
    statements: connectionField({
      order: byDate,
      query: (args: PageArgs & { filter?: StatementFilterInput | null }) =>
        statementQueryOf(args.filter ?? {}),
      find: findStatements,
      keyOf: () => (s: StatementRow) => [s.date],
    }),
    events: connectionField({
      order: (args: EventArgs): EventOrder => args.orderBy ?? 'DATE_DESC',
      query: (args: EventArgs, order: EventOrder) => eventQueryOf(args.filter ?? {}, order),
      find: findEvents,
      keyOf: eventKey,
    }),
    articles: connectionField({
      order: byDate,
      query: (args: PageArgs & { filter?: ArticleFilterInput | null }) => articleQueryOf(args.filter ?? {}),
      find: findArticles,
      keyOf: () => (a: ArticleRow) => [a.publishedAt],
    }),
  },
};
