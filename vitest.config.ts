import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// One `graphql` for tests and libraries: Vite would pick graphql's ESM build (index.mjs) for our sources
// while yoga and graphql-tools, loaded by Node, get index.js; two copies break `instanceof` checks
// ("Cannot use GraphQLSchema from another module or realm"). Node's own resolution decides for both.
const graphqlEntry = createRequire(import.meta.url).resolve('graphql');
const resolve = { alias: [{ find: /^graphql$/, replacement: graphqlEntry }] };

// Three tiers: unit (pure, no database), integration (real Neo4j), e2e (HTTP API over the real Neo4j).
// The global setup provisions one Neo4j for the whole run and only when a tier that needs it is selected.
export default defineConfig({
  test: {
    // The summary reporter ends each run with a plain `N passed, N failed` line for CI logs.
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        resolve,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        resolve,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
