import type { TestProject } from 'vitest/node';
import { loadConfig, type Config } from '../src/config.ts';
import { openDatabaseWith } from '../src/graph/database.ts';
import { migrate } from '../src/graph/migrate.ts';
import { startLocalServer, stopLocalServer } from '../src/neo4j-local/server.ts';
import { LOCAL_HOST } from '../src/neo4j-local/urls.ts';
import type { TestNeo4j } from './support/connection.ts';

const DOCKER_IMAGE = 'neo4j:5.26-community';
const say = (line: string): void => console.log(`[neo4j] ${line}`);

type Teardown = () => Promise<void>;

/**
 * One Neo4j for the whole integration run, in this order: NEO4J_URI; a testcontainers Neo4j when a
 * Docker engine answers; else the project's local server (started if needed, stopped at the end only if
 * started here). The schema is migrated once; test files get the connection through inject('neo4j').
 */
export default async function setup(project: TestProject): Promise<Teardown> {
  const config = loadConfig();
  const { neo4j, teardown } =
    (await fromEnv(config)) ?? (await fromDocker(config)) ?? (await fromLocalServer(config));
  say(`integration tests use ${neo4j.uri} (${neo4j.source})`);
  const db = await openDatabaseWith(neo4j, { attempts: 10 });
  try {
    await migrate(db.executor);
  } finally {
    await db.close();
  }
  project.provide('neo4j', neo4j);
  return teardown;
}

interface Provisioned {
  readonly neo4j: TestNeo4j;
  readonly teardown: Teardown;
}

async function fromEnv(config: Config): Promise<Provisioned | undefined> {
  if (config.NEO4J_URI === undefined) return undefined;
  if (config.NEO4J_PASSWORD === undefined) throw new Error('NEO4J_URI is set but NEO4J_PASSWORD is not.');
  const neo4j: TestNeo4j = {
    uri: config.NEO4J_URI,
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
    source: 'NEO4J_URI',
  };
  return { neo4j, teardown: async () => {} };
}

/** Asks testcontainers for a container runtime, giving up quickly when no Docker engine answers. */
async function dockerAnswers(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('timeout')), 5000).unref(),
    );
    await Promise.race([getContainerRuntimeClient(), timeout]);
    return true;
  } catch {
    return false;
  }
}

async function fromDocker(config: Config): Promise<Provisioned | undefined> {
  if (!(await dockerAnswers())) {
    say('no Docker engine answers: using the local server');
    return undefined;
  }
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  say(`starting ${DOCKER_IMAGE} with testcontainers...`);
  const password = config.NEO4J_PASSWORD ?? 'conflict-kg-test-password';
  const container = await new Neo4jContainer(DOCKER_IMAGE).withPassword(password).start();
  const neo4j: TestNeo4j = {
    uri: container.getBoltUri(),
    user: container.getUsername(),
    password: container.getPassword(),
    database: config.NEO4J_DATABASE,
    source: 'testcontainers',
    httpUrl: container.getHttpUri(),
  };
  return { neo4j, teardown: async () => void (await container.stop()) };
}

async function fromLocalServer(config: Config): Promise<Provisioned> {
  const info = await startLocalServer(config, say);
  say(
    info.startedNow
      ? `started the local server (pid ${info.pid})`
      : `local server already running (pid ${info.pid}); leaving it running`,
  );
  const neo4j: TestNeo4j = {
    uri: info.boltUri,
    user: config.NEO4J_USER,
    password: info.password,
    database: config.NEO4J_DATABASE,
    source: 'local server',
    httpUrl: `http://${LOCAL_HOST}:${config.NEO4J_HTTP_PORT}`,
  };
  const teardown: Teardown = async () => {
    // Quietly, so the run's last line stays the reporter's `N passed, N failed`.
    if (info.startedNow) await stopLocalServer(config, () => {});
  };
  return { neo4j, teardown };
}
