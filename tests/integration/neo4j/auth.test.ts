import { describe, expect, it } from 'vitest';
import { openDatabaseWith } from '../../../src/graph/database.ts';
import { DatabaseAuthError, DatabaseUnavailableError } from '../../../src/errors.ts';
import { testNeo4j } from '../../support/neo4j.ts';

describe('connecting', () => {
  // One failed login only: Neo4j locks a user for a few seconds after three, and other tests share it.
  it('turns a wrong password into a DatabaseAuthError that says what to check', async () => {
    const neo4j = testNeo4j();
    const attempt = openDatabaseWith({ ...neo4j, password: `${neo4j.password}-wrong` }, { attempts: 3 });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseAuthError);
    await expect(attempt).rejects.toThrow(/Neo4j rejected the user\/password .*check NEO4J_PASSWORD/);
  });

  it('turns an unreachable server into a DatabaseUnavailableError after bounded retries', async () => {
    const started = Date.now();
    const attempt = openDatabaseWith(
      { ...testNeo4j(), uri: 'bolt://127.0.0.1:1' },
      { attempts: 2, firstDelayMs: 50 },
    );
    await expect(attempt).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
