import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticles } from '../../../src/article/read-articles.ts';
import { PROJECT_ROOT } from '../../../src/config.ts';
import { deleteArticles } from '../../../src/graph/article-deleter.ts';
import type { Database } from '../../../src/graph/database.ts';
import { writeBadInputFolder } from '../../support/bad-inputs.ts';
import { openTestDatabase, testNeo4j } from '../../support/neo4j.ts';

const exec = promisify(execFile);
const CLI = join(PROJECT_ROOT, 'bin', 'conflict-kg.mjs');

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[], env: Record<string, string> = {}): Promise<Outcome> {
  const t = testNeo4j();
  const fullEnv = { ...process.env, NEO4J_URI: t.uri, NEO4J_USER: t.user, NEO4J_PASSWORD: t.password, NEO4J_DATABASE: t.database, ...env };
  try {
    const { stdout, stderr } = await exec(process.execPath, [CLI, ...args], { cwd: PROJECT_ROOT, env: fullEnv, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

let db: Database;
let dir: string;
const ids: string[] = [];

beforeAll(async () => {
  db = await openTestDatabase();
  ({ dir } = await writeBadInputFolder());
  for await (const r of readArticles([dir])) if (r.article) ids.push(r.article.id);
});

afterAll(async () => {
  await deleteArticles(db.executor, ids);
  await rm(dir, { recursive: true, force: true });
  await db.close();
});

describe('conflict-kg ingest', () => {
  it('ingests the good articles, lists each failure with its file or line, and exits 1', async () => {
    const run = await cli(['ingest', dir, '--concurrency', '2']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Ingested 9 inputs .*: 2 new, 0 replaced, 0 unchanged, 7 failed\./);
    expect(run.stdout).toMatch(/Graph: \d+ nodes and \d+ relationships created/);
    expect(run.stdout).toContain(`${join(dir, 'batch.jsonl')}:2: malformed JSON line`);
    expect(run.stdout).toContain(`${join(dir, 'empty.txt')}: empty`);
    const again = await cli(['ingest', dir]);
    expect(again.stdout).toMatch(/0 new, 0 replaced, 2 unchanged, 7 failed/);
    expect(again.stdout).toMatch(/Graph: 0 nodes and 0 relationships created/);
  });

  it('refuses a bad --concurrency with a usage message', async () => {
    const run = await cli(['ingest', dir, '--concurrency', 'many']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/--concurrency must be a whole number/);
  });

  it('says clearly when Neo4j is not there, after bounded retries, without a stack trace', async () => {
    const started = Date.now();
    const run = await cli(['ingest', dir], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/error \[NEO4J_UNAVAILABLE\]: Neo4j at bolt:\/\/127\.0\.0\.1:1 is unavailable/);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  // One failed login only: Neo4j locks a user for a few seconds after three, and other tests share it.
  it('says clearly when the password is wrong, without a stack trace', async () => {
    const run = await cli(['ingest', dir], { NEO4J_PASSWORD: `${testNeo4j().password}-wrong` });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/error \[NEO4J_AUTH\]: Neo4j rejected the user\/password/);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});
