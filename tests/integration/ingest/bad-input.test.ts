import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticles } from '../../../src/article/read-articles.ts';
import { deleteArticles } from '../../../src/graph/article-deleter.ts';
import type { Database } from '../../../src/graph/database.ts';
import { extract } from '../../../src/extract/pipeline.ts';
import { ingestArticles } from '../../../src/ingest/ingest-service.ts';
import type { IngestSummary } from '../../../src/ingest/summary.ts';
import { writeBadInputFolder } from '../../support/bad-inputs.ts';
import { openProbe, type GraphProbe } from '../../support/graph-probe.ts';
import { testResources } from '../../support/ingest-helpers.ts';
import { openTestDatabase } from '../../support/neo4j.ts';

let db: Database;
let probe: GraphProbe;
let dir: string;
let token: string;
let summary: IngestSummary;
const goodIds: string[] = [];

beforeAll(async () => {
  db = await openTestDatabase();
  probe = openProbe();
  ({ dir, token } = await writeBadInputFolder());
  for await (const r of readArticles([dir])) if (r.article) goodIds.push(r.article.id);
  // An extractor that breaks on one article stands for any failure between reading and writing.
  const extractFn: typeof extract = (article, resources) => {
    if (article.title.startsWith('Line one')) throw new Error('extractor crashed');
    return extract(article, resources);
  };
  summary = await ingestArticles(readArticles([dir]), { executor: db.executor, resources: testResources(), extractFn });
});

afterAll(async () => {
  await deleteArticles(db.executor, goodIds);
  await rm(dir, { recursive: true, force: true });
  await probe.close();
  await db.close();
});

describe('bad input', () => {
  it('names each bad file or line with a clear reason', () => {
    const reasons = Object.fromEntries(summary.failures.map((f) => [f.where.replace(`${dir}/`, ''), f.reason]));
    expect(reasons).toEqual({
      'empty.txt': expect.stringMatching(/empty/),
      'binary.txt': expect.stringMatching(/binary/),
      'latin1.txt': expect.stringMatching(/UTF-8/),
      'huge.txt': expect.stringMatching(/too large/),
      'menu.html': expect.stringMatching(/no article/),
      'batch.jsonl:1': expect.stringMatching(/extractor crashed/),
      'batch.jsonl:2': expect.stringMatching(/JSON/),
      'batch.jsonl:3': expect.stringMatching(/missing title/),
    });
    expect(summary.failed).toBe(8);
  });

  it('writes the good article and nothing of the others', async () => {
    expect(summary.created).toBe(1);
    const rows = await probe.query<{ id: string; title: string }>(
      'MATCH (a:Article) WHERE a.title CONTAINS $token OR a.body CONTAINS $token RETURN a.id AS id, a.title AS title',
      { token },
    );
    expect(rows.map((r) => r.title)).toEqual([expect.stringContaining('border post')]);
    const [facts] = await probe.query<{ n: number }>(
      'MATCH (s:Statement) WHERE s.articleId IN $ids RETURN count(s) AS n',
      { ids: goodIds.filter((id) => id !== rows[0]?.id) },
    );
    expect(facts?.n).toBe(0);
  });
});
