import { describe, expect, it } from 'vitest';
import { useFixtureServer } from './support/setup.ts';

const server = useFixtureServer();

/** Runs a request and returns how many Cypher statements the server's executor ran for it. */
async function queriesFor(query: string, variables?: Record<string, unknown>): Promise<number> {
  const executor = server().db.executor;
  const before = executor.queryCount;
  const res = await server().gql(query, variables);
  expect(res.errors).toBeUndefined();
  return executor.queryCount - before;
}

// Every kind of nested link, at several depths. Nested lists take small `first`s so that 50 events stay
// under the cost limit.
const nested = (first: number) => `{
  events(first: ${first}) {
    totalCount
    nodes {
      type
      article { title }
      evidence { sentence article { title events { id } } }
      places { name ancestors { name } events(first: 2) { id } children(first: 2) { name } }
      casualties { kind min reportedBy { __typename ... on Organization { name } } evidence { sentence } }
      claimedBy { ... on Organization { name officials(first: 2) { title person { name } } statements(first: 2) { text } } }
      perpetrators { ... on Organization { claimed(first: 2) { id } carriedOut(first: 2) { id } mentions(first: 2) { count } } }
      statements { text place { name } speaker { ... on Person { name roles { title } mentions(first: 2) { count } } } }
      parts { id }
      partOf { id }
    }
  }
}`;

describe('query batching', () => {
  it('runs one Cypher statement per top-level field', async () => {
    const fields = [
      'statements(first: 5) { totalCount }',
      'events(first: 5) { totalCount }',
      'people(first: 5) { totalCount }',
      'organizations(first: 5) { totalCount }',
      'places(first: 5) { totalCount }',
      'articles(first: 5) { totalCount }',
      'search(text: "state") { score }',
    ];
    for (const field of fields) expect(await queriesFor(`{ ${field} }`), field).toBe(1);
    expect(await queriesFor(`{ ${fields.join(' ')} }`)).toBe(fields.length);
  });

  it('makes a fixed number of round trips however many events come back: nested fields are batched', async () => {
    const total = (await server().gql<{ events: { totalCount: number } }>('{ events { totalCount } }')).data!
      .events.totalCount;
    expect(total).toBeGreaterThan(20);
    const one = await queriesFor(nested(1));
    const all = await queriesFor(nested(50));
    // At most one statement per kind of link the query names (15 here) plus one for a loader used at two
    // depths; one query per event would be more than `total`.
    expect(all).toBeLessThanOrEqual(16);
    expect(one).toBeLessThanOrEqual(all);
  });

  it('looks ids up in one batch however many aliases ask', async () => {
    const ids = (
      await server().gql<{ events: { nodes: { id: string }[] } }>('{ events(first: 20) { nodes { id } } }')
    ).data!.events.nodes.map((e) => e.id);
    const aliases = ids.map((id, i) => `n${i}: node(id: ${JSON.stringify(id)}) { id }`).join(' ');
    expect(await queriesFor(`{ ${aliases} }`)).toBe(1);
  });
});
