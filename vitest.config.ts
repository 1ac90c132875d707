import { defineConfig } from 'vitest/config';

// Three tiers: unit (pure, no database), integration (real Neo4j), e2e (HTTP API over the real Neo4j).
// The global setup provisions one Neo4j for the whole run and only when a tier that needs it is selected.
export default defineConfig({
  test: {
    // The summary reporter ends each run with a plain `N passed, N failed` line for CI logs.
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
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
