import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { ConfigError } from '../../../src/errors.ts';
import { connectionFromConfig } from '../../../src/graph/driver.ts';

describe('connectionFromConfig', () => {
  it('uses the local server on the configured Bolt port when NEO4J_URI is unset', () => {
    const config = loadConfig({ NEO4J_PASSWORD: 'local-password', NEO4J_BOLT_PORT: '17687' }, {});
    expect(connectionFromConfig(config)).toEqual({
      uri: 'bolt://127.0.0.1:17687',
      user: 'neo4j',
      password: 'local-password',
      database: 'neo4j',
    });
  });

  it('uses NEO4J_URI, user and database when set (Aura)', () => {
    const config = loadConfig(
      {
        NEO4J_URI: 'neo4j+s://abcd1234.databases.neo4j.io',
        NEO4J_USER: 'reader',
        NEO4J_PASSWORD: 'remote-password',
        NEO4J_DATABASE: 'conflicts',
      },
      {},
    );
    expect(connectionFromConfig(config)).toMatchObject({
      uri: 'neo4j+s://abcd1234.databases.neo4j.io',
      user: 'reader',
      database: 'conflicts',
    });
  });

  it('says how to get a password when none is configured', () => {
    const config = loadConfig({}, {});
    expect(() => connectionFromConfig(config)).toThrow(ConfigError);
    expect(() => connectionFromConfig(config)).toThrow(/npm run neo4j:start/);
  });
});
