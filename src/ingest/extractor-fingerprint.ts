import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { PROJECT_ROOT } from '../config.ts';

/**
 * A digest of every source file in the given folders (names and contents, in a stable order). Stored
 * in each article's hash so that an improved extractor re-extracts articles that would otherwise be
 * skipped as unchanged; a hand-bumped version number is too easy to forget.
 */
export function fingerprintTree(dirs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const dir of dirs) {
    const files = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
    for (const file of files) {
      hash.update(relative(dir, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex').slice(0, 16);
}

let cached: string | undefined;

/** The fingerprint of the extractor and its gazetteer code, computed once per process. */
export function extractorFingerprint(): string {
  cached ??= fingerprintTree([resolve(PROJECT_ROOT, 'src/extract'), resolve(PROJECT_ROOT, 'src/gazetteer')]);
  return cached;
}
