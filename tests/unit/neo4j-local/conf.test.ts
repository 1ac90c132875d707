import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderConf, writeConf } from '../../../src/neo4j-local/conf.ts';
import { layoutOf } from '../../../src/neo4j-local/layout.ts';

/** neo4j.conf as a map (server.jvm.additional repeats, so it is left out). */
function settings(conf: string): Map<string, string> {
  const entries = conf
    .split('\n')
    .filter(
      (line) => line.includes('=') && !line.startsWith('#') && !line.startsWith('server.jvm.additional'),
    )
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as [string, string]);
  return new Map(entries);
}

function megabytes(size: string): number {
  const m = /^(\d+)([mg])$/.exec(size);
  if (!m) throw new Error(`unexpected size ${size}`);
  return Number(m[1]) * (m[2] === 'g' ? 1024 : 1);
}

describe('neo4j.conf', () => {
  it('listens on loopback at the configured Bolt and HTTP ports', () => {
    const s = settings(renderConf({ boltPort: 17687, httpPort: 17474 }));
    expect(s.get('server.bolt.listen_address')).toBe('127.0.0.1:17687');
    expect(s.get('server.bolt.advertised_address')).toBe('127.0.0.1:17687');
    expect(s.get('server.http.listen_address')).toBe('127.0.0.1:17474');
    expect(s.get('server.default_listen_address')).toBe('127.0.0.1');
    expect(s.get('server.https.enabled')).toBe('false');
  });

  it('keeps authentication on and memory modest for a shared machine', () => {
    const s = settings(renderConf({ boltPort: 7687, httpPort: 7474 }));
    expect(s.get('dbms.security.auth_enabled')).toBe('true');
    expect(megabytes(s.get('server.memory.heap.max_size') ?? '')).toBeLessThanOrEqual(1024);
    expect(megabytes(s.get('server.memory.heap.initial_size') ?? '')).toBeGreaterThanOrEqual(256);
    expect(megabytes(s.get('server.memory.pagecache.size') ?? '')).toBeLessThanOrEqual(512);
    expect(s.get('dbms.usage_report.enabled')).toBe('false');
  });

  it('writes each setting once', () => {
    const keys = renderConf({ boltPort: 7687, httpPort: 7474 })
      .split('\n')
      .filter((l) => l.includes('=') && !l.startsWith('server.jvm.additional'))
      .map((l) => l.split('=')[0]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  describe('writeConf', () => {
    let home: string | undefined;
    afterEach(() => {
      if (home) rmSync(home, { recursive: true, force: true });
    });

    it('writes conf/neo4j.conf and the folders the launcher expects under NEO4J_HOME', () => {
      home = mkdtempSync(join(tmpdir(), 'ckg-conf-'));
      const layout = layoutOf({ NEO4J_HOME: home });
      writeConf(layout, { boltPort: 7000, httpPort: 7001 });
      expect(readFileSync(layout.confFile, 'utf8')).toContain('server.bolt.listen_address=127.0.0.1:7000');
      for (const dir of [layout.data, layout.logs, layout.run, layout.plugins])
        expect(existsSync(dir)).toBe(true);
    });
  });
});
