import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../../src/config.ts';
import { layoutOf } from '../../../src/neo4j-local/layout.ts';
import { isAlive } from '../../../src/neo4j-local/process.ts';
import { startLocalServer, stopLocalServer } from '../../../src/neo4j-local/server.ts';
import { testNeo4j } from '../../support/neo4j.ts';

/** A port nothing listens on right now (the kernel picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

// A second, private server home beside the shared test server: its lib/ is the shared home's (no
// second Maven assembly), its data and ports its own, so stopping it disturbs no other test.
describe('conflict-kg neo4j start while a stop is still finishing', () => {
  const home = mkdtempSync(join(tmpdir(), 'conflict-kg-restart-'));
  let config: Config | undefined;

  afterAll(async () => {
    if (config) await stopLocalServer(config, () => {});
    rmSync(home, { recursive: true, force: true });
  });

  it("starts a fresh server instead of reporting the old one's exit as a failed start", async ({ skip }) => {
    if (testNeo4j().source !== 'local server') skip('the tests do not use the local server');
    const shared = layoutOf(loadConfig());
    const [bolt, http] = [await freePort(), await freePort()];
    config = loadConfig(
      {
        NEO4J_HOME: home,
        NEO4J_BOLT_PORT: String(bolt),
        NEO4J_HTTP_PORT: String(http),
        NEO4J_PASSWORD: 'restart-test-password',
      },
      {},
    );
    const own = layoutOf(config);
    symlinkSync(shared.lib, own.lib); // holds the assembly stamp too
    const dotEnvPath = join(home, '.env');

    const first = await startLocalServer(config, () => {}, { dotEnvPath });
    expect(first.startedNow).toBe(true);
    // Another command's `neo4j stop` has sent SIGTERM and not yet seen the JVM exit (stopLocalServer
    // marks the stop and signals before its first await).
    const stopping = stopLocalServer(config, () => {});
    const lines: string[] = [];
    const second = await startLocalServer(config, (line) => lines.push(line), { dotEnvPath });
    await stopping;

    expect(isAlive(first.pid)).toBe(false);
    expect(second.startedNow).toBe(true);
    expect(second.pid).not.toBe(first.pid);
    expect(isAlive(second.pid)).toBe(true);
    expect(lines.join('\n')).toContain(`Neo4j (pid ${first.pid}) is shutting down; waiting for it to exit`);
  }, 240_000);
});
