import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isAssembled, renderPom } from '../../../src/neo4j-local/assemble.ts';
import { layoutOf } from '../../../src/neo4j-local/layout.ts';

describe('assembling the server from Maven Central', () => {
  it('asks for the Community server, the HTTP server and Browser at the configured versions', () => {
    const pom = renderPom({ neo4j: '5.26.99', browser: '5.24.7' });
    expect(pom).toContain(
      '<groupId>org.neo4j</groupId><artifactId>neo4j</artifactId><version>5.26.99</version>',
    );
    expect(pom).toContain(
      '<groupId>org.neo4j.app</groupId><artifactId>neo4j-server</artifactId><version>5.26.99</version>',
    );
    expect(pom).toContain(
      '<groupId>org.neo4j.client</groupId><artifactId>neo4j-browser</artifactId><version>5.24.7</version>',
    );
  });

  describe('isAssembled', () => {
    let home: string | undefined;
    afterEach(() => {
      if (home) rmSync(home, { recursive: true, force: true });
    });

    it('is true only for the versions lib/ was assembled with', () => {
      home = mkdtempSync(join(tmpdir(), 'ckg-lib-'));
      const layout = layoutOf({ NEO4J_HOME: home });
      const versions = { neo4j: '5.26.30', browser: '5.24.0' };
      expect(isAssembled(layout, versions)).toBe(false);
      mkdirSync(layout.lib);
      writeFileSync(layout.libStamp, 'neo4j=5.26.30 browser=5.24.0\n');
      expect(isAssembled(layout, versions)).toBe(true);
      expect(isAssembled(layout, { ...versions, neo4j: '5.26.31' })).toBe(false);
    });
  });
});
