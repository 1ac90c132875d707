import { describe, expect, it } from 'vitest';
import { MAX_COST } from '../../../src/api/limits/cost.ts';
import { MAX_DEPTH } from '../../../src/api/limits/depth.ts';
import { fixtureArticleIds } from './support/fixtures.ts';
import { HOSTILE_STRINGS, STRING_ARGUMENTS } from './support/hostile.ts';
import { useFixtureServer } from './support/setup.ts';
import type { GqlResponse } from './support/server.ts';

const server = useFixtureServer();

/** Nothing internal in a response body: no stack frames, no Cypher, no driver or database wording. */
function expectNothingInternal(res: GqlResponse<unknown>): void {
  for (const error of res.errors ?? []) {
    expect(error.message).not.toMatch(/\bat .+:\d+:\d+|MATCH |RETURN |UNWIND |cypher|neo4j|Neo\.|bolt:/i);
    expect(error.extensions).not.toHaveProperty('stack');
    expect(error.extensions).not.toHaveProperty('exception');
  }
}

/**
 * What the fixture articles hold, by the API's own counts, to show a request changed nothing. Scoped to
 * the fixtures because other test files may add and remove their own articles meanwhile.
 */
async function graphCounts(): Promise<unknown> {
  const ids = await fixtureArticleIds();
  const counts = await Promise.all(
    ids.map(async (id) => {
      const r = await server().gql(
        'query ($id: ID!) { node(id: $id) { id } events(filter: { articleId: $id }) { totalCount } statements(filter: { articleId: $id }) { totalCount } }',
        { id },
      );
      return [id, r.data] as const;
    }),
  );
  return Object.fromEntries(counts);
}

describe('hostile strings in every argument', () => {
  it.each(STRING_ARGUMENTS)(
    '%s: answers data or BAD_USER_INPUT, never an internal error, and changes nothing',
    async (_, query) => {
      const before = await graphCounts();
      for (const value of HOSTILE_STRINGS) {
        const res = await server().gql(query, { v: value });
        const label = `${JSON.stringify(value.slice(0, 40))} (${value.length} chars)`;
        const codes = (res.errors ?? []).map((e) => e.extensions?.code);
        for (const code of codes) expect(code, label).toBe('BAD_USER_INPUT');
        if (codes.length === 0) expect(res.data, label).toBeTruthy();
        expectNothingInternal(res);
      }
      expect(await graphCounts()).toEqual(before);
    },
  );

  it('treats Lucene syntax in a full-text search as plain words', async () => {
    const plain = await server().gql<{ statements: { totalCount: number } }>(
      '{ statements(filter: { text: "cessation hostilities" }) { totalCount } }',
    );
    const decorated = await server().gql<{ statements: { totalCount: number } }>(
      'query ($v: String) { statements(filter: { text: $v }) { totalCount } }',
      { v: 'cessation* AND (hostilities)' },
    );
    expect(decorated.errors).toBeUndefined();
    // `cessation*` is the literal word, not a prefix, and AND is just a word: no more hits than plain words give.
    expect(decorated.data!.statements.totalCount).toBeLessThanOrEqual(plain.data!.statements.totalCount);
  });
});

describe('limits', () => {
  it('refuses a page larger than the maximum with BAD_USER_INPUT', async () => {
    const res = await server().gql('{ events(first: 101) { totalCount } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/first/);
  });

  it('refuses a query nested too deep before running it', async () => {
    const executor = server().db.executor;
    const before = executor.queryCount;
    const levels = MAX_DEPTH + 1;
    const res = await server().gql(
      `{ places { nodes { ${'parent { '.repeat(levels)}name${' }'.repeat(levels)} } } }`,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(executor.queryCount).toBe(before);
  });

  it('refuses a query that would cost too much before running it', async () => {
    const executor = server().db.executor;
    const before = executor.queryCount;
    const res = await server().gql(
      '{ places(first: 100) { nodes { events(first: 100) { statements { speaker { ... on Person { statements(first: 100) { text } } } } } } } }',
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(res.errors?.[0]?.extensions?.limit).toBe(MAX_COST);
    expect(executor.queryCount).toBe(before);
  });

  it('refuses malformed input with BAD_USER_INPUT: dates, figures, coordinates, enums, reversed ranges', async () => {
    const cases: [string, Record<string, unknown>][] = [
      ['query ($v: Date) { events(filter: { from: $v }) { totalCount } }', { v: '2016-02-30' }],
      ['{ events(filter: { minKilled: -1 }) { totalCount } }', {}],
      ['{ events(filter: { near: { latitude: 95, longitude: 0, km: 10 } }) { totalCount } }', {}],
      ['{ events(filter: { near: { latitude: 0, longitude: 0, km: 1e9 } }) { totalCount } }', {}],
      ['query ($v: [EventType!]) { events(filter: { types: $v }) { totalCount } }', { v: ['NUKE'] }],
      ['{ events(filter: { from: "2016-02-02", to: "2016-01-01" }) { totalCount } }', {}],
      ['{ search(text: "!!!") { score } }', {}],
    ];
    for (const [query, variables] of cases) {
      const res = await server().gql(query, variables);
      expect(
        res.errors?.map((e) => e.extensions?.code),
        query,
      ).toEqual(['BAD_USER_INPUT']);
      expectNothingInternal(res);
    }
  });

  it('refuses a request body larger than the limit with 413', async () => {
    const response = await fetch(`${server().url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ events { totalCount } }',
        variables: { pad: 'x'.repeat(7 * 1024 * 1024) },
      }),
    });
    expect(response.status).toBe(413);
  });
});
