import { describe, expect, it } from 'vitest';
import {
  decodeCursor,
  encodeCursor,
  MAX_PAGE_SIZE,
  pageRequest,
  toConnection,
  toPage,
} from '../../../src/api/pagination.ts';

const row = (id: string, date: string | null) => ({ id, date });
const dateKey = (r: { date: string | null }) => [r.date];

describe('pagination', () => {
  it('round-trips a sort key and id through an opaque cursor', () => {
    const cursor = encodeCursor({ order: 'KILLED_DESC', key: [41, '2016-02-21'], id: 'event:x' });
    expect(cursor).not.toContain('event');
    expect(decodeCursor(cursor, 'KILLED_DESC')).toEqual({
      order: 'KILLED_DESC',
      key: [41, '2016-02-21'],
      id: 'event:x',
    });
  });

  it('refuses a cursor given out for another ordering', () => {
    const cursor = encodeCursor({ order: 'DATE_DESC', key: [null], id: 'a' });
    expect(() => decodeCursor(cursor, 'KILLED_DESC')).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
  });

  it('asks for one row more than the page, to tell whether a next page exists', () => {
    const page = toPage(10, null, 'DATE_DESC');
    expect(pageRequest(page, false)).toEqual({ limit: 11, after: null, withTotal: false });
  });

  it('starts the next page after the cursor row', () => {
    const cursor = encodeCursor({ order: 'NAME', key: ['Kerry'], id: 'person:john kerry' });
    expect(pageRequest(toPage(5, cursor, 'NAME'), true)).toEqual({
      limit: 6,
      after: { key: ['Kerry'], id: 'person:john kerry' },
      withTotal: true,
    });
  });

  it.each([-1, MAX_PAGE_SIZE + 1, 2.5])('refuses first = %s as BAD_USER_INPUT', (first) => {
    expect(() => toPage(first, null, 'NAME')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it.each([
    '',
    'abc',
    encodeCursor({ order: 'NAME', key: ['x'], id: 'y' }).repeat(30),
    Buffer.from('o:3').toString('base64url'),
    Buffer.from(JSON.stringify(['NAME', [{ $gt: 1 }], 'y'])).toString('base64url'),
    Buffer.from(JSON.stringify(['NAME', ['x'], ''])).toString('base64url'),
    "' OR 1=1 //",
  ])('refuses a cursor it did not give out: %j', (after) => {
    expect(() => toPage(5, after, 'NAME')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it('reports a next page only when the repository found a row beyond the page', () => {
    const page = toPage(2, null, 'DATE_DESC');
    const first = toConnection(
      [row('a', '2016-02-03'), row('b', null), row('c', null)],
      3,
      page,
      'DATE_DESC',
      dateKey,
    );
    expect(first.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const next = toPage(2, first.pageInfo.endCursor, 'DATE_DESC');
    expect(next.after).toEqual({ order: 'DATE_DESC', key: [null], id: 'b' });
    const second = toConnection([row('c', null)], 3, next, 'DATE_DESC', dateKey);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('leaves totalCount null when it was not asked for', () => {
    expect(toConnection([], null, toPage(1, null, 'NAME'), 'NAME', () => []).totalCount).toBeNull();
  });
});
