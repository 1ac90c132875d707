import { describe, expect, it } from 'vitest';
import {
  decodeCursor,
  encodeCursor,
  MAX_PAGE_SIZE,
  toConnection,
  toPage,
} from '../../../src/api/pagination.ts';

describe('pagination', () => {
  it('round-trips an offset through an opaque cursor', () => {
    const cursor = encodeCursor(41);
    expect(cursor).not.toContain('41');
    expect(decodeCursor(cursor)).toBe(41);
  });

  it('starts the next page just after the cursor', () => {
    expect(toPage(10, encodeCursor(9))).toEqual({ skip: 10, limit: 10 });
  });

  it.each([-1, MAX_PAGE_SIZE + 1, 2.5])('refuses first = %s as BAD_USER_INPUT', (first) => {
    expect(() => toPage(first, null)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it.each(['', 'abc', encodeCursor(1).repeat(10), Buffer.from('o:-3').toString('base64url'), "' OR 1=1 //"])(
    'refuses a cursor it did not give out: %j',
    (after) => {
      expect(() => toPage(5, after)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    },
  );

  it('reports a next page only while rows remain', () => {
    const page = toPage(2, null);
    const first = toConnection(['a', 'b'], 3, page);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = toConnection(['c'], 3, toPage(2, first.pageInfo.endCursor));
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(second.edges[0]?.cursor).toBe(encodeCursor(2));
  });
});
