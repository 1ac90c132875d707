import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteArticles } from '../../../src/graph/article-deleter.ts';
import type { Database } from '../../../src/graph/database.ts';
import { ingestArticles } from '../../../src/ingest/ingest-service.ts';
import { openProbe, type GraphProbe } from '../../support/graph-probe.ts';
import { asReadResults, madeUpArticle, testResources } from '../../support/ingest-helpers.ts';
import { openTestDatabase } from '../../support/neo4j.ts';
import { madeUpWord } from '../../support/test-token.ts';

// Made-up articles through the production path (extractor included): the same person and place named
// differently in different articles become one node each; a namesake stays apart.
let db: Database;
let probe: GraphProbe;
const surname = madeUpWord();
const first = madeUpArticle(
  'Talks to go on',
  `Foreign Minister Tomas ${surname} said on Monday that talks in Vienna, Austria would continue. ` +
    `"We are making progress," ${surname} told reporters in Vienna.`,
);
const second = madeUpArticle('Minister arrives', `${surname} arrived in Vienna on Tuesday. ${surname} said the ceasefire would hold.`);
const namesake = madeUpArticle('Hospitals full', `Health Minister Elena ${surname} said on Friday that hospitals in Vienna were full.`);
const articles = [first, second, namesake];

beforeAll(async () => {
  db = await openTestDatabase();
  probe = openProbe();
  // In order: the surname-only article comes when exactly one full name with that surname is known.
  for (const a of articles) {
    const summary = await ingestArticles(asReadResults([a]), { executor: db.executor, resources: testResources() });
    expect(summary.failures).toEqual([]);
  }
});

afterAll(async () => {
  await deleteArticles(db.executor, articles.map((a) => a.id));
  await probe.close();
  await db.close();
});

async function peopleIn(articleId: string): Promise<string[]> {
  const rows = await probe.query<{ id: string }>(
    `MATCH (p:Person)-[:MENTIONED_IN|SAID*1..2]-(x) WHERE (x:Article AND x.id = $id) OR (x:Statement AND x.articleId = $id)
     RETURN DISTINCT p.id AS id ORDER BY id`,
    { id: articleId },
  );
  return rows.map((r) => r.id);
}

describe('entity resolution across articles', () => {
  const key = surname.toLowerCase();

  it('resolves a surname-only speaker to the one full-name person already in the graph', async () => {
    expect(await peopleIn(first.id)).toEqual([`person:tomas ${key}`]);
    expect(await peopleIn(second.id)).toEqual([`person:tomas ${key}`]);
  });

  it('keeps a different person with the same surname apart', async () => {
    expect(await peopleIn(namesake.id)).toEqual([`person:elena ${key}`]);
  });

  it('makes one node of a place named in several articles', async () => {
    const rows = await probe.query<{ id: string; articles: number }>(
      `MATCH (p:Place)-[:MENTIONED_IN]->(a:Article) WHERE a.id IN $ids AND p.name = 'Vienna' AND p.kind = 'city'
       RETURN p.id AS id, count(DISTINCT a) AS articles`,
      { ids: articles.map((a) => a.id) },
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.articles).toBe(3);
  });
});
