import { inject } from 'vitest';
import { openDatabaseWith, type Database } from '../../src/graph/database.ts';
import type { TestNeo4j } from './connection.ts';

export type { TestNeo4j } from './connection.ts';

/** The Neo4j the global setup chose (NEO4J_URI, testcontainers, or the local server). */
export function testNeo4j(): TestNeo4j {
  return inject('neo4j');
}

/**
 * A connected Database (driver + executor) for one test file; close it in afterAll. Each call makes a
 * fresh executor, so `executor.queryCount` counts only that file's statements.
 */
export function openTestDatabase(): Promise<Database> {
  return openDatabaseWith(testNeo4j());
}
