import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT, type Config } from '../config.ts';
import { DatabaseUnavailableError } from '../errors.ts';
import { assemble } from './assemble.ts';
import { boltAnswers, portInUse } from './bolt-probe.ts';
import { writeConf } from './conf.ts';
import { isFirstStart, launchServer, setInitialPassword } from './launcher.ts';
import { layoutOf } from './layout.ts';
import { ensurePassword } from './password.ts';
import { checkPrerequisites } from './prerequisites.ts';
import {
  isAlive,
  logTail,
  pidInFile,
  removePidFile,
  runningPid,
  stopProcess,
  waitForExit,
} from './process.ts';
import { boltUriOf, browserUrlOf, LOCAL_HOST } from './urls.ts';

const HOST = LOCAL_HOST;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export type Say = (line: string) => void;

export interface LocalServerInfo {
  readonly pid: number;
  readonly boltUri: string;
  readonly browserUrl: string;
  /** The password in force (from config, or generated now and stored in .env). */
  readonly password: string;
  /** False when it was already running. */
  readonly startedNow: boolean;
}

/**
 * Assembles (first time), configures and starts the local server, then waits until Bolt answers.
 * Idempotent: a running server is reported, not restarted.
 */
export async function startLocalServer(
  config: Config,
  say: Say,
  options: { waitMs?: number; dotEnvPath?: string } = {},
): Promise<LocalServerInfo> {
  const layout = layoutOf(config);
  const { password } = ensurePasswordAndSay(config, options.dotEnvPath ?? resolve(PROJECT_ROOT, '.env'), say);
  const info = (pid: number, startedNow: boolean): LocalServerInfo => ({
    pid,
    boltUri: boltUriOf(config),
    browserUrl: browserUrlOf(config),
    password,
    startedNow,
  });

  const existing = runningPid(layout);
  if (existing !== undefined && pidInFile(layout.stoppingFile) === existing) {
    // Another command's `neo4j stop` is still shutting it down (Bolt may answer a while longer):
    // reporting it as running would leave the caller with a server about to vanish.
    say(`Neo4j (pid ${existing}) is shutting down; waiting for it to exit, then starting it again.`);
    if (!(await waitForExit(existing, 90_000)))
      throw new DatabaseUnavailableError(
        `Neo4j (pid ${existing}) is still shutting down after 90 s; run \`conflict-kg neo4j stop\` and try again.`,
      );
  } else if (existing !== undefined) {
    // It may still be booting (started by another command a moment ago), or dying without a marker
    // (killed by hand): then we start a fresh one below instead of reporting its exit as a failed start.
    try {
      await waitForBolt(config, existing, layout.logFile, options.waitMs ?? 180_000, () => {});
      return info(existing, false);
    } catch (error) {
      if (isAlive(existing)) throw error;
      say(`Neo4j (pid ${existing}) exited; starting it again.`);
    }
  }

  await checkPrerequisites();
  for (const port of [config.NEO4J_BOLT_PORT, config.NEO4J_HTTP_PORT]) {
    if (await portInUse(HOST, port)) {
      throw new DatabaseUnavailableError(
        `Port ${port} on ${HOST} is already taken by another program (no local server from ${layout.home} runs). ` +
          'Stop it, or choose other ports with NEO4J_BOLT_PORT / NEO4J_HTTP_PORT.',
      );
    }
  }
  await assemble(layout, { neo4j: config.NEO4J_VERSION, browser: config.NEO4J_BROWSER_VERSION }, say);
  writeConf(layout, { boltPort: config.NEO4J_BOLT_PORT, httpPort: config.NEO4J_HTTP_PORT });
  if (isFirstStart(layout)) {
    const result = await withTicker(say, 'setting the initial password', () =>
      setInitialPassword(layout, password),
    );
    if (result.code !== 0)
      throw new DatabaseUnavailableError(
        `neo4j-admin set-initial-password failed:\n${result.stdout}${result.stderr}`,
      );
  }

  say(`Starting Neo4j ${config.NEO4J_VERSION} Community from ${layout.home} ...`);
  removePidFile(layout);
  const launched = await withTicker(say, 'launching the server JVM', () => launchServer(layout));
  const pid = runningPid(layout);
  if (launched.code !== 0 || pid === undefined) {
    throw new DatabaseUnavailableError(
      `Neo4j did not start (launcher exit ${launched.code}).\n${launched.stdout}${launched.stderr}\nLog (${layout.logFile}):\n${logTail(layout.logFile)}`,
    );
  }
  await waitForBolt(config, pid, layout.logFile, options.waitMs ?? 180_000, say);
  return info(pid, true);
}

/** Runs a slow step (a JVM starting on a busy machine), saying every 5 s that it is still going. */
async function withTicker<T>(say: Say, what: string, step: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const timer = setInterval(() => say(`  ${what} (${Math.round((Date.now() - started) / 1000)} s)...`), 5000);
  try {
    return await step();
  } finally {
    clearInterval(timer);
  }
}

function ensurePasswordAndSay(config: Config, dotEnvPath: string, say: Say): { password: string } {
  const choice = ensurePassword(config.NEO4J_PASSWORD, dotEnvPath);
  if (choice.generated) say(`NEO4J_PASSWORD was not set: generated one and stored it in ${dotEnvPath}.`);
  return choice;
}

/** Polls the Bolt handshake until it answers, the process dies, or the time is up; reports progress. */
async function waitForBolt(
  config: Config,
  pid: number,
  logFile: string,
  waitMs: number,
  say: Say,
): Promise<void> {
  const started = Date.now();
  let lastReport = started;
  while (Date.now() - started < waitMs) {
    if (await boltAnswers(HOST, config.NEO4J_BOLT_PORT)) {
      say(`Bolt answers after ${((Date.now() - started) / 1000).toFixed(1)} s.`);
      return;
    }
    if (!isAlive(pid)) {
      throw new DatabaseUnavailableError(
        `Neo4j (pid ${pid}) exited during start-up. Log (${logFile}):\n${logTail(logFile)}`,
      );
    }
    if (Date.now() - lastReport >= 5000) {
      lastReport = Date.now();
      say(
        `  waiting for Bolt on ${HOST}:${config.NEO4J_BOLT_PORT} (${Math.round((lastReport - started) / 1000)} s)...`,
      );
    }
    await sleep(500);
  }
  throw new DatabaseUnavailableError(
    `Neo4j (pid ${pid}) did not answer on Bolt ${HOST}:${config.NEO4J_BOLT_PORT} within ${waitMs / 1000} s; it is left running. Log:\n${logTail(logFile)}`,
  );
}

/** Stops the local server if it runs; returns false when there was nothing to stop. */
export async function stopLocalServer(config: Config, say: Say): Promise<boolean> {
  const layout = layoutOf(config);
  const pid = runningPid(layout);
  if (pid === undefined) return false;
  say(`Stopping Neo4j (pid ${pid}) ...`);
  mkdirSync(layout.run, { recursive: true });
  writeFileSync(layout.stoppingFile, String(pid));
  let how: 'terminated' | 'killed';
  try {
    how = await stopProcess(pid, 60_000, () => say('  still shutting down...'));
  } finally {
    rmSync(layout.stoppingFile, { force: true });
  }
  // Only its own pid file: a start that waited for this stop may already have written the next one.
  if (pidInFile(layout.pidFile) === pid) removePidFile(layout);
  say(how === 'terminated' ? 'Stopped.' : 'Did not stop within 60 s after SIGTERM: killed.');
  return true;
}

export interface LocalServerStatus {
  readonly running: boolean;
  readonly pid?: number;
  readonly boltAnswers?: boolean;
  /** From the HTTP discovery document, when the server answers. */
  readonly version?: string;
  readonly edition?: string;
}

export async function localServerStatus(config: Config): Promise<LocalServerStatus> {
  const pid = runningPid(layoutOf(config));
  if (pid === undefined) return { running: false };
  const bolt = await boltAnswers(HOST, config.NEO4J_BOLT_PORT);
  try {
    const response = await fetch(`http://${HOST}:${config.NEO4J_HTTP_PORT}/`, {
      signal: AbortSignal.timeout(3000),
    });
    const doc = (await response.json()) as { neo4j_version?: string; neo4j_edition?: string };
    return { running: true, pid, boltAnswers: bolt, version: doc.neo4j_version, edition: doc.neo4j_edition };
  } catch {
    return { running: true, pid, boltAnswers: bolt };
  }
}
