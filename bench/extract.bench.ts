/**
 * `npm run bench:extract`: extractor throughput on one core for ~600-word articles, peak memory with the
 * gazetteer loaded, and gazetteer load time. Articles are built from the fixture texts (real prose,
 * paragraphs rotated and joined to ~600 words) so that names, quotes and figures are as dense as in
 * real news. Targets (issue 3): >= 200 articles/s, peak RSS <= 300 MB. The machine may be shared, so
 * besides wall-clock rate it reports articles per second of this process's CPU time (user + system,
 * GC helper threads included, so it errs low), which other processes on the machine barely move.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { articleId } from '../src/article/ids.ts';
import { loadResources } from '../src/cli/resources.ts';
import { createDoc } from '../src/extract/doc.ts';
import { PIPELINE, extract, type Resources } from '../src/extract/pipeline.ts';
import type { ArticleInput } from '../src/extract/types.ts';

const WORDS = 600;
const ARTICLES = 60;
const RUNS = 7;
const RUN_SECONDS = 1.5;
const LOAD_RUNS = 3;

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const range = (xs: number[]): string => `${Math.min(...xs).toFixed(0)} / ${Math.max(...xs).toFixed(0)}`;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Child mode: load the gazetteer in a fresh process and report how long it took. */
if (process.argv.includes('--load-only')) {
  const before = process.memoryUsage().rss;
  const { loadMs } = loadResources();
  const rss = process.memoryUsage().rss;
  process.stdout.write(JSON.stringify({ loadMs, rss, gazetteerRss: rss - before }));
  process.exit(0);
}

/**
 * Child mode: build the articles and print them as JSON. Reading the corpus loads the answer-key schema
 * (zod) and the HTML reader (linkedom, readability), which extraction never uses; loaded in the measured
 * process, their code and sources added ~35 MB to its RSS (docs/extractor.md, "Peak memory").
 */
if (process.argv.includes('--articles-only')) {
  const json = JSON.stringify(await buildArticles());
  // Exit only once the pipe has taken all of it (the JSON is larger than a pipe buffer).
  await new Promise((done) => process.stdout.write(json, done));
  process.exit(0);
}

/** ~600-word articles: each starts at a different fixture and paragraph and takes whole paragraphs. */
async function buildArticles(): Promise<ArticleInput[]> {
  const { readCorpus } = await import('../src/eval/corpus.ts');
  const corpus = await readCorpus(resolve(import.meta.dirname, '../fixtures/articles'));
  const paragraphs = corpus.map((c) => c.article.body.split(/\n\s*\n/).filter((p) => p.trim()));
  const out: ArticleInput[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    const first = corpus[i % corpus.length];
    if (!first) break;
    const parts: string[] = [];
    let n = 0;
    for (let k = 0; n < WORDS && k < 200; k++) {
      const doc = paragraphs[(i + Math.floor(k / 4)) % paragraphs.length] ?? [];
      const p = doc[(k + i) % Math.max(doc.length, 1)];
      if (!p) continue;
      parts.push(p);
      n += words(p);
    }
    const body = parts.join('\n\n');
    const { title, published, publisher } = first.article;
    out.push({ id: articleId({ url: null, title, body }), title, body, published, url: null, publisher });
  }
  return out;
}

function gazetteerLoad(): { ms: number[]; rss: number[]; own: number[] } {
  const ms: number[] = [];
  const rss: number[] = [];
  const own: number[] = [];
  for (let i = 0; i < LOAD_RUNS; i++) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--load-only'], {
      encoding: 'utf8',
    });
    const r = JSON.parse(out) as { loadMs: number; rss: number; gazetteerRss: number };
    ms.push(r.loadMs);
    rss.push(r.rss);
    own.push(r.gazetteerRss);
  }
  return { ms, rss, own };
}

/** The bench articles, built in a short-lived child process (see `--articles-only`). */
function childArticles(): ArticleInput[] {
  const out = execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--articles-only'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out) as ArticleInput[];
}

/** Median milliseconds per article spent in each pipeline component, to show where the time goes. */
function componentTimes(articles: readonly ArticleInput[], resources: Resources): Array<[string, number]> {
  const samples = new Map<string, number[]>(PIPELINE.map(([name]) => [name, []]));
  for (let pass = 0; pass < 5; pass++) {
    const totals = new Map<string, number>();
    for (const a of articles) {
      const doc = createDoc(a);
      for (const [name, component] of PIPELINE) {
        const t = performance.now();
        component(doc, resources);
        totals.set(name, (totals.get(name) ?? 0) + performance.now() - t);
      }
    }
    for (const [name, ms] of totals) samples.get(name)?.push(ms / articles.length);
  }
  return [...samples].map(([name, ms]) => [name, median(ms)]);
}

async function main(): Promise<void> {
  const load = gazetteerLoad();
  const { resources } = loadResources();
  const articles = childArticles();
  const meanWords = articles.reduce((s, a) => s + words(a.body), 0) / articles.length;
  let peakHeap = process.memoryUsage().heapUsed;
  for (let w = 0; w < 3; w++) for (const a of articles) extract(a, resources);
  const rates: number[] = [];
  const cpuRates: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    let done = 0;
    const start = performance.now();
    const cpu = process.cpuUsage();
    while (performance.now() - start < RUN_SECONDS * 1000) {
      for (const a of articles) extract(a, resources);
      done += articles.length;
    }
    const used = process.cpuUsage(cpu);
    rates.push(done / ((performance.now() - start) / 1000));
    cpuRates.push(done / ((used.user + used.system) / 1e6));
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  const components = componentTimes(articles, resources);
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const rate = median(rates);
  const cpuRate = median(cpuRates);
  const rows: Array<[string, string, string]> = [
    ['articles/s wall (median)', rate.toFixed(0), rate >= 200 ? 'ok (>= 200)' : 'BELOW 200'],
    ['articles/s wall (min/max)', `${range(rates)}`, `${RUNS} runs of ${RUN_SECONDS}s`],
    ['articles/CPU-s (median)', cpuRate.toFixed(0), cpuRate >= 200 ? 'ok (>= 200)' : 'BELOW 200'],
    ['articles/CPU-s (min/max)', `${range(cpuRates)}`, "per second of this process's CPU time"],
    ['ms per article (median)', (1000 / rate).toFixed(2), `CPU ${(1000 / cpuRate).toFixed(2)} ms`],
    ['peak RSS', mb(peakRss), peakRss <= 300 * 1024 * 1024 ? 'ok (<= 300 MB)' : 'ABOVE 300 MB'],
    ['peak heap used', mb(peakHeap), ''],
    [
      'gazetteer load (median)',
      `${median(load.ms).toFixed(0)} ms`,
      `min ${Math.min(...load.ms).toFixed(0)} / max ${Math.max(...load.ms).toFixed(0)}, ${LOAD_RUNS} fresh processes`,
    ],
    ['RSS after load only', mb(median(load.rss)), 'code and gazetteer, no extraction yet'],
    ['RSS of the gazetteer', mb(median(load.own)), 'growth of RSS while it loads'],
  ];
  process.stdout.write(
    `Extractor benchmark: ${articles.length} articles of ${meanWords.toFixed(0)} words on average, one core (Node ${process.version})\n\n`,
  );
  for (const [k, v, note] of rows) process.stdout.write(`  ${k.padEnd(26)} ${v.padStart(12)}  ${note}\n`);
  process.stdout.write('\n  per component (median ms per article)\n');
  for (const [name, ms] of components)
    process.stdout.write(`    ${name.padEnd(24)} ${ms.toFixed(3).padStart(12)}\n`);
}

await main();
