/**
 * Service latency of the analyst examples, this checkout against another one, under the same load:
 * both apps run in this process over the configured Neo4j, and each example's request goes to one app
 * and then the other, one at a time, N times; the figures are p50 / p95 ms per app. On a shared machine,
 * where the load moves between two runs of `npm run bench:api`, alternating is what compares two
 * versions fairly. Both checkouts need their node_modules (a symlink to this one's will do) and .env.
 * `node --import tsx bench/api-ab.ts /path/to/other/checkout [N=40]`
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import pino from 'pino';
import { PROJECT_ROOT } from '../src/config.ts';
import { API_EXAMPLES } from './support/api-examples.ts';

interface Side {
  fetch: (url: string, init: RequestInit) => Promise<Response> | Response;
  close: () => Promise<void>;
}

/** The API app of the checkout at `root`, over the Neo4j its configuration names. */
async function appOf(root: string): Promise<Side> {
  const { createApp } = (await import(`${root}/src/app.ts`)) as typeof import('../src/app.ts');
  const { loadConfig } = (await import(`${root}/src/config.ts`)) as typeof import('../src/config.ts');
  const { openApiDatabase } = (await import(
    `${root}/src/graph/api-database.ts`
  )) as typeof import('../src/graph/api-database.ts');
  const { connectionFromConfig } = (await import(
    `${root}/src/graph/driver.ts`
  )) as typeof import('../src/graph/driver.ts');
  const db = openApiDatabase(connectionFromConfig(loadConfig()));
  const app = createApp({ config: { API_TOKEN: undefined }, logger: pino({ level: 'silent' }), db });
  return { fetch: (url, init) => app.fetch(url, init), close: () => db.close() };
}

/** One request's wall time in ms; an answer with errors stops the comparison. */
async function timed(side: Side, query: string): Promise<number> {
  const t0 = performance.now();
  const response = await side.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = await response.text();
  if (body.includes('"errors"')) throw new Error(body);
  return performance.now() - t0;
}

const quantile = (xs: number[], q: number): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;
const show = (xs: number[]): string => `${quantile(xs, 0.5).toFixed(1)} / ${quantile(xs, 0.95).toFixed(1)}`;

const other = process.argv[2];
if (!other) throw new Error('usage: node --import tsx bench/api-ab.ts /path/to/other/checkout [N]');
const n = Number(process.argv[3] ?? 40);
const sides = [await appOf(resolve(other)), await appOf(PROJECT_ROOT)];
const loadAtStart = loadavg()[0] ?? NaN;
process.stdout.write(`| query | ${other} p50 / p95 ms | this checkout p50 / p95 ms |\n|---|---|---|\n`);
try {
  for (const example of API_EXAMPLES) {
    // Warm-up, not measured: plans and caches of both sides settle first.
    for (const side of sides) for (let i = 0; i < 5; i++) await timed(side, example.query);
    const times: number[][] = sides.map(() => []);
    for (let i = 0; i < n; i++)
      for (const [j, side] of sides.entries()) times[j]?.push(await timed(side, example.query));
    process.stdout.write(`| ${example.name} | ${show(times[0] ?? [])} | ${show(times[1] ?? [])} |\n`);
  }
} finally {
  for (const side of sides) await side.close();
}
process.stdout.write(`load average ${loadAtStart.toFixed(1)} -> ${(loadavg()[0] ?? NaN).toFixed(1)}\n`);
