import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';

/** A fresh temporary folder per test, removed afterwards; `write` creates files (and folders) in it. */
export function useTempDir(): {
  path: (name: string) => string;
  write: (name: string, data: string | Uint8Array) => string;
} {
  let dir: string | null = null;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = null;
  });
  const root = (): string => (dir ??= mkdtempSync(join(tmpdir(), 'ckg-article-')));
  return {
    path: (name) => join(root(), name),
    write: (name, data) => {
      const file = join(root(), name);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, data);
      return file;
    },
  };
}
