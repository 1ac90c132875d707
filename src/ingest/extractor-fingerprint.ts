import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { PROJECT_ROOT } from '../config.ts';

/**
 * A digest of every source file in the given folders and files (names and contents, in a stable order). Stored
 * in each article's hash so that an improved extractor re-extracts articles that would otherwise be
 * skipped as unchanged; a hand-bumped version number is too easy to forget.
 */
export function fingerprintTree(paths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const dir of paths) {
    if (statSync(dir).isFile()) {
      hash.update(basename(dir)).update('\0').update(readFileSync(dir)).update('\0');
      continue;
    }
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

/**
 * The fingerprint of the extractor, its gazetteer code and the graph code that turns names into node
 * ids (person keys drop titles: a changed title list changes ids), computed once per process.
 */
export function extractorFingerprint(): string {
  const paths = [
    'src/extract',
    'src/gazetteer',
    'src/graph/node-ids.ts',
    'src/graph/person-name.ts',
    'src/graph/name-keys.ts',
  ];
  cached ??= fingerprintTree(paths.map((p) => resolve(PROJECT_ROOT, p)));
  return cached;
}
