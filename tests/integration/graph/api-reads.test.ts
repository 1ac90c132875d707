import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDatabase, type ApiDatabase } from '../../../src/graph/api-database.ts';
import { testNeo4j } from '../../support/neo4j.ts';

/** The API's executor runs each read as one auto-commit statement (src/graph/executor.ts). */
describe('API reads', () => {
  let db: ApiDatabase;
  beforeAll(() => {
    db = openApiDatabase(testNeo4j());
  });
  afterAll(async () => {
    await db.close();
  });

  it('runs a named read and counts it once', async () => {
    const before = db.executor.queryCount;
    const rows = await db.executor.read('ping');
    expect(Number(rows[0]?.one)).toBe(1);
    expect(db.executor.queryCount - before).toBe(1);
  });

  it('maps a database error to a typed error that names the statement, with no Cypher in it', async () => {
    // api/search-names without its parameters: Neo4j refuses it (a client error, never retried).
    const failure = await db.executor.read('api/search-names', {}).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: expect.any(String) });
    expect(String((failure as Error).message)).not.toMatch(/MATCH|CALL db\./);
  });

  it('answers many reads at once over the pool', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => db.executor.read('ping')));
    expect(answers.every((rows) => Number(rows[0]?.one) === 1)).toBe(true);
  });
});
