import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config.ts';
import { CypherRegistry, splitStatements, withoutCommentLines } from '../../../src/graph/cypher-registry.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('CypherRegistry', () => {
  const registry = new CypherRegistry();

  it('loads cypher/ files by name, subfolders included', () => {
    expect(registry.names()).toContain('schema');
    expect(registry.get('ping')).toMatch(/RETURN 1/);
  });

  it('refuses an unknown name', () => {
    expect(() => registry.get('no-such-statement')).toThrow(/Unknown Cypher statement "no-such-statement"/);
  });

  // A file counts as used when src/ names it in quotes ('ingest/merge-article'), or names its whole
  // folder in a template literal (`queries/${file}`), for code that runs every file of a folder.
  it('has no statement file that no code in src/ asks for by name', () => {
    const source = sourceFiles(join(PROJECT_ROOT, 'src'))
      .map((path) => readFileSync(path, 'utf8'))
      .join('\n');
    const quoted = (name: string): boolean => ["'", '"', '`'].some((q) => source.includes(`${q}${name}${q}`));
    const folderTemplate = (name: string): boolean =>
      name.includes('/') && source.includes(`\`${name.slice(0, name.lastIndexOf('/') + 1)}\${`);
    const unused = registry.names().filter((name) => !quoted(name) && !folderTemplate(name));
    expect(unused).toEqual([]);
  });
});

describe('withoutCommentLines', () => {
  it('drops whole-line comments and blank lines, and keeps // inside a line', () => {
    const text = "// why\nMATCH (n)\n\n  // indented note\nRETURN 'a // b' AS s";
    expect(withoutCommentLines(text)).toBe("MATCH (n)\nRETURN 'a // b' AS s");
  });

  it('drops indentation and trailing blanks, keeping the spaces inside a line', () => {
    const text = "CALL () {\n    MATCH (n)  \n    RETURN 'a  b' AS s\n}";
    expect(withoutCommentLines(text)).toBe("CALL () {\nMATCH (n)\nRETURN 'a  b' AS s\n}");
  });

  it('is what the registry sends: no statement keeps a comment line', () => {
    const registry = new CypherRegistry();
    const write = registry.get('ingest/write-article');
    expect(write).toMatch(/^MERGE \(a:Article/);
    expect(write.split('\n').some((line) => line.trim().startsWith('//'))).toBe(false);
  });
});

describe('splitStatements', () => {
  it('splits at a semicolon that ends a line and drops comment lines', () => {
    const script =
      '// constraints\nCREATE CONSTRAINT a IF NOT EXISTS\n  FOR (n:A) REQUIRE n.id IS UNIQUE;\n\n// more\nCREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.x);\n';
    expect(splitStatements(script)).toEqual([
      'CREATE CONSTRAINT a IF NOT EXISTS\n  FOR (n:A) REQUIRE n.id IS UNIQUE',
      'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.x)',
    ]);
  });

  it('keeps a semicolon inside a line', () => {
    expect(splitStatements("RETURN 'a;b' AS s;")).toEqual(["RETURN 'a;b' AS s"]);
  });

  it('splits the real schema into statements that each create something IF NOT EXISTS', () => {
    const statements = splitStatements(registry().get('schema'));
    expect(statements.length).toBeGreaterThan(8);
    // Retired indexes are dropped IF EXISTS, and the script ends by waiting for new indexes to fill.
    const isCreate = (s: string): boolean => /^CREATE .* IF NOT EXISTS/s.test(s);
    const isRetirement = (s: string): boolean => /^DROP INDEX \w+ IF EXISTS$/.test(s);
    const isWait = (s: string): boolean => s.startsWith('CALL db.awaitIndexes(');
    const isDataMigration = (s: string): boolean => s.startsWith('MATCH ');
    for (const s of statements)
      expect(isCreate(s) || isRetirement(s) || isWait(s) || isDataMigration(s), s).toBe(true);
    expect(statements.filter(isCreate).length).toBeGreaterThan(8);
  });
});

function registry(): CypherRegistry {
  return new CypherRegistry();
}
