import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config.ts';

const exec = promisify(execFile);

describe('conflict-kg neo4j start without Java or Maven', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('fails with PREREQUISITE_MISSING, naming Java, Maven and docker compose', async () => {
    dir = mkdtempSync(join(tmpdir(), 'ckg-nojava-'));
    const bin = join(dir, 'bin');
    // A PATH holding only node, so java and mvn cannot be found.
    await exec('mkdir', [bin]);
    symlinkSync(process.execPath, join(bin, 'node'));
    const run = exec(join(bin, 'node'), [join(PROJECT_ROOT, 'bin', 'conflict-kg.mjs'), 'neo4j', 'start'], {
      cwd: PROJECT_ROOT,
      env: { PATH: bin, HOME: dir, NEO4J_HOME: join(dir, 'neo4j'), NEO4J_PASSWORD: 'not-used-in-this-test' },
    });
    const failure = (await run.then(
      () => undefined,
      (e: unknown) => e,
    )) as { code: number; stderr: string } | undefined;
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('error [PREREQUISITE_MISSING]');
    expect(failure?.stderr).toMatch(/Java 17 or newer is required/);
    expect(failure?.stderr).toMatch(/Maven/);
    expect(failure?.stderr).toContain('docker compose up');
  });
});
