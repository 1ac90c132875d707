import neo4j from 'neo4j-driver';
import type { Database } from './database.ts';
import type { ConnectionSettings } from './driver.ts';
import { Executor } from './executor.ts';

/** Timeouts for serving requests: fail fast while Neo4j is away instead of holding a request open. */
const API_DRIVER_CONFIG = {
  userAgent: 'conflict-kg-api',
  connectionTimeout: 3000,
  connectionAcquisitionTimeout: 5000,
  // Managed transactions retry transient errors (ServiceUnavailable included) up to this long; the
  // driver's 30 s default would keep a client waiting for an answer that is SERVICE_UNAVAILABLE anyway.
  maxTransactionRetryTime: 1500,
  maxConnectionPoolSize: 50,
} as const;

/** The API's view of the database: the executor plus a cheap liveness probe for /health. */
export interface ApiDatabase extends Pick<Database, 'executor' | 'uri' | 'close'> {
  /** True when Neo4j answers a trivial read now. Never throws. */
  ping(): Promise<boolean>;
}

/**
 * Opens a driver WITHOUT proving the server answers, unlike openDatabase(): the API server must start,
 * report SERVICE_UNAVAILABLE and recover on its own when Neo4j is down at start-up or goes away later.
 * The driver reconnects by itself; nothing here needs restarting.
 */
export function openApiDatabase(settings: ConnectionSettings): ApiDatabase {
  const driver = neo4j.driver(
    settings.uri,
    neo4j.auth.basic(settings.user, settings.password),
    API_DRIVER_CONFIG,
  );
  // Every API read is one statement: auto-commit saves the BEGIN and COMMIT round trips per statement.
  const executor = new Executor(driver, settings, undefined, { autoCommitReads: true });
  return {
    executor,
    uri: settings.uri,
    async ping() {
      try {
        await driver.verifyConnectivity({ database: settings.database });
        return true;
      } catch {
        return false;
      }
    },
    close: () => driver.close(),
  };
}
