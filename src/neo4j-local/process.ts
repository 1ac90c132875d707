import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { Layout } from './layout.ts';

/** The server's pid from run/neo4j.pid, when the file exists and names a live process. */
export function runningPid(layout: Layout): number | undefined {
  const pid = pidInFile(layout.pidFile);
  return pid !== undefined && isAlive(pid) && isNeo4jProcess(pid) ? pid : undefined;
}

/** The pid a pid file (run/neo4j.pid, run/stopping) holds, whether or not that process lives. */
export function pidInFile(path: string): number | undefined {
  if (!existsSync(path)) return undefined;
  const pid = Number(readFileSync(path, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/**
 * Guards against a stale pid file whose pid now belongs to another program (after a reboot, say).
 * Where /proc is missing (macOS) the pid is trusted.
 */
function isNeo4jProcess(pid: number): boolean {
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync('/proc/self/cmdline')) return true;
  try {
    return readFileSync(cmdline, 'utf8').includes('org.neo4j.server.');
  } catch {
    return false;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive but not ours; still running.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * SIGTERM (Neo4j shuts down cleanly: checkpoint, close stores), wait up to `graceMs`, then SIGKILL.
 * Returns how it ended.
 */
export async function stopProcess(
  pid: number,
  graceMs = 60_000,
  onWait?: () => void,
): Promise<'terminated' | 'killed'> {
  process.kill(pid, 'SIGTERM');
  if (await waitForExit(pid, graceMs, onWait)) return 'terminated';
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  while (isAlive(pid)) await sleep(100);
  return 'killed';
}

/** Waits up to `waitMs` for the process to exit (calling `onWait` every 2 s); false if it still runs. */
export async function waitForExit(pid: number, waitMs: number, onWait?: () => void): Promise<boolean> {
  const deadline = Date.now() + waitMs;
  let lastTick = Date.now();
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await sleep(250);
    if (Date.now() - lastTick >= 2000) {
      lastTick = Date.now();
      onWait?.();
    }
  }
  return !isAlive(pid);
}

export function removePidFile(layout: Layout): void {
  rmSync(layout.pidFile, { force: true });
}

/** The last lines of the server's log, to show why a start failed. */
export function logTail(path: string, lines = 20): string {
  if (!existsSync(path)) return '(no log file)';
  return readFileSync(path, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}
