import type { Params, Row } from '../executor.ts';

/** What the read repositories need from the executor: run a named read statement. */
export interface ReadExecutor {
  read(name: string, params?: Params): Promise<Row[]>;
}

/** A validated page request (see src/api/pagination.ts). */
export interface PageParams {
  skip: number;
  limit: number;
}

/** A page of a sorted result and the number of all matches. */
export interface PageResult<T> {
  total: number;
  rows: T[];
}
