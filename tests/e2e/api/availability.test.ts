import { afterEach, describe, expect, it } from 'vitest';
import { UNAVAILABLE_MESSAGE } from '../../../src/api/errors.ts';
import { testNeo4j } from '../../support/neo4j.ts';
import { startTestServer, type TestServer } from './support/server.ts';
import { closedPort, startTcpProxy, type TcpProxy } from './support/tcp-proxy.ts';

const QUERY = '{ articles(first: 1) { totalCount } }';
let server: TestServer | undefined;
let proxy: TcpProxy | undefined;

afterEach(async () => {
  await server?.close();
  await proxy?.stop();
  server = proxy = undefined;
});

async function health(s: TestServer): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${s.url}/health`);
  return { status: response.status, body: await response.json() };
}

/** Polls until the query answers without errors, or gives up after `ms`. */
async function untilAnswered(s: TestServer, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const res = await s.gql(QUERY);
    if (!res.errors && res.data) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

describe('while Neo4j is down', () => {
  it('answers SERVICE_UNAVAILABLE quickly, with nothing internal, and /health says 503', async () => {
    const neo4j = testNeo4j();
    server = await startTestServer({ ...neo4j, uri: `bolt://127.0.0.1:${await closedPort()}` });
    const started = Date.now();
    const res = await server.gql(QUERY);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(res.status).toBe(200);
    expect(res.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['SERVICE_UNAVAILABLE', UNAVAILABLE_MESSAGE],
    ]);
    expect(res.text).not.toMatch(/bolt:|127\.0\.0\.1|ECONNREFUSED|api\/articles|stack/);
    expect(await health(server)).toEqual({ status: 503, body: { status: 'degraded', neo4j: 'down' } });
  });

  it('stays up and recovers by itself when Neo4j comes back', async () => {
    const neo4j = testNeo4j();
    const target = new URL(neo4j.uri);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 7687) });
    server = await startTestServer({ ...neo4j, uri: `bolt://127.0.0.1:${proxy.port}` });

    expect(await untilAnswered(server, 10_000)).toBe(true);
    expect((await health(server)).status).toBe(200);

    await proxy.stop();
    const down = await server.gql(QUERY);
    expect(down.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect((await health(server)).status).toBe(503);

    await proxy.start();
    expect(await untilAnswered(server, 15_000)).toBe(true);
    expect(await health(server)).toEqual({ status: 200, body: { status: 'ok', neo4j: 'up' } });
  });
});
