import { performance } from 'node:perf_hooks';
import type { ReadResult } from '../article/read-articles.ts';
import { BadArticleError, DatabaseAuthError, DatabaseUnavailableError, isAppError } from '../errors.ts';
import { extract, type Resources } from '../extract/pipeline.ts';
import type { ArticleInput, Extraction } from '../extract/types.ts';
import { storedHashes, writeArticle } from '../graph/article-writer.ts';
import type { Executor } from '../graph/executor.ts';
import { addCounters, zeroCounters } from '../graph/write-counters.ts';
import { articleHash } from './article-hash.ts';
import { runPool } from './pool.ts';
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from './retry.ts';
import type { IngestProgress, IngestSummary } from './summary.ts';

export interface IngestDeps {
  executor: Executor;
  resources: Resources;
  /** The extractor; tests and the benchmark pass the real one, which is also the default. */
  extractFn?: (article: ArticleInput, resources: Resources) => Extraction;
}

export interface IngestOptions {
  /** Articles in flight at once (extraction overlaps the database round trips). */
  concurrency?: number;
  /** Rewrite articles whose stored hash is unchanged. */
  force?: boolean;
  /** Articles per hash lookup; also the unit of work handed to the pool. */
  chunkSize?: number;
  retry?: RetryPolicy;
  /** Number of inputs, when the caller knows it (for a progress bar). */
  total?: number | null;
  onProgress?: (progress: IngestProgress) => void;
  onRetry?: (message: string) => void;
}

interface Pending {
  where: string;
  article: ArticleInput;
  hash: string;
}

/**
 * Read results in, graph out: each article is extracted and written in its own transaction; unchanged
 * articles (same hash) are skipped before extraction; an article that fails (bad input, extractor
 * error, rejected write) is recorded with where it came from and the rest go on. A database that stays
 * unreachable, or refuses the password, stops the whole run with that error, since every further
 * article would fail the same way.
 */
export async function ingestArticles(
  inputs: AsyncIterable<ReadResult> | Iterable<ReadResult>,
  deps: IngestDeps,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const started = performance.now();
  const extractFn = deps.extractFn ?? extract;
  const retry = options.retry ?? DEFAULT_RETRY;
  const onRetry = (e: DatabaseUnavailableError, attempt: number, ms: number): void =>
    options.onRetry?.(`${e.message} (attempt ${attempt}/${retry.attempts}, retrying in ${Math.round(ms)} ms)`);
  const summary: IngestSummary = {
    inputs: 0, created: 0, replaced: 0, unchanged: 0, failed: 0,
    counters: zeroCounters(), failures: [], retried: 0, elapsedMs: 0, extractMs: 0,
  };
  const progress = (): void =>
    options.onProgress?.({ done: summary.created + summary.replaced + summary.unchanged + summary.failed, total: options.total ?? null, failed: summary.failed });
  const fail = (where: string, reason: string): void => {
    summary.failed++;
    summary.failures.push({ where, reason });
  };
  let fatal: unknown = null;

  const processOne = async (item: Pending): Promise<void> => {
    if (fatal) return;
    try {
      const t0 = performance.now();
      let extraction: Extraction;
      try {
        extraction = extractFn(item.article, deps.resources);
      } finally {
        summary.extractMs += performance.now() - t0;
      }
      const record = { ...item.article, textHash: item.hash };
      const outcome = await withRetry(() => writeArticle(deps.executor, record, extraction, { force: options.force }), retry, onRetry);
      summary[outcome.status]++;
      summary.retried += outcome.attempts - 1;
      addCounters(summary.counters, outcome.counters);
    } catch (error) {
      if (error instanceof DatabaseUnavailableError || error instanceof DatabaseAuthError) {
        fatal ??= error;
        return;
      }
      fail(item.where, reasonOf(error));
    }
    progress();
  };

  const chunkSize = options.chunkSize ?? 64;
  for await (const chunk of chunks(inputs, chunkSize)) {
    const pending: Pending[] = [];
    for (const result of chunk) {
      summary.inputs++;
      if (result.article) pending.push({ where: result.where, article: result.article, hash: articleHash(result.article) });
      else {
        fail(result.where, result.error ? reasonOf(result.error) : 'unreadable input');
        progress();
      }
    }
    const stored = await withRetry(() => storedHashes(deps.executor, pending.map((p) => p.article.id)), retry, onRetry);
    const toWrite = pending.filter((p) => options.force || stored.get(p.article.id) !== p.hash);
    summary.unchanged += pending.length - toWrite.length;
    if (toWrite.length < pending.length) progress();
    await runPool(toWrite, options.concurrency ?? 4, processOne);
    if (fatal) throw fatal;
  }
  summary.elapsedMs = performance.now() - started;
  return summary;
}

/** The message a user reads: a typed error's message already names the file or statement. */
function reasonOf(error: unknown): string {
  // A BadArticleError's message starts with its `where`, which the failure lists separately.
  if (error instanceof BadArticleError && error.message.startsWith(`${error.where}: `)) {
    return error.message.slice(error.where.length + 2);
  }
  if (isAppError(error)) return error.message;
  return `extraction or write failed: ${error instanceof Error ? error.message : String(error)}`;
}

async function* chunks<T>(items: AsyncIterable<T> | Iterable<T>, size: number): AsyncIterable<T[]> {
  let chunk: T[] = [];
  for await (const item of items) {
    chunk.push(item);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}
