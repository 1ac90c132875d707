import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personQueryOf } from '../../../src/api/filters/entity-filters.ts';
import { statementQueryOf, type StatementFilterInput } from '../../../src/api/filters/statement-filter.ts';
import type { Database } from '../../../src/graph/database.ts';
import { findPeople } from '../../../src/graph/repositories/entities.ts';
import type { PageParams, PageResult } from '../../../src/graph/repositories/read-executor.ts';
import { findStatements } from '../../../src/graph/repositories/statements.ts';
import { loadFixtures } from '../../e2e/api/support/fixtures.ts';
import { openProbe, type GraphProbe } from '../../support/graph-probe.ts';
import { openTestDatabase } from '../../support/neo4j.ts';

// The lean paths of cypher/api/statements.cypher (words alone, a speaker alone) and people.cypher
// (officials with at most a role) against the graph read by the tests' own Cypher: every page of 1, 2
// and 5, in order, with the same total on each page. A changed count, order or page fails here.

interface Keyed {
  id: string;
  key: string | null;
}
type Reader = (after: PageParams['after']) => Promise<PageResult<Keyed>>;

/** Every page of `size` in turn: the ids in order and the totals the pages reported. */
async function walk(read: Reader, size: number) {
  const ids: string[] = [];
  const totals = new Set<number | null>();
  let after: PageParams['after'] = null;
  for (let i = 0; i < 500; i++) {
    const page = await read(after);
    totals.add(page.total);
    ids.push(...page.rows.map((r) => r.id));
    const last = page.rows.at(-1);
    if (page.rows.length < size || last === undefined) break;
    after = { key: [last.key], id: last.id };
  }
  return { ids, totals: [...totals] };
}

/** Newest first, undated last, ties by id: the statements' order (cypher/api/statements.cypher). */
function byDate(rows: Keyed[]): string[] {
  const cmp = (a: Keyed, b: Keyed): number =>
    a.key === b.key
      ? a.id < b.id
        ? -1
        : 1
      : a.key === null
        ? 1
        : b.key === null
          ? -1
          : a.key > b.key
            ? -1
            : 1;
  return [...rows].sort(cmp).map((r) => r.id);
}

let db: Database;
let probe: GraphProbe;
beforeAll(async () => {
  db = await openTestDatabase();
  probe = openProbe();
  await loadFixtures(db.executor, { force: false });
});
afterAll(async () => {
  await probe.close();
  await db.close();
});

describe('api/statements, words or a speaker alone', () => {
  let directIds = new Set<string>();
  beforeAll(async () => {
    const rows = await probe.query<{ id: string }>(`MATCH (s:Statement {kind: 'direct'}) RETURN s.id AS id`);
    directIds = new Set(rows.map((r) => r.id));
  });

  async function compare(filter: StatementFilterInput, expected: string[]): Promise<void> {
    const query = statementQueryOf(filter);
    for (const size of [1, 2, 5]) {
      const got = await walk(async (after) => {
        const page = await findStatements(db.executor, query, { limit: size, after, withTotal: true });
        return { total: page.total, rows: page.rows.map((s) => ({ id: s.id, key: s.date ?? null })) };
      }, size);
      expect(got, `${JSON.stringify(filter)}, pages of ${size}`).toEqual({
        ids: expected,
        totals: [expected.length],
      });
    }
  }

  it('finds by words the statements whose text has every word, in order, and no event', async () => {
    // Words that the graph's statements and event summaries both use (long ones, shared by several),
    // so that a search which let the events of the same index through would count them.
    const texts = await probe.query<{ text: string; summary: boolean }>(
      `MATCH (s:Statement) RETURN s.text AS text, false AS summary
       UNION ALL MATCH (e:Event) WHERE e.summary IS NOT NULL RETURN e.summary AS text, true AS summary`,
    );
    const wordsOf = (summary: boolean): Set<string> =>
      new Set(
        texts
          .filter((t) => t.summary === summary)
          .flatMap((t) => t.text.toLowerCase().match(/\b[a-z]{7,}\b/g) ?? []),
      );
    const inEvents = wordsOf(true);
    const words = [...wordsOf(false)]
      .filter((w) => inEvents.has(w))
      .sort()
      .slice(0, 6);
    expect(words.length).toBe(6);
    let compared = 0;
    for (const word of words) {
      // The index by itself, both of its fields, then statements only: what the filter must give.
      const rows = await probe.query<Keyed>(
        `CALL db.index.fulltext.queryNodes('factText', $word) YIELD node
         WITH node WHERE node:Statement RETURN node.id AS id, toString(node.date) AS key`,
        { word },
      );
      await compare({ text: word }, byDate(rows));
      compared += rows.length;
    }
    expect(compared).toBeGreaterThan(6);
  });

  it('finds by a speaker every statement of the people so named, each once, in order', async () => {
    const speakers = await probe.query<{ name: string }>(
      `MATCH (p:Person)-[:SAID]->() WITH p, count(*) AS n ORDER BY n DESC, p.id LIMIT 3 RETURN p.name AS name`,
    );
    expect(speakers.length).toBe(3);
    for (const { name } of speakers) {
      const key = statementQueryOf({ speaker: name }).speakerKey;
      const rows = await probe.query<Keyed>(
        `MATCH (sp)-[:SAID]->(s) WHERE $key IN sp.nameKeys
         RETURN DISTINCT s.id AS id, toString(s.date) AS key`,
        { key },
      );
      expect(rows.length).toBeGreaterThan(0);
      await compare({ speaker: name }, byDate(rows));
      await compare({ speaker: name, kind: 'direct' }, byDate(rows.filter((r) => directIds.has(r.id))));
    }
  });
});

describe('api/people, officials with at most a role', () => {
  it('lists the officials holding a title with the role words, by name then id, on every page', async () => {
    const roles = await probe.query<{ role: string }>(
      `MATCH (n:Official) WHERE n.role IS NOT NULL RETURN DISTINCT toLower(n.role) AS role ORDER BY role LIMIT 3`,
    );
    expect(roles.length).toBeGreaterThan(0);
    for (const role of [null, ...roles.map((r) => r.role.split(/\s+/)[0] ?? r.role)]) {
      const rows = await probe.query<{ id: string; name: string }>(
        `MATCH (n:Official)
         WHERE $role IS NULL OR toLower(n.role) CONTAINS $role
           OR EXISTS { MATCH (n)-[r:HOLDS_ROLE]->() WHERE toLower(r.title) CONTAINS $role }
         RETURN n.id AS id, n.name AS name`,
        { role },
      );
      const expected = rows
        .sort((a, b) => (a.name === b.name ? (a.id < b.id ? -1 : 1) : a.name < b.name ? -1 : 1))
        .map((r) => r.id);
      expect(expected.length).toBeGreaterThan(0);
      const query = personQueryOf({ officialsOnly: true, role });
      for (const size of [1, 2, 5]) {
        const got = await walk(async (after) => {
          const page = await findPeople(db.executor, query, { limit: size, after, withTotal: true });
          return { total: page.total, rows: page.rows.map((p) => ({ id: p.id, key: p.name })) };
        }, size);
        expect(got, `role ${role}, pages of ${size}`).toEqual({ ids: expected, totals: [expected.length] });
      }
    }
  });
});
