/**
 * `npm run bench:api`: p50 and p95 latency and requests/s of the analyst examples (bench/support/
 * api-examples.ts, the queries of docs/api.md), over loopback HTTP with autocannon, against the real API
 * app and the configured Neo4j: first on the fixtures, then on a graph with 10,000 more articles varied
 * from the fixtures (bench/support/vary-articles.ts). The 10,000 articles carry this bench's own url
 * prefix and publisher and are deleted afterwards (BENCH_API_KEEP=1 keeps them for a re-run, which then
 * skips them as unchanged). Each figure is the median of BENCH_API_RUNS runs.
 *
 * Each query is measured at every count of BENCH_API_CONNECTIONS: with 1 connection (one request at a
 * time) a figure is the service latency of one request; with 4, requests queue for the 2 cores, which
 * measures throughput under concurrency (latency then includes the wait behind the other requests).
 *
 * Options (environment): BENCH_API_GRAPHS=fixtures,10000 (or `current`: the graph as it is, nothing
 * added)  BENCH_API_SECONDS=4  BENCH_API_RUNS=3  BENCH_API_CONNECTIONS=1,4  BENCH_API_KEEP=0
 * BENCH_API_ONLY=name,name (only these examples)
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import autocannon from 'autocannon';
import pino from 'pino';
import { articleId } from '../src/article/ids.ts';
import { readArticles } from '../src/article/read-articles.ts';
import { createApp } from '../src/app.ts';
import { loadResources } from '../src/cli/resources.ts';
import { loadConfig, PROJECT_ROOT } from '../src/config.ts';
import { deleteArticles } from '../src/graph/article-deleter.ts';
import { openApiDatabase } from '../src/graph/api-database.ts';
import { connectionFromConfig } from '../src/graph/driver.ts';
import { migrate } from '../src/graph/migrate.ts';
import { ingestArticles } from '../src/ingest/ingest-service.ts';
import { API_EXAMPLES, type ApiExample } from './support/api-examples.ts';
import { varyArticles } from './support/vary-articles.ts';

const graphs = (process.env.BENCH_API_GRAPHS ?? 'fixtures,10000').split(',');
const seconds = Number(process.env.BENCH_API_SECONDS ?? 4);
const runs = Number(process.env.BENCH_API_RUNS ?? 3);
const connectionCounts = (process.env.BENCH_API_CONNECTIONS ?? '1,4').split(',').map(Number);
const only = process.env.BENCH_API_ONLY?.split(',') ?? null;
const examples = API_EXAMPLES.filter((e) => only === null || only.includes(e.name));
const keep = process.env.BENCH_API_KEEP === '1';
const FIXTURES = resolve(PROJECT_ROOT, 'fixtures/articles');
const URL_PREFIX = 'https://bench-api.conflict-kg.invalid/';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

const config = loadConfig();
const db = openApiDatabase(connectionFromConfig(config));
if (!(await db.ping()))
  throw new Error(`Neo4j at ${db.uri} does not answer: start it with npm run neo4j:start`);
await migrate(db.executor);
const { resources } = loadResources();
const app = createApp({ config: { API_TOKEN: undefined }, logger: pino({ level: 'silent' }), db });
const server = createServer(app);
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
process.stdout.write(
  `bench:api on ${url} over ${db.uri}; ${cpus().length} CPUs, ${connectionCounts.join(' and ')} connections, ${seconds} s x ${runs} runs per query\n`,
);

/** One autocannon run of one query: per-request latencies (ms) and requests/s. */
async function load(
  example: ApiExample,
  connections: number,
): Promise<{ p50: number; p95: number; rps: number; errors: number }> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: example.query }),
        connections,
        duration: seconds,
      },
      (error, res) => (error ? fail(error) : done(res)),
    );
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    rps: result.requests.average,
    errors: result.errors + result.non2xx,
  };
}

/** Checks that the example answers without errors before measuring it, and returns its totalCount. */
async function answer(example: ApiExample): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: example.query }),
  });
  const body = (await response.json()) as {
    data?: Record<string, { totalCount?: number } | unknown[]>;
    errors?: unknown[];
  };
  if (body.errors) throw new Error(`${example.name}: ${JSON.stringify(body.errors)}`);
  const top = Object.values(body.data ?? {})[0];
  return Array.isArray(top)
    ? `${top.length} hits`
    : `${(top as { totalCount?: number }).totalCount ?? '?'} total`;
}

async function measure(graph: string): Promise<string[]> {
  const rows: string[] = [];
  // Warm-up, not measured: query plans, the JVM's JIT and the page cache settle first.
  for (const example of examples) for (let i = 0; i < 30; i++) await answer(example);
  for (const example of examples) {
    const size = await answer(example);
    for (const connections of connectionCounts) {
      const results = [];
      for (let r = 0; r < runs; r++) results.push(await load(example, connections));
      const p50 = median(results.map((x) => x.p50));
      const p95 = median(results.map((x) => x.p95));
      const rps = median(results.map((x) => x.rps));
      const errors = results.reduce((n, x) => n + x.errors, 0);
      rows.push(
        `| ${graph} | ${example.name} | ${size} | ${connections} | ${p50.toFixed(1)} | ${p95.toFixed(1)} | ${rps.toFixed(0)} | ${errors} |`,
      );
      process.stdout.write(`  ${rows.at(-1)}  load ${loadavg()[0]?.toFixed(2)}\n`);
    }
  }
  return rows;
}

/** How many articles the graph holds now. */
async function articleCount(): Promise<number> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ articles { totalCount } }' }),
  });
  return ((await response.json()) as { data: { articles: { totalCount: number } } }).data.articles.totalCount;
}

/** The 10,000 varied articles under this bench's own urls (not the ingest bench's, which may run too). */
async function benchArticles(count: number) {
  const articles = await varyArticles(FIXTURES, count, 11);
  return articles.map((a, i) => {
    const own = `${URL_PREFIX}${count}/${i}`;
    return {
      ...a,
      url: own,
      publisher: 'conflict-kg api bench',
      id: articleId({ url: own, title: a.title, body: a.body }),
    };
  });
}

const rows: string[] = [];
let extra: string[] = [];
try {
  await ingestArticles(readArticles([FIXTURES]), { executor: db.executor, resources });
  for (const graph of graphs) {
    if (graph !== 'fixtures' && graph !== 'current') {
      const articles = await benchArticles(Number(graph));
      extra = articles.map((a) => a.id);
      const t0 = performance.now();
      const summary = await ingestArticles(
        articles.map((article) => ({ where: article.url, article })),
        { executor: db.executor, resources },
        { concurrency: 4 },
      );
      process.stdout.write(
        `graph +${graph} articles: ${summary.created} written, ${summary.unchanged} already there, ${summary.failed} failed, ` +
          `${((performance.now() - t0) / 1000).toFixed(0)} s\n`,
      );
    }
    const label =
      graph === 'current'
        ? `${await articleCount()} articles`
        : graph === 'fixtures'
          ? 'fixtures'
          : `fixtures + ${graph}`;
    process.stdout.write(`${label}:\n`);
    rows.push(...(await measure(label)));
  }
} finally {
  if (extra.length > 0 && !keep) await deleteArticles(db.executor, extra);
  server.closeAllConnections();
  server.close();
  await db.close();
}
process.stdout.write(
  `\n| graph | query | answer | connections | p50 ms | p95 ms | req/s | errors |\n|---|---|---|---|---|---|---|---|\n${rows.join('\n')}\n` +
    `Target: p95 <= 25 ms per query at 10,000 articles, judged at 1 connection (docs/api.md, Speed).\n` +
    `Load average at the end: ${loadavg().map((x) => x.toFixed(2)).join(' ')}\n`,
);
