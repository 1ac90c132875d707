import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import { connect, connectionFromConfig, type ConnectionSettings, type ConnectOptions } from './driver.ts';
import { Executor } from './executor.ts';

/** A connected driver and its executor, closed together. */
export interface Database {
  readonly executor: Executor;
  readonly uri: string;
  /** Server agent and protocol, e.g. "Neo4j/5.26.30". */
  readonly serverAgent: string;
  /** Resolves when the database answers a query (health checks). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Connects to the server the configuration names (NEO4J_URI, else the local server). */
export function openDatabase(config: Config, options: ConnectOptions = {}): Promise<Database> {
  return openDatabaseWith(connectionFromConfig(config), options);
}

export async function openDatabaseWith(
  settings: ConnectionSettings,
  options: ConnectOptions = {},
): Promise<Database> {
  const driver: Driver = await connect(settings, options);
  const info = await driver.getServerInfo({ database: settings.database });
  const executor = new Executor(driver, settings);
  return {
    executor,
    uri: settings.uri,
    serverAgent: info.agent ?? 'unknown',
    ping: async () => void (await executor.read('ping')),
    close: () => driver.close(),
  };
}
