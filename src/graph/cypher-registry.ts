import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { PROJECT_ROOT } from '../config.ts';
import { AppError } from '../errors.ts';

export const CYPHER_DIR = join(PROJECT_ROOT, 'cypher');

function listCypherFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listCypherFiles(path);
    return entry.name.endsWith('.cypher') ? [path] : [];
  });
}

/** `cypher/ingest/merge-article.cypher` is named `ingest/merge-article`. */
export function cypherNameOf(path: string, dir = CYPHER_DIR): string {
  return relative(dir, path)
    .split(sep)
    .join('/')
    .replace(/\.cypher$/, '');
}

/** Every statement in cypher/, read once, looked up by name; an unknown name is a programming error. */
export class CypherRegistry {
  private readonly statements: ReadonlyMap<string, string>;

  constructor(dir = CYPHER_DIR) {
    this.statements = new Map(
      listCypherFiles(dir).map((path) => [cypherNameOf(path, dir), withoutCommentLines(readFileSync(path, 'utf8'))]),
    );
  }

  get(name: string): string {
    const text = this.statements.get(name);
    if (text === undefined) {
      throw new AppError(
        'INTERNAL',
        `Unknown Cypher statement "${name}": there is no cypher/${name}.cypher.`,
      );
    }
    return text;
  }

  names(): string[] {
    return [...this.statements.keys()].sort();
  }
}

/**
 * The statement as sent: whole-line `//` comments, blank lines and indentation dropped. They are for
 * readers of cypher/; sent with every run, comments were 3 of write-article's 10 kB (the ingest's
 * largest message) and indentation another 1. No statement has a string literal spanning lines, so
 * trimming a line changes no value.
 */
export function withoutCommentLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n');
}

let shared: CypherRegistry | undefined;

/** The process-wide registry, loaded on first use. */
export function cypherRegistry(): CypherRegistry {
  shared ??= new CypherRegistry();
  return shared;
}

/**
 * Splits a script (schema.cypher) into statements: `;` at the end of a line ends one; `//` comment
 * lines and blank lines are dropped.
 */
export function splitStatements(script: string): string[] {
  const withoutComments = script
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return withoutComments
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
