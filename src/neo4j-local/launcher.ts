import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Layout } from './layout.ts';
import { runCommand, type CommandResult } from './run-command.ts';

/**
 * The tarball's own launchers: bin/neo4j runs Neo4jCommand and bin/neo4j-admin runs Neo4jAdminCommand,
 * both from lib/*. Neo4jCommand starts org.neo4j.server.CommunityEntryPoint in a detached JVM with
 * --home-dir/--config-dir, the heap and server.jvm.additional flags from neo4j.conf, writes run/neo4j.pid
 * and sends the server's output to logs/neo4j.log.
 */
const NEO4J_COMMAND = 'org.neo4j.server.startup.Neo4jCommand';
const NEO4J_ADMIN_COMMAND = 'org.neo4j.server.startup.Neo4jAdminCommand';

function launcherEnv(layout: Layout): NodeJS.ProcessEnv {
  // The bootloader reads these two variables exactly as bin/neo4j sets them.
  return { ...process.env, NEO4J_HOME: layout.home, NEO4J_CONF: layout.conf };
}

function java(layout: Layout, mainClass: string, args: string[], detached = false): Promise<CommandResult> {
  return runCommand('java', ['-cp', join(layout.lib, '*'), mainClass, ...args], {
    env: launcherEnv(layout),
    cwd: layout.home,
    detached,
  });
}

/** `neo4j start`: returns once the server JVM is spawned (not yet ready). */
export function launchServer(layout: Layout): Promise<CommandResult> {
  // Detached: the server JVM it forks must outlive a Ctrl-C on `npm run up` (stopped by `neo4j stop`).
  return java(layout, NEO4J_COMMAND, ['start'], true);
}

/** True until the system database has been created by a first start. */
export function isFirstStart(layout: Layout): boolean {
  return !existsSync(join(layout.data, 'databases', 'system'));
}

/**
 * `neo4j-admin dbms set-initial-password`: the supported way to give a new server its password
 * (written to data/dbms/auth.ini and applied when the system database is created), so the default
 * neo4j/neo4j login never exists.
 */
export function setInitialPassword(layout: Layout, password: string): Promise<CommandResult> {
  return java(layout, NEO4J_ADMIN_COMMAND, ['dbms', 'set-initial-password', password]);
}
