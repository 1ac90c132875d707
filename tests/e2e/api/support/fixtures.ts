import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticles } from '../../../../src/article/read-articles.ts';
import { loadResources } from '../../../../src/cli/resources.ts';
import { FIXTURES_DIR } from '../../../../src/cli/fixtures.ts';
import type { Executor } from '../../../../src/graph/executor.ts';
import { ingestArticles } from '../../../../src/ingest/ingest-service.ts';

/**
 * Loads the fixture articles through the production path (the reader and the ingest service that
 * `conflict-kg fixtures load` uses). `force` (the default) rewrites them so the graph reflects today's
 * extractor even when an older run stored the same hashes; files that only need some data pass false. Idempotent, and shared with other test files, so it is not
 * deleted afterwards: the graph is left as `fixtures load` leaves it.
 */
export async function loadFixtures(executor: Executor, options: { force?: boolean } = {}): Promise<void> {
  const { resources } = loadResources();
  const force = options.force ?? true;
  const summary = await ingestArticles(
    readArticles([FIXTURES_DIR]),
    { executor, resources },
    { force, concurrency: 2 },
  );
  if (summary.failed > 0) throw new Error(`fixtures failed to load: ${JSON.stringify(summary.failures)}`);
}

/** A fixture's answer key (fixtures/README.md), to compare the API's answers with the annotators'. */
export interface GoldEvent {
  type: string;
  date: string | null;
  place: string | null;
  placeAlternatives: string[];
  country: string | null;
  killed: { min: number | null; max: number | null } | null;
  injured: { min: number | null; max: number | null } | null;
  claimedBy: string[];
  perpetrators: string[];
}

export interface GoldStatement {
  speaker: string;
  kind: string;
  quote: string;
  place: string | null;
  date: string | null;
}

export interface Gold {
  meta: { title: string; published: string; publisher: string };
  events: GoldEvent[];
  statements: GoldStatement[];
}

export function goldOf(fixture: string): Gold {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, `${fixture}.json`), 'utf8')) as Gold;
}

/** The seed article: the project's founding example. */
export const SEED = 'vice-2016-syria-ceasefire';

/** The graph ids of the fixture articles, as the production reader derives them. */
export async function fixtureArticleIds(): Promise<string[]> {
  const ids: string[] = [];
  for await (const result of readArticles([FIXTURES_DIR])) if (result.article) ids.push(result.article.id);
  return ids;
}

/** The graph id of one fixture article (e.g. SEED), so a test can keep to it in a shared database. */
export async function fixtureArticleId(fixture: string): Promise<string> {
  for await (const result of readArticles([join(FIXTURES_DIR, `${fixture}.txt`)]))
    if (result.article) return result.article.id;
  throw new Error(`fixture ${fixture} is not readable`);
}
