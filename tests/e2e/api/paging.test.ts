import { afterEach, describe, expect, it } from 'vitest';
import type { Params, Row } from '../../../src/graph/executor.ts';
import { useFixtureServer } from './support/setup.ts';

const server = useFixtureServer();

interface Page {
  totalCount: number;
  edges: { cursor: string; node: Record<string, unknown> & { id: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
}

/** `field(args, first, after) { totalCount edges { cursor node { id <fields> } } pageInfo {...} }`. */
async function pageOf(field: string, args: string, fields: string, first: number, after: string | null) {
  const argList = [args, `first: ${first}`, 'after: $after'].filter(Boolean).join(', ');
  const res = await server().gql<Record<string, Page>>(
    `query ($after: String) { ${field}(${argList}) { totalCount edges { cursor node { id ${fields} } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`,
    { after },
  );
  expect(res.errors).toBeUndefined();
  return res.data![field]!;
}

/** Walks every page of 3 and returns the rows in order, with the totalCount of the first page. */
async function walk(field: string, args: string, fields: string) {
  const rows: Page['edges'][number]['node'][] = [];
  let after: string | null = null;
  let total = -1;
  for (let i = 0; i < 100; i++) {
    const page = await pageOf(field, args, fields, 3, after);
    if (i === 0) total = page.totalCount;
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    rows.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { rows, total };
}

/** Newest first, undated last, then by id: the order every dated connection documents. */
function byDateDesc(a: { id: string; date: string | null }, b: { id: string; date: string | null }): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.id < b.id ? -1 : 1;
}

describe('keyset paging', () => {
  const cases: [string, string, string][] = [
    ['events', '', 'date'],
    ['events', 'filter: { from: "2000-01-01" }', 'date'],
    ['events', 'filter: { place: "Syria" }', 'date'],
    ['events', 'orderBy: KILLED_DESC', 'date killed { min max }'],
    ['statements', '', 'date'],
    ['statements', 'filter: { speaker: "kerry" }', 'date'],
    ['articles', '', 'date: publishedAt'],
    ['people', '', 'name'],
    ['people', 'filter: { officialsOnly: true }', 'name'],
    ['organizations', '', 'name'],
    ['places', '', 'name'],
    ['places', 'filter: { inside: "Syria" }', 'name'],
  ];

  it.each(cases)(
    '%s(%s): pages of 3 give every match once, in order, adding up to totalCount',
    async (field, args, fields) => {
      const { rows, total } = await walk(field, args, fields);
      expect(rows.length).toBeGreaterThan(3);
      expect(rows.length).toBe(total);
      expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
      const one = await pageOf(field, args, fields, 100, null);
      expect(rows.map((r) => r.id).slice(0, 100)).toEqual(one.edges.map((e) => e.node.id));
    },
  );

  it('sorts dated connections newest first, undated last, ties by id', async () => {
    for (const field of ['events', 'statements']) {
      const { rows } = await walk(field, '', 'date');
      const typed = rows as unknown as { id: string; date: string | null }[];
      expect(typed).toEqual([...typed].sort(byDateDesc));
    }
  });

  it('sorts KILLED_DESC by the killed figure (the lower one, else the only one), then newest first', async () => {
    const { rows } = await walk('events', 'orderBy: KILLED_DESC', 'date killed { min max }');
    const killed = rows.map((r) => {
      const k = r.killed as { min: number | null; max: number | null } | null;
      return k?.min ?? k?.max ?? -1;
    });
    expect(killed).toEqual([...killed].sort((a, b) => b - a));
    expect(killed[0]).toBeGreaterThan(0);
  });

  it('refuses a cursor of another ordering or connection as BAD_USER_INPUT', async () => {
    const byDate = await pageOf('events', '', 'date', 1, null);
    const res = await server().gql(
      'query ($after: String) { events(orderBy: KILLED_DESC, after: $after) { totalCount } }',
      { after: byDate.edges[0]!.cursor },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const person = await pageOf('people', '', 'name', 1, null);
    const other = await server().gql('query ($after: String) { statements(after: $after) { totalCount } }', {
      after: person.edges[0]!.cursor,
    });
    expect(other.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('totalCount', () => {
  const calls: { name: string; params: Params }[] = [];
  let restore: (() => void) | undefined;
  /** Records every statement the server runs (the real executor still runs it). */
  function record(): void {
    const executor = server().db.executor;
    const read = executor.read.bind(executor);
    executor.read = (name: string, params: Params = {}): Promise<Row[]> => {
      calls.push({ name, params });
      return read(name, params);
    };
    restore = () => {
      executor.read = read;
    };
  }
  afterEach(() => {
    restore?.();
    calls.length = 0;
  });

  it('is counted only when the client selects it, directly or through a fragment', async () => {
    record();
    await server().gql('{ events(first: 2) { nodes { id } } }');
    await server().gql(
      '{ events(first: 2) { ...Counted } } fragment Counted on EventConnection { totalCount }',
    );
    await server().gql('{ statements(filter: { speaker: "kerry" }, first: 1) { pageInfo { hasNextPage } } }');
    expect(calls.map((c) => c.params.withTotal)).toEqual([false, true, false]);
  });

  it('pages unfiltered events by walking the date index, and still counts them all when asked', async () => {
    record();
    const page = await pageOf('events', '', 'date', 2, null);
    expect(calls.map((c) => c.name)).toEqual(['api/events-by-date']);
    const { rows } = await walk('events', 'filter: { types: [] }', 'date');
    expect(page.totalCount).toBe(rows.length);
  });

  it("pages one group's claims by walking the date index: pages of 1 give the rows and total of one page of all", async () => {
    record();
    const args = 'filter: { claimedBy: "Islamic State" }';
    const rows: string[] = [];
    const totals = new Set<number>();
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      // A page of 1 asks for 2 rows: the walk fills it (total from the degree) until the last page,
      // which falls back to reading every claimed event.
      const page = await pageOf('events', args, 'date', 1, after);
      totals.add(page.totalCount);
      rows.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(new Set(calls.map((c) => c.name))).toEqual(new Set(['api/events-by-actor']));
    const all = await pageOf('events', args, 'date', 100, null);
    expect(all.totalCount).toBeGreaterThan(1);
    expect(rows).toEqual(all.edges.map((e) => e.node.id));
    expect([...totals]).toEqual([all.totalCount]);
  });

  it('pages unfiltered people, organizations and places by walking their name index', async () => {
    record();
    for (const field of ['people', 'organizations', 'places']) await pageOf(field, '', 'name', 2, null);
    expect(calls.map((c) => c.name)).toEqual([
      'api/people-by-name',
      'api/organizations-by-name',
      'api/places-by-name',
    ]);
  });
});
