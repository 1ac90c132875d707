import { z } from 'zod';
import { UserInputError } from '../errors.ts';
import type { PageParams } from '../graph/repositories/read-executor.ts';

/** The largest page any list field returns; larger `first` values are refused, not truncated. */
export const MAX_PAGE_SIZE = 100;

/** One value of a sort key: a number, a date or name (string), or null (sorted last). */
export type KeyValue = string | number | null;

/**
 * A keyset cursor: the ordering it belongs to and the last row's sort key and id. The next page is
 * every row that sorts after it, so a page costs the same at any depth (no SKIP over earlier rows) and
 * rows added meanwhile neither repeat nor shift a page.
 */
export interface Cursor {
  order: string;
  key: KeyValue[];
  id: string;
}

/** A validated page request: at most `limit` rows after `after` (null: from the start). */
export interface Page {
  limit: number;
  after: Cursor | null;
}

const MAX_CURSOR_LENGTH = 800;
const CursorShape = z.tuple([
  z.string().max(40),
  z.array(z.union([z.string().max(300), z.number().int(), z.null()])).max(4),
  z.string().min(1).max(300),
]);

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.order, cursor.key, cursor.id]), 'utf8').toString('base64url');
}

/** Decodes a cursor this API gave out for `order`; anything else is BAD_USER_INPUT. */
export function decodeCursor(text: string, order: string): Cursor {
  let value: unknown = null;
  if (text.length <= MAX_CURSOR_LENGTH && /^[A-Za-z0-9_-]+$/.test(text)) {
    try {
      value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    } catch {
      value = null;
    }
  }
  const parsed = CursorShape.safeParse(value);
  if (!parsed.success) throw new UserInputError('`after` is not a cursor this API gave out');
  const [cursorOrder, key, id] = parsed.data;
  if (cursorOrder !== order) throw new UserInputError('`after` is a cursor of another ordering');
  return { order, key, id };
}

/** Checks a `first` argument (0..MAX_PAGE_SIZE); absent means `fallback`. */
export function pageSize(first: number | null | undefined, fallback = 20): number {
  const limit = first ?? fallback;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw new UserInputError(`\`first\` must be between 0 and ${MAX_PAGE_SIZE}`);
  }
  return limit;
}

/** Checks `first` and decodes `after` for a connection sorted by `order`. */
export function toPage(
  first: number | null | undefined,
  after: string | null | undefined,
  order: string,
  fallback = 20,
): Page {
  return { limit: pageSize(first, fallback), after: after == null ? null : decodeCursor(after, order) };
}

export interface Connection<T> {
  /** Null when the client did not select it (and counting would have cost extra). */
  totalCount: number | null;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  edges: { cursor: string; node: T }[];
  nodes: T[];
}

/**
 * Builds a Relay connection from the rows the repository fetched: up to `page.limit + 1` of them, the
 * extra row only telling that a next page exists. `keyOf` gives a row's sort key for its cursor.
 */
export function toConnection<T extends { id: string }>(
  rows: readonly T[],
  totalCount: number | null,
  page: Page,
  order: string,
  keyOf: (row: T) => KeyValue[],
): Connection<T> {
  const kept = rows.slice(0, page.limit);
  const edges = kept.map((node) => ({
    cursor: encodeCursor({ order, key: keyOf(node), id: node.id }),
    node,
  }));
  return {
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > page.limit,
      // Keyset paging cannot tell cheaply whether rows precede the cursor; one did: the cursor's own.
      hasPreviousPage: page.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    edges,
    nodes: kept,
  };
}

/** The page for a repository: `limit` one more than asked (to see a next page), `after` or null. */
export function pageRequest(page: Page, withTotal: boolean): PageParams {
  return {
    withTotal,
    limit: page.limit + 1,
    after: page.after === null ? null : { key: page.after.key, id: page.after.id },
  };
}
