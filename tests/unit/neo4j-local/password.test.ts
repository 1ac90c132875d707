import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, readDotEnv } from '../../../src/config.ts';
import { ensurePassword } from '../../../src/neo4j-local/password.ts';

describe('local server password', () => {
  let dir: string;
  let dotEnv: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ckg-env-'));
    dotEnv = join(dir, '.env');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('uses NEO4J_PASSWORD when it is set and leaves .env alone', () => {
    const choice = ensurePassword('configured-secret', dotEnv);
    expect(choice).toEqual({ password: 'configured-secret', generated: false });
    expect(readDotEnv(dotEnv)).toEqual({});
  });

  it('generates a strong password into .env when none is set, which loadConfig then reads', () => {
    const choice = ensurePassword(undefined, dotEnv);
    expect(choice.generated).toBe(true);
    expect(choice.password).not.toBe('neo4j');
    expect(choice.password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(readDotEnv(dotEnv).NEO4J_PASSWORD).toBe(choice.password);
    expect(loadConfig({}, readDotEnv(dotEnv)).NEO4J_PASSWORD).toBe(choice.password);
  });

  it('keeps the lines already in .env', () => {
    writeFileSync(dotEnv, 'API_TOKEN=abcdefghijklmnopqrstu');
    const choice = ensurePassword(undefined, dotEnv);
    expect(readDotEnv(dotEnv)).toEqual({
      API_TOKEN: 'abcdefghijklmnopqrstu',
      NEO4J_PASSWORD: choice.password,
    });
    expect(readFileSync(dotEnv, 'utf8').startsWith('API_TOKEN=')).toBe(true);
  });

  it('gives a different password each time', () => {
    const a = ensurePassword(undefined, join(dir, 'a.env')).password;
    const b = ensurePassword(undefined, join(dir, 'b.env')).password;
    expect(a).not.toBe(b);
  });
});
