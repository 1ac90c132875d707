import type { GraphQLResolveInfo } from 'graphql';
import { findEvents } from '../../graph/repositories/events.ts';
import { findArticles } from '../../graph/repositories/entities.ts';
import type { ArticleRow, EventRow, StatementRow } from '../../graph/repositories/records.ts';
import { findStatements } from '../../graph/repositories/statements.ts';
import type { ApiContext } from '../context.ts';
import { articleQueryOf, type ArticleFilterInput } from '../filters/entity-filters.ts';
import { eventQueryOf, type EventFilterInput } from '../filters/event-filter.ts';
import { statementQueryOf, type StatementFilterInput } from '../filters/statement-filter.ts';
import { selectsField } from '../lookahead.ts';
import { pageRequest, toConnection, toPage } from '../pagination.ts';

interface PageArgs {
  first?: number | null;
  after?: string | null;
}

type EventOrder = 'DATE_DESC' | 'KILLED_DESC';

/** Sort keys as the Cypher orders them (cypher/api/events.cypher, statements.cypher, articles.cypher). */
const eventKey = (order: EventOrder) => (e: EventRow) => [
  order === 'KILLED_DESC' ? (e.killedMin ?? e.killedMax ?? -1) : 0,
  e.date,
];
const statementKey = (s: StatementRow) => [s.date];
const articleKey = (a: ArticleRow) => [a.publishedAt];

/**
 * Query.statements, Query.events, Query.articles: one Cypher statement each (the page, and the total
 * only when `totalCount` is selected).
 */
export const queryFactResolvers = {
  Query: {
    async statements(
      _: unknown,
      args: PageArgs & { filter?: StatementFilterInput | null },
      ctx: ApiContext,
      info: GraphQLResolveInfo,
    ) {
      const page = toPage(args.first, args.after, 'DATE_DESC');
      const query = statementQueryOf(args.filter ?? {});
      const result = await findStatements(ctx.db, query, pageRequest(page, selectsField(info, 'totalCount')));
      return toConnection(result.rows, result.total, page, 'DATE_DESC', statementKey);
    },
    async events(
      _: unknown,
      args: PageArgs & { filter?: EventFilterInput | null; orderBy?: EventOrder | null },
      ctx: ApiContext,
      info: GraphQLResolveInfo,
    ) {
      const order = args.orderBy ?? 'DATE_DESC';
      const page = toPage(args.first, args.after, order);
      const query = eventQueryOf(args.filter ?? {}, order);
      const result = await findEvents(ctx.db, query, pageRequest(page, selectsField(info, 'totalCount')));
      return toConnection(result.rows, result.total, page, order, eventKey(order));
    },
    async articles(
      _: unknown,
      args: PageArgs & { filter?: ArticleFilterInput | null },
      ctx: ApiContext,
      info: GraphQLResolveInfo,
    ) {
      const page = toPage(args.first, args.after, 'DATE_DESC');
      const query = articleQueryOf(args.filter ?? {});
      const result = await findArticles(ctx.db, query, pageRequest(page, selectsField(info, 'totalCount')));
      return toConnection(result.rows, result.total, page, 'DATE_DESC', articleKey);
    },
  },
};
