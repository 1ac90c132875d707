import { afterAll, beforeAll } from 'vitest';
import { openTestDatabase, testNeo4j } from '../../../support/neo4j.ts';
import { loadFixtures } from './fixtures.ts';
import { startTestServer, type TestServer } from './server.ts';

/**
 * For a test file: the fixtures loaded through the production ingest path, and a real API server on an
 * ephemeral port over the test Neo4j. Returns a getter, since the server exists only after beforeAll.
 */
export function useFixtureServer(options: { force?: boolean; apiToken?: string } = {}): () => TestServer {
  let server: TestServer | undefined;
  beforeAll(async () => {
    const db = await openTestDatabase();
    try {
      await loadFixtures(db.executor, { force: options.force ?? false });
    } finally {
      await db.close();
    }
    server = await startTestServer(testNeo4j(), { apiToken: options.apiToken });
  });
  afterAll(async () => {
    await server?.close();
  });
  return () => {
    if (!server) throw new Error('the test server is not started yet');
    return server;
  };
}
