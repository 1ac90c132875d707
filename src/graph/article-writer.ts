import type { Extraction } from '../extract/types.ts';
import { entityLookups, resolveEntities, type EntityCandidate, type EntityLookup } from './entity-resolution.ts';
import type { Executor, Row, TxRunner, WriteCounters } from './executor.ts';
import { withImplicitEntities } from './implicit-entities.ts';
import { toParams, type ArticleRecord } from './to-params.ts';
import { addCounters, zeroCounters } from './write-counters.ts';
import type { ArticleParams } from './write-params.ts';

/** What happened to one article: written for the first time, replaced, or left alone (same hash). */
export type WriteStatus = 'created' | 'replaced' | 'unchanged';

export interface WriteOutcome {
  articleId: string;
  status: WriteStatus;
  counters: WriteCounters;
}

export interface WriteOptions {
  /** Rewrite even when the stored hash equals the article's (e.g. after the extractor improved). */
  force?: boolean;
}

/** The batches in write order; entities before the facts that point at them. */
const BATCHES: ReadonlyArray<readonly [keyof ArticleParams, string]> = [
  ['places', 'ingest/merge-places'],
  ['organizations', 'ingest/merge-organizations'],
  ['people', 'ingest/merge-people'],
  ['roles', 'ingest/merge-roles'],
  ['anonymous', 'ingest/merge-anonymous'],
  ['events', 'ingest/merge-events'],
  ['actorEdges', 'ingest/merge-event-actors'],
  ['casualties', 'ingest/merge-casualties'],
  ['statements', 'ingest/merge-statements'],
];

/** The stored hash of each of these articles that is in the graph (one round trip for a batch). */
export async function storedHashes(executor: Executor, ids: string[]): Promise<Map<string, string | null>> {
  const rows = await executor.read('ingest/article-hashes', { ids });
  return new Map(rows.map((r) => [String(r.id), r.textHash === null ? null : String(r.textHash)]));
}

/**
 * Writes one article and everything extracted from it in ONE write transaction: the article is locked
 * first (so concurrent ingests of the same article queue), its old facts are removed when it changed,
 * entities are resolved against the graph inside the same transaction, and every batch is MERGEd by id.
 * A failure anywhere rolls back all of it. The driver retries the whole function on transient errors
 * (deadlocks, leader switches), which is why it has no side effects outside the transaction.
 */
export function writeArticle(
  executor: Executor,
  article: ArticleRecord,
  extraction: Extraction,
  options: WriteOptions = {},
): Promise<WriteOutcome> {
  return executor.writeTransaction(async (tx) => {
    const counters = zeroCounters();
    const locked = await tx.runCounted('ingest/lock-article', { articleId: article.id });
    const previousHash = (locked.rows[0]?.previousHash ?? null) as string | null;
    if (previousHash === article.textHash && !options.force) {
      return { articleId: article.id, status: 'unchanged' as const, counters };
    }
    addCounters(counters, locked.counters);
    if (previousHash !== null) {
      addCounters(counters, (await tx.runCounted('ingest/delete-article-facts', { articleId: article.id })).counters);
    }
    const full = withImplicitEntities(extraction, article.body);
    const candidates = await findCandidates(tx, entityLookups(full));
    const params = toParams(article, full, resolveEntities(full, candidates));
    addCounters(counters, await runBatches(tx, params));
    return { articleId: article.id, status: previousHash === null ? ('created' as const) : ('replaced' as const), counters };
  }, 'ingest/article');
}

/**
 * The batches are sent without waiting for each other: Bolt runs them in order within the transaction,
 * and pipelining saves a round trip per statement.
 */
async function runBatches(tx: TxRunner, params: ArticleParams): Promise<WriteCounters> {
  const base = { articleId: params.articleId };
  const pending = [tx.runCounted('ingest/merge-article', { ...base, article: params.article })];
  for (const [field, statement] of BATCHES) {
    const rows = params[field];
    if (Array.isArray(rows) && rows.length > 0) pending.push(tx.runCounted(statement, { ...base, rows }));
  }
  const results = await Promise.all(pending);
  return results.reduce((sum, r) => addCounters(sum, r.counters), zeroCounters());
}

async function findCandidates(tx: TxRunner, lookups: EntityLookup[]): Promise<EntityCandidate[]> {
  if (lookups.length === 0) return [];
  // Keys are folded (letters, digits, single spaces); quoting makes each one exact term for the
  // keyword analyzer. Escaping is defensive, for keys that might one day hold a quote or backslash.
  const rows: Row[] = await tx.run('ingest/entity-candidates', {
    lookups: lookups.map((l) => ({ label: l.label, query: `"${l.key.replace(/["\\]/g, '\\$&')}"` })),
  });
  return rows.map((r) => ({
    id: String(r.id),
    label: r.label as EntityCandidate['label'],
    name: String(r.name ?? ''),
    nameKeys: Array.isArray(r.nameKeys) ? r.nameKeys.map(String) : [],
    countryCode: typeof r.countryCode === 'string' ? r.countryCode : null,
    kind: typeof r.kind === 'string' ? r.kind : null,
  }));
}
