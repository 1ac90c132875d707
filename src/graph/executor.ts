import { Neo4jError, type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { cypherRegistry, splitStatements, type CypherRegistry } from './cypher-registry.ts';
import type { ConnectionSettings } from './driver.ts';
import { mapNeo4jError } from './map-error.ts';

/** One result row as the driver gives it (Neo4j integers and temporals are converted by the caller). */
export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/**
 * Runs `start` (a driver call that creates a Result) with V8's stack traces off. The driver formats a
 * stack trace for every Result it creates, to graft onto an error should the query fail; formatting
 * goes through source maps under tsx (3 % of the ingest process's profile samples in round 5). Our
 * callers never see those stacks: mapNeo4jError wraps every driver error in a typed error with its own
 * stack (the driver's error stays its `cause`, then without the caller's frames). Synchronous, so the
 * limit is restored before any other code runs.
 */
function withoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** A write statement's update counters, from the driver's result summary. */
export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  labelsAdded: number;
}

/** What a multi-statement write sees: statements by name, all in one transaction. */
export interface TxRunner {
  run(name: string, params?: Params): Promise<Row[]>;
  /** Like `run`, with the statement's update counters (for ingest summaries). */
  runCounted(name: string, params?: Params): Promise<{ rows: Row[]; counters: WriteCounters }>;
}

/**
 * The one owner of sessions: named statements from cypher/, managed transactions (retried by the driver
 * on transient errors), the database named explicitly, `{query: name}` as transaction metadata (visible
 * in SHOW TRANSACTIONS and the query log), and errors mapped to our typed errors by status code.
 */
export class Executor {
  /** Statements run so far (each statement of a transaction counts); tests use it to spot N+1 queries. */
  queryCount = 0;

  constructor(
    private readonly driver: Driver,
    private readonly settings: Pick<ConnectionSettings, 'database' | 'user' | 'uri'>,
    private readonly registry: CypherRegistry = cypherRegistry(),
    /**
     * `autoCommitReads`: run `read` as one auto-commit statement (the API's choice, see autoCommitRead);
     * otherwise in a managed read transaction.
     */
    private readonly options: { autoCommitReads?: boolean } = {},
  ) {}

  read(name: string, params: Params = {}): Promise<Row[]> {
    if (this.options.autoCommitReads) return this.autoCommitRead(name, params);
    return this.managed('READ', name, (tx) => this.runIn(tx, name, params));
  }

  /**
   * A read as one auto-commit statement: RUN and PULL go in one round trip, where a managed transaction
   * adds BEGIN and COMMIT (0.9 against 4.6 ms for `RETURN 1` on this loaded 2-core machine). Fit for
   * reads of one statement, which have nothing to roll back; a transient error is retried once, then
   * mapped like any other.
   */
  private async autoCommitRead(name: string, params: Params): Promise<Row[]> {
    const text = this.registry.get(name);
    for (let attempt = 1; ; attempt++) {
      const session = this.driver.session({ database: this.settings.database, defaultAccessMode: 'READ' });
      try {
        this.queryCount++;
        const result = await withoutCallerStack(() => session.run(text, params, { metadata: { query: name } }));
        return result.records.map((record) => record.toObject() as Row);
      } catch (error) {
        if (!(error instanceof Neo4jError)) throw error;
        if (attempt === 1 && error.retryable) continue;
        throw mapNeo4jError(error, { statement: name, user: this.settings.user, uri: this.settings.uri });
      } finally {
        await session.close();
      }
    }
  }

  write(name: string, params: Params = {}): Promise<Row[]> {
    return this.managed('WRITE', name, (tx) => this.runIn(tx, name, params));
  }

  /**
   * Several named statements in one write transaction (one article, one transaction). `fn` may be
   * retried by the driver on a transient error, so it must not have side effects outside the database.
   */
  writeTransaction<T>(fn: (tx: TxRunner) => Promise<T>, label = 'writeTransaction'): Promise<T> {
    return this.managed('WRITE', label, (tx) =>
      fn({
        run: (name, params = {}) => this.runIn(tx, name, params),
        runCounted: (name, params = {}) => this.runCountedIn(tx, name, params),
      }),
    );
  }

  /**
   * Runs each `;`-terminated statement of a script file in its own write transaction (schema commands
   * cannot share a transaction with each other). Returns how many statements ran.
   */
  async writeScript(name: string): Promise<number> {
    const statements = splitStatements(this.registry.get(name));
    for (const [index, text] of statements.entries()) {
      const label = `${name}#${index + 1}`;
      await this.managed('WRITE', label, async (tx) => {
        this.queryCount++;
        await tx.run(text);
      });
    }
    return statements.length;
  }

  private async runIn(tx: ManagedTransaction, name: string, params: Params): Promise<Row[]> {
    const text = this.registry.get(name);
    this.queryCount++;
    const result = await withoutCallerStack(() => tx.run(text, params));
    return result.records.map((record) => record.toObject() as Row);
  }

  private async runCountedIn(
    tx: ManagedTransaction,
    name: string,
    params: Params,
  ): Promise<{ rows: Row[]; counters: WriteCounters }> {
    const text = this.registry.get(name);
    this.queryCount++;
    const result = await withoutCallerStack(() => tx.run(text, params));
    const updates = result.summary.counters.updates();
    return {
      rows: result.records.map((record) => record.toObject() as Row),
      counters: {
        nodesCreated: updates.nodesCreated,
        nodesDeleted: updates.nodesDeleted,
        relationshipsCreated: updates.relationshipsCreated,
        relationshipsDeleted: updates.relationshipsDeleted,
        propertiesSet: updates.propertiesSet,
        labelsAdded: updates.labelsAdded,
      },
    };
  }

  private async managed<T>(
    mode: 'READ' | 'WRITE',
    name: string,
    work: (tx: ManagedTransaction) => Promise<T>,
  ): Promise<T> {
    const session: Session = this.driver.session({
      database: this.settings.database,
      defaultAccessMode: mode,
    });
    const config = { metadata: { query: name } };
    try {
      return mode === 'READ'
        ? await session.executeRead(work, config)
        : await session.executeWrite(work, config);
    } catch (error) {
      // Errors from the database become typed errors; anything the caller's own code threw inside a
      // transaction (validation, a typed error) passes through unchanged.
      if (!(error instanceof Neo4jError)) throw error;
      throw mapNeo4jError(error, { statement: name, user: this.settings.user, uri: this.settings.uri });
    } finally {
      await session.close();
    }
  }
}
