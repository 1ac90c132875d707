import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { ConfigError } from './errors.ts';

/** The project's root folder (where package.json is). */
export const PROJECT_ROOT = resolve(import.meta.dirname, '..');

const port = z.coerce.number().int().min(1).max(65535);

const schema = z.object({
  /** Use an existing Neo4j (bolt://, neo4j://, neo4j+s:// for Aura). Unset: the project's local server. */
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8, 'NEO4J_PASSWORD must be at least 8 characters').optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  /** The local server's ports and folder. */
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_HTTP_PORT: port.default(7474),
  NEO4J_HOME: z.string().default(resolve(PROJECT_ROOT, '.neo4j')),
  NEO4J_VERSION: z.string().default('5.26.30'),
  NEO4J_BROWSER_VERSION: z.string().default('5.24.0'),
  /** API server. */
  HOST: z.string().default('127.0.0.1'),
  PORT: port.default(4000),
  /** Bearer token for mutations; unset disables mutations. */
  API_TOKEN: z.string().min(16, 'API_TOKEN must be at least 16 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = Readonly<z.infer<typeof schema>>;

/** Every environment variable the project reads (docs and docker-compose.yml are tested against it). */
export const CONFIG_KEYS: readonly (keyof Config)[] = Object.keys(schema.shape) as (keyof Config)[];

/** Reads KEY=VALUE lines from the git-ignored .env (written by `neo4j start` for the generated password). */
export function readDotEnv(path = resolve(PROJECT_ROOT, '.env')): Record<string, string> {
  if (!existsSync(path)) return {};
  const out: Record<string, string> = {};
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (m?.[1] && m[2] !== undefined) out[m[1]] = m[2].replace(/^(['"])(.*)\1$/, '$2');
  }
  return out;
}

/**
 * The only reader of process.env. Values in the environment win over .env; every problem is reported
 * at once; the result is frozen.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, dotEnv = readDotEnv()): Config {
  const merged: Record<string, string | undefined> = { ...dotEnv };
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v !== '') merged[k] = v;
  const parsed = schema.safeParse(merged);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new ConfigError(`Invalid configuration:\n${problems}`);
  }
  return Object.freeze(parsed.data);
}
