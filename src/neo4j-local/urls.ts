import type { Config } from '../config.ts';

/** The local server listens on loopback only (see conf.ts). */
export const LOCAL_HOST = '127.0.0.1';

export function boltUriOf(config: Pick<Config, 'NEO4J_BOLT_PORT'>): string {
  return `bolt://${LOCAL_HOST}:${config.NEO4J_BOLT_PORT}`;
}

export function browserUrlOf(config: Pick<Config, 'NEO4J_HTTP_PORT'>): string {
  return `http://${LOCAL_HOST}:${config.NEO4J_HTTP_PORT}/browser/`;
}
