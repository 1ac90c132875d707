import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PrerequisiteError } from '../../../src/errors.ts';
import { checkPrerequisites, parseJavaMajor } from '../../../src/neo4j-local/prerequisites.ts';

describe('parseJavaMajor', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_392"', 8],
    ['openjdk version "11.0.2" 2019-01-15', 11],
  ])('reads %s as %i', (output, major) => {
    expect(parseJavaMajor(output)).toBe(major);
  });

  it('gives undefined for output it does not understand', () => {
    expect(parseJavaMajor('command not found')).toBeUndefined();
  });
});

describe('checkPrerequisites', () => {
  let bin: string;
  beforeEach(() => {
    bin = mkdtempSync(join(tmpdir(), 'ckg-path-'));
  });
  afterEach(() => rmSync(bin, { recursive: true, force: true }));

  function fakeProgram(name: string, script: string): void {
    writeFileSync(join(bin, name), `#!/bin/sh\n${script}\n`);
    chmodSync(join(bin, name), 0o755);
  }

  it('names Java 17, Maven and the Docker alternative when PATH has neither', async () => {
    const error = await checkPrerequisites({ PATH: bin }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrerequisiteError);
    const message = (error as Error).message;
    expect(message).toMatch(/Java 17 or newer is required.*`java` was not found/);
    expect(message).toMatch(/Maven \(`mvn`\) is required/);
    expect(message).toContain('docker compose up');
    expect(message).toContain('NEO4J_URI');
  });

  it('rejects a Java older than 17 and says which version it found', async () => {
    fakeProgram('java', 'echo \'openjdk version "11.0.2" 2019-01-15\' >&2');
    fakeProgram('mvn', 'echo "Apache Maven 3.8.7"');
    const error = await checkPrerequisites({ PATH: bin }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrerequisiteError);
    expect((error as Error).message).toMatch(/reports 11/);
    expect((error as Error).message).not.toMatch(/Maven/);
  });

  it('passes with Java 17 and Maven on PATH', async () => {
    fakeProgram('java', 'echo \'openjdk version "17.0.15" 2025-04-15\' >&2');
    fakeProgram('mvn', 'echo "Apache Maven 3.8.7"');
    await expect(checkPrerequisites({ PATH: bin })).resolves.toEqual({ javaMajor: 17 });
  });

  it('names only Maven when Java is present', async () => {
    fakeProgram('java', 'echo \'openjdk version "21" 2023-09-19\' >&2');
    const error = await checkPrerequisites({ PATH: bin }).catch((e: unknown) => e);
    expect((error as Error).message).not.toMatch(/Java 17/);
    expect((error as Error).message).toMatch(/Maven/);
  });
});
