/**
 * `npm run bench:ingest`: end-to-end ingest (extraction + one write transaction per article) into the
 * configured Neo4j, for 1,000 and 10,000 articles varied from the real fixtures (people renamed from
 * other fixtures' first names and surnames, places swapped, figures and dates changed), each size run
 * first into an empty slice of the graph and then again (every article unchanged: the idempotent
 * path). Reports articles/s and graph elements (nodes + relationships created)/s, the median of
 * BENCH_RUNS runs for 1,000 (default 3) and BENCH_RUNS_LARGE for 10,000 (default 1), and ms per article for the slowdown
 * check. The bench articles carry their own url prefix and publisher and are deleted afterwards in
 * batches, so a database shared with others is left as it was.
 *
 * Options (environment): BENCH_SIZES=1000,10000  BENCH_RUNS=3  BENCH_CONCURRENCY=6  BENCH_WARMUP=1000
 * BENCH_RUNS_LARGE=1 (runs for 10,000 and more)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadResources } from '../src/cli/resources.ts';
import { PROJECT_ROOT, loadConfig } from '../src/config.ts';
import type { ArticleInput } from '../src/extract/types.ts';
import { deleteArticles } from '../src/graph/article-deleter.ts';
import { openDatabase } from '../src/graph/database.ts';
import { migrate } from '../src/graph/migrate.ts';
import { layoutOf } from '../src/neo4j-local/layout.ts';
import { ingestArticles } from '../src/ingest/ingest-service.ts';
import type { IngestSummary } from '../src/ingest/summary.ts';
import { varyArticles } from './support/vary-articles.ts';

const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 6);
const warmup = Number(process.env.BENCH_WARMUP ?? 1000);
const runsLarge = Number(process.env.BENCH_RUNS_LARGE ?? 1);

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/**
 * CPU time (ms) of the local Neo4j server, from /proc, when it runs on this machine. On a shared
 * machine wall-clock rates say more about the neighbours than about the code; CPU ms per article of
 * this process plus the server's does not (the server's figure includes whatever else it served, so
 * it errs high). `jitMs` is the part its JIT compiler threads used: a one-off cost of a young server
 * (tens of thousands of methods compiled over its first 10,000 articles), not work per article.
 */
function neo4jCpuMs(): { pid: string; ms: number; jitMs: number } | null {
  const pidFile = layoutOf(config).pidFile;
  if (!existsSync(pidFile)) return null;
  try {
    const pid = readFileSync(pidFile, 'utf8').trim();
    let jitMs = 0;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const stat = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
      if (/\(C[12] CompilerThre/.test(stat)) jitMs += cpuOfStat(stat);
    }
    return { pid, ms: cpuOfStat(readFileSync(`/proc/${pid}/stat`, 'utf8')), jitMs };
  } catch {
    return null;
  }
}

/** utime + stime (USER_HZ 100) of a /proc stat line, in ms. */
function cpuOfStat(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

function ownCpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

interface RunResult {
  /** CPU ms per article in the first run: this process, and the Neo4j server (null if not local). */
  ownCpu: number;
  serverCpu: number | null;
  /** The part of serverCpu its JIT compiler threads used. */
  serverJit: number | null;
  firstS: number;
  rerunS: number;
  elements: number;
  extractMsPerArticle: number;
  failed: number;
  retried: number;
}

const config = loadConfig();
const db = await openDatabase(config);
await migrate(db.executor);
const { resources, loadMs } = loadResources();
const cpus = (await import('node:os')).cpus().length;
process.stdout.write(
  `bench:ingest into ${db.uri} (${db.serverAgent}), ${cpus} CPUs, concurrency ${concurrency}; gazetteer loaded in ${loadMs.toFixed(0)} ms\n`,
);

async function oneRun(articles: ArticleInput[]): Promise<RunResult> {
  const ids = articles.map((a) => a.id);
  await deleteArticles(db.executor, ids);
  try {
    return await measure(articles);
  } finally {
    // Also after a failure, so an interrupted run leaves nothing behind.
    await deleteArticles(db.executor, ids);
  }
}

async function measure(articles: ArticleInput[]): Promise<RunResult> {
  const inputs = articles.map((article) => ({ where: article.url ?? article.id, article }));
  const t0 = performance.now();
  const [own0, server0] = [ownCpuMs(), neo4jCpuMs()];
  const first: IngestSummary = await ingestArticles(
    inputs,
    { executor: db.executor, resources },
    { concurrency },
  );
  const firstS = (performance.now() - t0) / 1000;
  const [own1, server1] = [ownCpuMs(), neo4jCpuMs()];
  const ownCpu = (own1 - own0) / articles.length;
  // A server restarted during the run (another pid) gives no figure.
  const sameServer = server0 && server1 && server0.pid === server1.pid;
  const serverCpu = sameServer ? (server1.ms - server0.ms) / articles.length : null;
  const serverJit = sameServer ? (server1.jitMs - server0.jitMs) / articles.length : null;
  const t1 = performance.now();
  const again = await ingestArticles(inputs, { executor: db.executor, resources }, { concurrency });
  const rerunS = (performance.now() - t1) / 1000;
  if (again.unchanged !== articles.length - first.failed) {
    throw new Error(
      `re-run was not idempotent: ${JSON.stringify({ ...again, failures: again.failures.slice(0, 3) })}`,
    );
  }
  if (again.counters.nodesCreated + again.counters.relationshipsCreated !== 0)
    throw new Error('re-run created graph elements');
  for (const f of first.failures.slice(0, 5)) process.stdout.write(`  failure: ${f.where}: ${f.reason}\n`);
  return {
    ownCpu,
    serverCpu,
    serverJit,
    firstS,
    rerunS,
    elements: first.counters.nodesCreated + first.counters.relationshipsCreated,
    extractMsPerArticle: first.extractMs / Math.max(1, first.created),
    failed: first.failed,
    retried: first.retried,
  };
}

try {
  // A freshly started server's JIT compiler is busy for its first few thousand articles (tens of
  // thousands of methods compiled on 2 cores; 300 articles left it at a third of the server's CPU): a
  // warm-up set of other articles, written and deleted again, keeps most of that one-off cost out of the
  // figures, and the JIT's remaining share is printed. BENCH_WARMUP=0 measures a cold server.
  if (warmup > 0) {
    const t = performance.now();
    const set = await varyArticles(resolve(PROJECT_ROOT, 'fixtures/articles'), warmup, 99);
    await oneRun(set);
    process.stdout.write(
      `  warm-up: ${warmup} other articles written and deleted in ${((performance.now() - t) / 1000).toFixed(1)} s\n`,
    );
  }
  const rows: string[] = [];
  for (const size of sizes) {
    const articles = await varyArticles(resolve(PROJECT_ROOT, 'fixtures/articles'), size);
    const results: RunResult[] = [];
    const n = size >= 10_000 ? runsLarge : runs;
    for (let r = 0; r < n; r++) {
      const result = await oneRun(articles);
      results.push(result);
      process.stdout.write(
        `  ${size} articles, run ${r + 1}/${n}: first ${result.firstS.toFixed(1)} s, re-run ${result.rerunS.toFixed(1)} s, ` +
          `${result.elements} elements, extraction ${result.extractMsPerArticle.toFixed(1)} ms/article, ${result.failed} failed, ` +
          `retried ${result.retried}, CPU per article: ingest ${result.ownCpu.toFixed(1)} ms + Neo4j ${result.serverCpu?.toFixed(1) ?? '?'} ms ` +
          `(of which JIT compiler ${result.serverJit?.toFixed(1) ?? '?'} ms)\n`,
      );
    }
    const firstS = median(results.map((r) => r.firstS));
    const rerunS = median(results.map((r) => r.rerunS));
    const elements = median(results.map((r) => r.elements));
    const cpu = median(results.map((r) => r.ownCpu + (r.serverCpu ?? 0)));
    const jit = median(results.map((r) => r.serverJit ?? 0));
    rows.push(
      `| ${size.toLocaleString('en')} | ${firstS.toFixed(1)} s | ${(size / firstS).toFixed(0)} | ${((firstS * 1000) / size).toFixed(2)} | ` +
        `${(elements / firstS).toFixed(0)} | ${rerunS.toFixed(1)} s | ${(size / rerunS).toFixed(0)} | ${cpu.toFixed(1)} | ${jit.toFixed(1)} | ` +
        `${((cpus * 1000) / cpu).toFixed(0)} | ${n} |`,
    );
  }
  process.stdout.write(
    `\n| articles | first run | articles/s | ms/article | elements/s | re-run | re-run articles/s | CPU ms/article (ingest + Neo4j) | of which Neo4j JIT | articles/s the CPUs allow | runs (median) |\n` +
      `|---|---|---|---|---|---|---|---|---|---|---|\n${rows.join('\n')}\n` +
      `Target: >= 100 articles/s end to end, and ms/article at 10,000 no higher than at 1,000.\n`,
  );
} finally {
  await db.close();
}
