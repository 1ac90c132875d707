import { mkdirSync, writeFileSync } from 'node:fs';
import type { Layout } from './layout.ts';

export interface ConfOptions {
  readonly boltPort: number;
  readonly httpPort: number;
}

/**
 * JVM flags of the official tarball's neo4j.conf for Java 17 (the bootloader reads them from
 * server.jvm.additional, exactly as with the tarball).
 */
const JVM_ADDITIONAL = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '-XX:FlightRecorderOptions=stackdepth=256',
  '-XX:+UnlockDiagnosticVMOptions',
  '-XX:+DebugNonSafepoints',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
];

/**
 * The server's neo4j.conf. Loopback only, auth on, modest memory because the machine is shared (the
 * default heuristics would claim a quarter of RAM), no usage reporting (no network beyond Maven).
 * Directories keep the tarball defaults relative to NEO4J_HOME.
 */
export function renderConf(options: ConfOptions): string {
  const lines = [
    '# Written by conflict-kg (src/neo4j-local/conf.ts) on every `conflict-kg neo4j start`; edits are overwritten.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    'server.bolt.enabled=true',
    `server.bolt.listen_address=127.0.0.1:${options.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${options.boltPort}`,
    'server.http.enabled=true',
    `server.http.listen_address=127.0.0.1:${options.httpPort}`,
    `server.http.advertised_address=127.0.0.1:${options.httpPort}`,
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    'server.memory.heap.initial_size=512m',
    'server.memory.heap.max_size=1g',
    'server.memory.pagecache.size=256m',
    'db.tx_log.rotation.retention_policy=2 files',
    'dbms.usage_report.enabled=false',
    // Full-text (Lucene) indexes flush a tiny segment at every commit that adds documents; Neo4j's
    // merge factor of 2 then rewrites the small segments after nearly every commit (a merge thread per
    // merge). Lucene's own default of 10 merges ten at a time: far less rewriting per article ingested.
    'internal.dbms.index.lucene.merge_factor=10',
    ...JVM_ADDITIONAL.map((flag) => `server.jvm.additional=${flag}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** Writes conf/neo4j.conf and creates the folders the bootloader expects to exist. */
export function writeConf(layout: Layout, options: ConfOptions): void {
  for (const dir of [layout.conf, layout.data, layout.logs, layout.run, layout.plugins])
    mkdirSync(dir, { recursive: true });
  writeFileSync(layout.confFile, renderConf(options));
}
