import type { GraphQLResolveInfo } from 'graphql';
import type { PageParams, PageResult, ReadExecutor } from '../../graph/repositories/read-executor.ts';
import type { ApiContext } from '../context.ts';
import { selectsField } from '../lookahead.ts';
import { pageRequest, toConnection, toPage, type Connection, type KeyValue } from '../pagination.ts';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** How one top-level list reads: its sort order, its repository query, the sort key of a row. */
export interface ConnectionSpec<A extends PageArgs, O extends string, Q, R extends { id: string }> {
  order: (args: A) => O;
  /** Checks and folds the filter (a bad one throws BAD_USER_INPUT, after `first` and `after`). */
  query: (args: A, order: O) => Q;
  find: (db: ReadExecutor, query: Q, page: PageParams) => Promise<PageResult<R>>;
  keyOf: (order: O) => (row: R) => KeyValue[];
}

/**
 * A Query field that returns a Relay connection with one Cypher statement: the page (one row more,
 * to see a next page) and the total only when the client selected `totalCount`.
 */
export function connectionField<A extends PageArgs, O extends string, Q, R extends { id: string }>(
  spec: ConnectionSpec<A, O, Q, R>,
) {
  return async (_: unknown, args: A, ctx: ApiContext, info: GraphQLResolveInfo): Promise<Connection<R>> => {
    const order = spec.order(args);
    const page = toPage(args.first, args.after, order);
    const query = spec.query(args, order);
    const result = await spec.find(ctx.db, query, pageRequest(page, selectsField(info, 'totalCount')));
    return toConnection(result.rows, result.total, page, order, spec.keyOf(order));
  };
}
