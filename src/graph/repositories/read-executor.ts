import type { Params, Row } from '../executor.ts';

/** What the read repositories need from the executor: run a named read statement. */
export interface ReadExecutor {
  read(name: string, params?: Params): Promise<Row[]>;
}

/**
 * A validated page request (see src/api/pagination.ts): at most `limit` rows that sort after the
 * keyset cursor `after` (its sort key values and id; null: from the start), and the number of all
 * matches when `withTotal`.
 */
export interface PageParams {
  limit: number;
  after: { key: (string | number | null)[]; id: string } | null;
  withTotal: boolean;
}

/** A page of a sorted result and the number of all matches (null when not asked for). */
export interface PageResult<T> {
  total: number | null;
  rows: T[];
}
