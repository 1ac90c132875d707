import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { PROJECT_ROOT } from '../../../src/config.ts';
import { textHash } from '../../../src/article/ids.ts';
import { foldName } from '../../../src/extract/normalize.ts';
import { writeArticle } from '../../../src/graph/article-writer.ts';
import type { Database } from '../../../src/graph/database.ts';
import type { Row } from '../../../src/graph/executor.ts';
import { buildArticle, buildExtraction } from '../../support/build-extraction.ts';
import type { TestNeo4j } from '../../support/neo4j.ts';

/**
 * Loads the fixture articles the way a user does, `conflict-kg fixtures load`, against the Neo4j the
 * global setup chose (its URI and password passed in the environment). Idempotent: unchanged articles
 * are skipped by hash, so files that all call it pay for the load once.
 */
export async function loadFixturesThroughCli(neo4j: TestNeo4j): Promise<string> {
  const env = {
    ...process.env,
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    NEO4J_DATABASE: neo4j.database,
  };
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(PROJECT_ROOT, 'bin', 'conflict-kg.mjs'), 'fixtures', 'load'],
      {
        cwd: PROJECT_ROOT,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`conflict-kg fixtures load exited ${code}:\n${output}`)),
    );
  });
}

/** The seed article's title, from its answer key (to find the seed among the loaded articles). */
export function seedTitle(): string {
  const gold = JSON.parse(
    readFileSync(join(PROJECT_ROOT, 'fixtures', 'articles', 'vice-2016-syria-ceasefire.json'), 'utf8'),
  ) as { meta: { title: string } };
  return gold.meta.title;
}

/**
 * A plain driver for the tests' own cross-checks and clean-up: the queries under test run by name
 * through the Executor, while the checks use independent, simpler Cypher.
 */
export function openCheckDriver(target: TestNeo4j): CheckDriver {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
  return {
    async run(cypher, params = {}) {
      const result = await driver.executeQuery(cypher, params, { database: target.database });
      return result.records.map((r) => r.toObject() as Row);
    },
    close: () => driver.close(),
  };
}

export interface CheckDriver {
  run(cypher: string, params?: Record<string, unknown>): Promise<Row[]>;
  close(): Promise<void>;
}

/** A Neo4j Integer, a JS number or null, as a number or null. */
export function num(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'object' && 'toNumber' in value) return (value as { toNumber(): number }).toNumber();
  throw new Error(`not a number: ${String(value)}`);
}

/** A made-up report whose sources disagree on the toll, one of them unnamed (for 07, 08 and 16). */
export const DISPUTED = {
  url: 'https://example.invalid/conflict-kg-tests/browser-disputed-toll',
  body:
    'A bomb exploded at a market in Zorvath on Monday. Hospital staff said 12 people were killed. ' +
    'The Zorvath Liberation Front said 30 people were killed. A witness said the blast was huge.',
  source: 'Zorvath Liberation Front',
};

/** Writes DISPUTED through the production writer; returns its article id. */
export async function writeDisputedArticle(db: Database): Promise<string> {
  const article = buildArticle({
    url: DISPUTED.url,
    body: DISPUTED.body,
    title: 'Disputed toll (conflict-kg browser tests)',
  });
  const extraction = buildExtraction(article, {
    organizations: [{ name: DISPUTED.source, kind: 'armed_group' }],
    events: [{ type: 'BOMBING', summary: 'A bomb at a market' }],
    casualties: [
      {
        eventKey: 'event:1',
        kind: 'killed',
        min: 12,
        max: 12,
        source: { type: 'anonymous', name: 'hospital staff', key: null },
      },
      {
        eventKey: 'event:1',
        kind: 'killed',
        min: 30,
        max: 30,
        source: { type: 'organization', name: DISPUTED.source, key: `org:${foldName(DISPUTED.source)}` },
      },
    ],
    statements: [
      {
        quote: 'the blast was huge',
        kind: 'indirect',
        speakerRef: { type: 'anonymous', name: 'a witness', key: null },
      },
    ],
  });
  await writeArticle(db.executor, { ...article, textHash: textHash(article.body) }, extraction, {
    force: true,
  });
  return article.id;
}

/** Removes what writeDisputedArticle wrote: the article, its facts and its made-up organization. */
export async function removeDisputedArticle(check: CheckDriver, articleId: string): Promise<void> {
  await check.run(
    'MATCH (n) WHERE (n:Event OR n:Casualty OR n:Statement OR n:Anonymous) AND n.articleId = $articleId DETACH DELETE n',
    { articleId },
  );
  await check.run('MATCH (a:Article {id: $articleId}) DETACH DELETE a', { articleId });
  await check.run('MATCH (o:Organization {id: $id}) WHERE NOT (o)-[:MENTIONED_IN]->() DETACH DELETE o', {
    id: `org:${foldName(DISPUTED.source)}`,
  });
}
