import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONFIG_KEYS, loadConfig, PROJECT_ROOT } from '../../../src/config.ts';

interface Service {
  image?: string;
  build?: unknown;
  environment?: Record<string, string | number>;
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  volumes?: string[];
}

const compose = parse(readFileSync(join(PROJECT_ROOT, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};
const setupDoc = readFileSync(join(PROJECT_ROOT, 'docs', 'setup.md'), 'utf8');
const defaults = loadConfig({}, {});

/** The container port of "host:hostPort:containerPort" with ${VAR:-default} interpolation. */
function containerPorts(service: Service): number[] {
  return (service.ports ?? []).map((p) => Number(p.split(':').at(-1)));
}

describe('docker-compose.yml', () => {
  const { neo4j, api } = compose.services;

  it('has the neo4j and api services', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['api', 'neo4j']);
  });

  it('runs the official Neo4j 5.26 Community image with a health check and named volumes', () => {
    expect(neo4j?.image).toBe('neo4j:5.26-community');
    expect(defaults.NEO4J_VERSION.startsWith('5.26.')).toBe(true);
    expect(neo4j?.healthcheck?.test.join(' ')).toContain('7474');
    const named = (neo4j?.volumes ?? []).map((v) => v.split(':')[0]);
    expect(named).toEqual(['neo4j-data', 'neo4j-logs']);
    expect(Object.keys(compose.volumes).sort()).toEqual(['neo4j-data', 'neo4j-logs']);
  });

  it('publishes the same ports as the local setup', () => {
    expect(containerPorts(neo4j ?? {}).sort()).toEqual(
      [defaults.NEO4J_HTTP_PORT, defaults.NEO4J_BOLT_PORT].sort(),
    );
    expect(neo4j?.ports).toContain(`127.0.0.1:\${NEO4J_BOLT_PORT:-${defaults.NEO4J_BOLT_PORT}}:7687`);
    expect(neo4j?.ports).toContain(`127.0.0.1:\${NEO4J_HTTP_PORT:-${defaults.NEO4J_HTTP_PORT}}:7474`);
    expect(containerPorts(api ?? {})).toEqual([defaults.PORT]);
  });

  it('takes the Neo4j password from NEO4J_PASSWORD, never a fixed one', () => {
    expect(neo4j?.environment?.NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:\?/);
    expect(api?.environment?.NEO4J_PASSWORD).toMatch(/^\$\{NEO4J_PASSWORD:\?/);
  });

  it('starts the API after Neo4j is healthy and points it at the neo4j service', () => {
    expect(api?.build).toBeDefined();
    expect(api?.depends_on?.neo4j?.condition).toBe('service_healthy');
    expect(api?.environment?.NEO4J_URI).toBe('bolt://neo4j:7687');
  });

  it('gives the API only variables that src/config.ts reads', () => {
    const names = Object.keys(api?.environment ?? {});
    expect(names.filter((n) => !(CONFIG_KEYS as readonly string[]).includes(n))).toEqual([]);
    // And the values parse as a valid configuration.
    const env = Object.fromEntries(
      Object.entries(api?.environment ?? {}).map(([k, v]) => [
        k,
        String(v).startsWith('$') ? undefined : String(v),
      ]),
    );
    expect(loadConfig({ ...env, NEO4J_PASSWORD: 'a-valid-password' }, {}).NEO4J_URI).toBe(
      'bolt://neo4j:7687',
    );
  });
});

describe('docs/setup.md', () => {
  it('documents every configuration variable', () => {
    expect(CONFIG_KEYS.filter((key) => !setupDoc.includes(`\`${key}\``))).toEqual([]);
  });

  it('documents the compose services, ports and Aura', () => {
    for (const text of ['docker compose up', 'neo4j:5.26-community', '7474', '7687', '4000', 'neo4j+s://']) {
      expect(setupDoc).toContain(text);
    }
  });
});
