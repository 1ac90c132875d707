import { UserInputError } from '../errors.ts';

/** The largest page any list field returns; larger `first` values are refused, not truncated. */
export const MAX_PAGE_SIZE = 100;

/** A validated page request: how many rows to skip and how many to return. */
export interface Page {
  skip: number;
  limit: number;
}

/**
 * Cursors are opaque offsets into a stably sorted result (every query sorts by its key, then by id), so
 * a cursor stays valid as long as the graph does not change under it.
 */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const text = cursor.length <= 40 ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const m = /^o:(\d{1,9})$/.exec(text);
  if (!m?.[1]) throw new UserInputError('`after` is not a cursor this API gave out');
  return Number(m[1]);
}

/** Checks `first` (0..MAX_PAGE_SIZE) and decodes `after`. */
export function toPage(
  first: number | null | undefined,
  after: string | null | undefined,
  fallback = 20,
): Page {
  const limit = first ?? fallback;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE) {
    throw new UserInputError(`\`first\` must be between 0 and ${MAX_PAGE_SIZE}`);
  }
  const skip = after == null ? 0 : decodeCursor(after) + 1;
  return { skip, limit };
}

export interface Connection<T> {
  totalCount: number;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  edges: { cursor: string; node: T }[];
  nodes: T[];
}

/** Builds a Relay connection from one page of rows and the total number of matches. */
export function toConnection<T>(rows: readonly T[], totalCount: number, page: Page): Connection<T> {
  const edges = rows.map((node, i) => ({ cursor: encodeCursor(page.skip + i), node }));
  return {
    totalCount,
    pageInfo: {
      hasNextPage: page.skip + rows.length < totalCount,
      hasPreviousPage: page.skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    edges,
    nodes: [...rows],
  };
}
