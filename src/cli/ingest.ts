import { readArticles, type ReadResult } from '../article/read-articles.ts';
import { loadConfig } from '../config.ts';
import { UserInputError } from '../errors.ts';
import { openDatabase } from '../graph/database.ts';
import { migrate } from '../graph/migrate.ts';
import { ingestArticles } from '../ingest/ingest-service.ts';
import { parseCommandArgs } from './args.ts';
import { formatSummary, progressBar } from './ingest-report.ts';
import { loadResources } from './resources.ts';

const USAGE = `Usage: conflict-kg ingest PATH... [--concurrency N] [--force]

Reads articles (files or folders, recursively: .txt, .html, .json, .jsonl), extracts them and writes
them into the configured Neo4j, one transaction per article. Unchanged articles are skipped.
  --concurrency N   articles in flight at once (default 4)
  --force           rewrite articles even when unchanged (e.g. after the extractor improved)
Exit status 1 when any article failed; the summary lists each with its file (or file:line) and reason.
`;

export interface IngestRunOptions {
  concurrency: number;
  force: boolean;
}

/** Reads, extracts and writes; prints progress (on a terminal) and the summary. Returns the exit code. */
export async function runIngest(paths: string[], options: IngestRunOptions): Promise<number> {
  const config = loadConfig();
  const inputs: ReadResult[] = [];
  for await (const result of readArticles(paths)) inputs.push(result);
  const db = await openDatabase(config);
  try {
    await migrate(db.executor);
    const { resources } = loadResources();
    const summary = await ingestArticles(
      inputs,
      { executor: db.executor, resources },
      {
        concurrency: options.concurrency,
        force: options.force,
        total: inputs.length,
        onProgress: process.stderr.isTTY ? progressBar(process.stderr) : undefined,
        onRetry: (message) => process.stderr.write(`\nwarning: ${message}\n`),
      },
    );
    process.stdout.write(formatSummary(summary));
    return summary.failed > 0 ? 1 : 0;
  } finally {
    await db.close();
  }
}

/** `conflict-kg ingest PATH... [--concurrency N] [--force]` */
export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    argv,
    { concurrency: { type: 'string', default: '4' }, force: { type: 'boolean', default: false } },
    USAGE,
  );
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UserInputError(`ingest needs at least one PATH\n\n${USAGE}`);
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
    throw new UserInputError(`--concurrency must be a whole number from 1 to 64, got "${values.concurrency}"`);
  }
  return runIngest(positionals, { concurrency, force: values.force });
}
