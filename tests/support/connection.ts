/** How the integration tests reach Neo4j; chosen once by tests/global-setup.ts and handed to test files. */
export interface TestNeo4j {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string;
  /** Which of the three ways the global setup used. */
  readonly source: 'NEO4J_URI' | 'testcontainers' | 'local server';
  /** HTTP base URL (Browser and discovery), when known. */
  readonly httpUrl?: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}
