import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import { ConfigError, DatabaseUnavailableError } from '../errors.ts';
import { boltUriOf } from '../neo4j-local/urls.ts';
import { corkDriverWrites } from './corked-socket.ts';
import { mapNeo4jError } from './map-error.ts';

export interface ConnectionSettings {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string;
}

/** NEO4J_URI when set (an existing server, Aura via neo4j+s://), else the project's local server. */
export function connectionFromConfig(config: Config): ConnectionSettings {
  if (config.NEO4J_PASSWORD === undefined) {
    throw new ConfigError(
      'NEO4J_PASSWORD is not set. For the local server run `npm run neo4j:start` once (it generates one into .env); ' +
        'for an existing server set NEO4J_PASSWORD in the environment or .env.',
    );
  }
  return {
    uri: config.NEO4J_URI ?? boltUriOf(config),
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
  };
}

export interface ConnectOptions {
  /** Attempts for an unreachable server (auth failures are never retried: Neo4j locks a user after 3). */
  readonly attempts?: number;
  readonly firstDelayMs?: number;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Creates a driver and proves it can log in, retrying an unreachable server with
 * exponential backoff. Throws DatabaseAuthError (never retried) or DatabaseUnavailableError with what to check.
 */
export async function connect(settings: ConnectionSettings, options: ConnectOptions = {}): Promise<Driver> {
  const attempts = options.attempts ?? 5;
  let delay = options.firstDelayMs ?? 500;
  corkDriverWrites();
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    userAgent: 'conflict-kg',
    connectionTimeout: 5000,
    maxConnectionPoolSize: 20,
  });
  const context = { user: settings.user, uri: settings.uri };
  for (let attempt = 1; ; attempt++) {
    try {
      // Opens a real session connection, so a wrong password fails here (Neo.ClientError.Security.Unauthorized).
      await driver.verifyConnectivity({ database: settings.database });
      return driver;
    } catch (error) {
      const mapped = mapNeo4jError(error, context);
      if (mapped instanceof DatabaseUnavailableError && attempt < attempts) {
        await sleep(delay);
        delay *= 2;
        continue;
      }
      await driver.close();
      throw mapped;
    }
  }
}
