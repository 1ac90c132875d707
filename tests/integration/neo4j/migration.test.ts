import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config.ts';
import type { Database } from '../../../src/graph/database.ts';
import { describeSchema, migrate } from '../../../src/graph/migrate.ts';
import { openTestDatabase } from '../../support/neo4j.ts';

/** The names schema.cypher declares, read from the file so the test follows it as it grows. */
function declaredNames(kind: 'CONSTRAINT' | 'INDEX'): string[] {
  const text = readFileSync(join(PROJECT_ROOT, 'cypher', 'schema.cypher'), 'utf8');
  const pattern = new RegExp(`^CREATE (?:\\w+ )?${kind} (\\w+) IF NOT EXISTS`, 'gm');
  return [...text.matchAll(pattern)].map((m) => m[1] as string);
}

describe('db migrate', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('is idempotent: a second run leaves the same constraints and indexes', async () => {
    await migrate(db.executor);
    const first = await describeSchema(db.executor);
    await migrate(db.executor);
    const second = await describeSchema(db.executor);
    expect(second.constraints).toEqual(first.constraints);
    expect(second.indexes.map((i) => i.name)).toEqual(first.indexes.map((i) => i.name));
  });

  it('creates every constraint and index that schema.cypher declares', async () => {
    const { constraints, indexes } = await describeSchema(db.executor);
    expect(declaredNames('CONSTRAINT').length).toBeGreaterThanOrEqual(8);
    expect(constraints.map((c) => c.name)).toEqual(expect.arrayContaining(declaredNames('CONSTRAINT')));
    expect(indexes.map((i) => i.name)).toEqual(expect.arrayContaining(declaredNames('INDEX')));
  });

  it('leaves none of the retired indexes, and one full-text index over statements and event summaries', async () => {
    const { indexes } = await describeSchema(db.executor);
    const names = indexes.map((i) => i.name);
    for (const retired of [
      'statementText',
      'eventSummary',
      'person_name_keys',
      'organization_name_keys',
      'place_name_keys',
    ]) {
      expect(names).not.toContain(retired);
    }
    const factText = indexes.find((i) => i.name === 'factText');
    expect(factText?.type).toBe('FULLTEXT');
    expect([...(factText?.labelsOrTypes ?? [])].sort()).toEqual(['Event', 'Statement']);
    expect([...(factText?.properties ?? [])].sort()).toEqual(['summary', 'text']);
  });

  it('makes id unique for every node label of the graph model', async () => {
    const { constraints } = await describeSchema(db.executor);
    const unique = constraints.filter((c) => c.type === 'UNIQUENESS' && c.properties.join() === 'id');
    const labels = unique.flatMap((c) => c.labelsOrTypes).sort();
    expect(labels).toEqual(
      expect.arrayContaining([
        'Anonymous',
        'Article',
        'Casualty',
        'Event',
        'Organization',
        'Person',
        'Place',
        'Statement',
      ]),
    );
  });
});
