import { afterAll, beforeAll } from 'vitest';
import { deleteArticles } from '../../src/graph/article-deleter.ts';
import type { Database } from '../../src/graph/database.ts';
import { openProbe, type GraphProbe } from './graph-probe.ts';
import { openTestDatabase } from './neo4j.ts';

/** A suite that writes made-up articles through the project's own database layer. */
export interface GraphSuite {
  /** The project's database (opened before the suite's tests). */
  readonly db: Database;
  /** A separate read-only connection for checking the graph by Cypher. */
  readonly probe: GraphProbe;
  /** The ids of the articles the suite wrote: only those are deleted at the end (other suites share the server). */
  readonly written: string[];
}

/** Registers the suite's set-up and clean-up hooks; call it at the top of a test file. */
export function useGraphSuite(): GraphSuite {
  let db: Database | undefined;
  let probe: GraphProbe | undefined;
  const written: string[] = [];
  beforeAll(async () => {
    db = await openTestDatabase();
    probe = openProbe();
  });
  afterAll(async () => {
    if (db) await deleteArticles(db.executor, written);
    await probe?.close();
    await db?.close();
  });
  const opened = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the graph suite is used before its beforeAll hook ran');
    return value;
  };
  return {
    get db() {
      return opened(db);
    },
    get probe() {
      return opened(probe);
    },
    written,
  };
}
