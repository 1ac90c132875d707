import { findEvents } from '../../graph/repositories/events.ts';
import { findArticles } from '../../graph/repositories/entities.ts';
import { findStatements } from '../../graph/repositories/statements.ts';
import type { ApiContext } from '../context.ts';
import { articleQueryOf, type ArticleFilterInput } from '../filters/entity-filters.ts';
import { eventQueryOf, type EventFilterInput } from '../filters/event-filter.ts';
import { statementQueryOf, type StatementFilterInput } from '../filters/statement-filter.ts';
import { toConnection, toPage } from '../pagination.ts';

interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** Query.statements, Query.events, Query.articles: one Cypher statement each (page and total together). */
export const queryFactResolvers = {
  Query: {
    async statements(_: unknown, args: PageArgs & { filter?: StatementFilterInput | null }, ctx: ApiContext) {
      const page = toPage(args.first, args.after);
      const result = await findStatements(ctx.db, statementQueryOf(args.filter ?? {}), page);
      return toConnection(result.rows, result.total, page);
    },
    async events(
      _: unknown,
      args: PageArgs & { filter?: EventFilterInput | null; orderBy?: 'DATE_DESC' | 'KILLED_DESC' | null },
      ctx: ApiContext,
    ) {
      const page = toPage(args.first, args.after);
      const result = await findEvents(
        ctx.db,
        eventQueryOf(args.filter ?? {}, args.orderBy ?? 'DATE_DESC'),
        page,
      );
      return toConnection(result.rows, result.total, page);
    },
    async articles(_: unknown, args: PageArgs & { filter?: ArticleFilterInput | null }, ctx: ApiContext) {
      const page = toPage(args.first, args.after);
      const result = await findArticles(ctx.db, articleQueryOf(args.filter ?? {}), page);
      return toConnection(result.rows, result.total, page);
    },
  },
};
