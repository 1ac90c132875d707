import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/graph/database.ts';
import { openTestDatabase, testNeo4j } from '../../support/neo4j.ts';

describe('Neo4j server', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('answers RETURN 1 through neo4j-driver', async () => {
    const rows = await db.executor.read('ping');
    expect(rows).toHaveLength(1);
    expect(Number(rows[0]?.one)).toBe(1);
  });

  it('identifies itself as Neo4j 5.26', () => {
    expect(db.serverAgent).toMatch(/^Neo4j\/5\.26\./);
  });

  it('counts each statement the executor runs', async () => {
    const before = db.executor.queryCount;
    await db.ping();
    await db.ping();
    expect(db.executor.queryCount - before).toBe(2);
  });

  it('runs several named statements in one write transaction and returns what the callback returns', async () => {
    const before = db.executor.queryCount;
    const result = await db.executor.writeTransaction(async (tx) => {
      const a = await tx.run('ping');
      const b = await tx.run('ping');
      return a.length + b.length;
    });
    expect(result).toBe(2);
    expect(db.executor.queryCount - before).toBe(2);
  });

  it('passes an error thrown inside a write transaction through unchanged', async () => {
    class Marker extends Error {}
    await expect(
      db.executor.writeTransaction(async (tx) => {
        await tx.run('ping');
        throw new Marker('stop here');
      }),
    ).rejects.toBeInstanceOf(Marker);
  });

  it('reports an unknown statement name without touching the database', async () => {
    const before = db.executor.queryCount;
    await expect(db.executor.read('no-such-statement')).rejects.toThrow(
      /no cypher\/no-such-statement\.cypher/,
    );
    expect(db.executor.queryCount).toBe(before);
  });

  it('serves Neo4j Browser on the HTTP port', async ({ skip }) => {
    const { httpUrl } = testNeo4j();
    if (httpUrl === undefined) skip('NEO4J_URI gives no HTTP address');
    const response = await fetch(`${httpUrl}/browser/`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<title>Neo4j Browser</title>');
    // The discovery document at / names the same server.
    const discovery = (await (await fetch(`${httpUrl}/`)).json()) as { neo4j_version: string };
    expect(discovery.neo4j_version).toMatch(/^5\.26\./);
  });
});
