import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config.ts';
import { testNeo4j } from '../../support/neo4j.ts';

const exec = promisify(execFile);
const CLI = join(PROJECT_ROOT, 'bin', 'conflict-kg.mjs');

describe('conflict-kg neo4j', () => {
  it('status reports the running local server, its pid and version', async ({ skip }) => {
    if (testNeo4j().source !== 'local server') skip('the tests do not use the local server');
    const { stdout } = await exec(process.execPath, [CLI, 'neo4j', 'status'], { cwd: PROJECT_ROOT });
    expect(stdout).toMatch(/Neo4j is running: pid \d+, community 5\.26\.\d+/);
    expect(stdout).toContain(`Bolt:    ${testNeo4j().uri} (answers)`);
  });

  it('start on a running server says so and exits 0', async ({ skip }) => {
    if (testNeo4j().source !== 'local server') skip('the tests do not use the local server');
    const { stdout } = await exec(process.execPath, [CLI, 'neo4j', 'start'], { cwd: PROJECT_ROOT });
    expect(stdout).toMatch(/Neo4j is already running \(pid \d+\)/);
  });
});
