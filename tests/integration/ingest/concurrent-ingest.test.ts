import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteArticles } from '../../../src/graph/article-deleter.ts';
import type { Database } from '../../../src/graph/database.ts';
import { ingestArticles } from '../../../src/ingest/ingest-service.ts';
import type { IngestSummary } from '../../../src/ingest/summary.ts';
import { openProbe, type GraphProbe } from '../../support/graph-probe.ts';
import { asReadResults, madeUpArticle, testResources } from '../../support/ingest-helpers.ts';
import { openTestDatabase } from '../../support/neo4j.ts';
import { madeUpWord } from '../../support/test-token.ts';

// Two ingests at once, each with its own driver and several articles in flight, over overlapping
// article sets that share people, an organization and places: no entity twice, no edge twice.
let dbs: Database[];
let probe: GraphProbe;
const people = [`Tomas ${madeUpWord()}`, `Elena ${madeUpWord()}`, `Omar ${madeUpWord()}`];
const group = `${madeUpWord()} Brigade`;
const cities = ['Vienna', 'Graz', 'Linz'];
const articles = Array.from({ length: 12 }, (_, i) =>
  madeUpArticle(
    `Report ${i}`,
    `Interior Minister ${people[i % 3]} said on Monday that the ${group} attacked a checkpoint in ${cities[i % 3]}, Austria. ` +
      `"We will not allow this," ${people[(i + 1) % 3]} told reporters in ${cities[(i + 1) % 3]}. ` +
      `Police said ${i + 2} people were killed in ${cities[i % 3]}.`,
  ),
);
let summaries: IngestSummary[];

beforeAll(async () => {
  dbs = await Promise.all([openTestDatabase(), openTestDatabase()]);
  probe = openProbe();
  const resources = testResources();
  const one = asReadResults(articles.slice(0, 9));
  const other = asReadResults(articles.slice(3).reverse());
  summaries = await Promise.all([
    ingestArticles(one, { executor: dbs[0]!.executor, resources }, { concurrency: 4, chunkSize: 4 }),
    ingestArticles(other, { executor: dbs[1]!.executor, resources }, { concurrency: 4, chunkSize: 4 }),
  ]);
});

afterAll(async () => {
  await deleteArticles(dbs[0]!.executor, articles.map((a) => a.id));
  await probe.close();
  await Promise.all(dbs.map((db) => db.close()));
});

describe('concurrent ingest', () => {
  it('writes every article once between the two runs, the overlap as unchanged', () => {
    expect(summaries.flatMap((s) => s.failures)).toEqual([]);
    const created = summaries.reduce((n, s) => n + s.created, 0);
    const unchanged = summaries.reduce((n, s) => n + s.unchanged, 0);
    expect(created).toBe(articles.length);
    expect(unchanged).toBe(9 + 9 - articles.length);
  });

  it('creates each shared person, organization and place once', async () => {
    const rows = await probe.query<{ key: string; n: number }>(
      `UNWIND $keys AS key
       CALL db.index.fulltext.queryNodes('entityKeys', '"' + key + '"') YIELD node
       WHERE (node)-[:MENTIONED_IN]->(:Article) AND NOT node:Place OR (node:Place AND node.kind = 'city')
       RETURN key, count(DISTINCT node) AS n ORDER BY key`,
      { keys: [...people, group, ...cities].map((n) => n.toLowerCase()) },
    );
    expect(rows.map((r) => [r.key, r.n])).toEqual([...people, group, ...cities].map((n) => [n.toLowerCase(), 1]).sort());
  });

  it('creates no relationship twice', async () => {
    const rows = await probe.query<{ type: string; n: number }>(
      `UNWIND $ids AS id
       MATCH (a:Article {id: id})<-[:MENTIONED_IN|REPORTED_IN]-(x)
       MATCH (x)-[r]-(y)
       WITH DISTINCT r
       WITH startNode(r) AS s, type(r) AS type, endNode(r) AS e, r.articleId AS articleId, count(*) AS n
       WHERE n > 1
       RETURN type, n`,
      { ids: articles.map((a) => a.id) },
    );
    expect(rows).toEqual([]);
    const [inEdges] = await probe.query<{ n: number }>(
      "MATCH (p:Place {name: 'Vienna', kind: 'city'})-[r:IN]->() RETURN count(r) AS n",
    );
    expect(inEdges?.n).toBe(1);
  });
});
