import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config.ts';
import { testNeo4j } from '../../support/neo4j.ts';
import { useFixtureServer } from './support/setup.ts';

const server = useFixtureServer();

describe('HTTP endpoints', () => {
  it('serves GraphiQL to a browser, with a runnable example and no CDN', async () => {
    const response = await fetch(`${server().url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<title>conflict-kg</title>');
    expect(html).toContain('AttacksInSyriaAndWhoSpoke');
    expect(html).not.toMatch(/unpkg\.com|jsdelivr|cdnjs/);
  });

  it('runs the GraphiQL example as it is and gets answers', async () => {
    const { DEFAULT_QUERY } = await import('../../../src/api/graphiql.ts');
    const res = await server().gql<{ events: { totalCount: number }; statements: { totalCount: number } }>(
      DEFAULT_QUERY,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.events.totalCount).toBeGreaterThan(0);
    expect(res.data!.statements.totalCount).toBeGreaterThan(0);
  });

  it('answers GET requests for queries', async () => {
    const url = `${server().url}/graphql?query=${encodeURIComponent('{ articles { totalCount } }')}`;
    const response = await fetch(url, { headers: { accept: 'application/json' } });
    const body = (await response.json()) as { data: { articles: { totalCount: number } } };
    expect(body.data.articles.totalCount).toBeGreaterThan(0);
  });

  it('refuses mutations over GET', async () => {
    const url = `${server().url}/graphql?query=${encodeURIComponent('mutation { ingestArticle(input: { title: "x", text: "y" }) { changed } }')}`;
    const response = await fetch(url, { headers: { accept: 'application/json' } });
    expect(response.status).toBe(405);
  });

  it('reports Neo4j up on /health', async () => {
    const response = await fetch(`${server().url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', neo4j: 'up' });
  });
});

describe('conflict-kg serve', () => {
  it('listens, answers, and on SIGTERM closes cleanly with exit code 0', async () => {
    const neo4j = testNeo4j();
    const child = spawn(
      process.execPath,
      [join(PROJECT_ROOT, 'bin/conflict-kg.mjs'), 'serve', '--host', '127.0.0.1', '--port', '0'],
      {
        cwd: PROJECT_ROOT,
        env: {
          ...process.env,
          NEO4J_URI: neo4j.uri,
          NEO4J_USER: neo4j.user,
          NEO4J_PASSWORD: neo4j.password,
          NEO4J_DATABASE: neo4j.database,
          LOG_LEVEL: 'info',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no listening line in: ${output}`)), 60_000);
        child.stdout.on('data', () => {
          const m = /"url":"(http:\/\/[^"]+)\/graphql"/.exec(output);
          if (m?.[1]) {
            clearTimeout(timer);
            resolve(m[1]);
          }
        });
      });
      const health = await fetch(`${url}/health`);
      expect(await health.json()).toEqual({ status: 'ok', neo4j: 'up' });
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const [code] = (await exited) as [number | null];
      expect(code).toBe(0);
      expect(output).toContain('"msg":"stopped"');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
