import { join, resolve } from 'node:path';
import type { Config } from '../config.ts';

/**
 * Where the local server lives: the same folder layout as the official tarball (lib/, conf/, data/,
 * logs/, run/, plugins/) under NEO4J_HOME, so Neo4j's own launcher finds everything by its defaults.
 */
export interface Layout {
  readonly home: string;
  readonly lib: string;
  readonly conf: string;
  readonly confFile: string;
  readonly data: string;
  readonly logs: string;
  readonly run: string;
  readonly plugins: string;
  readonly pidFile: string;
  /** Written by `neo4j stop` while the server shuts down (holds its pid), so a start waits for it. */
  readonly stoppingFile: string;
  readonly logFile: string;
  /** The generated pom.xml whose dependencies Maven copies into lib/. */
  readonly maven: string;
  /** Records which versions lib/ holds, so a version change re-assembles. */
  readonly libStamp: string;
}

export function layoutOf(config: Pick<Config, 'NEO4J_HOME'>): Layout {
  // Absolute, because the launcher runs with NEO4J_HOME as its working directory.
  const home = resolve(config.NEO4J_HOME);
  const conf = join(home, 'conf');
  const run = join(home, 'run');
  const logs = join(home, 'logs');
  const lib = join(home, 'lib');
  return {
    home,
    lib,
    conf,
    confFile: join(conf, 'neo4j.conf'),
    data: join(home, 'data'),
    logs,
    run,
    plugins: join(home, 'plugins'),
    pidFile: join(run, 'neo4j.pid'),
    stoppingFile: join(run, 'stopping'),
    logFile: join(logs, 'neo4j.log'),
    maven: join(home, 'maven'),
    libStamp: join(lib, '.assembled'),
  };
}
