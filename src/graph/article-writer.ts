import type { Extraction } from '../extract/types.ts';
import { z } from 'zod';
import { entityLookups, resolveEntities, type EntityCandidate } from './entity-resolution.ts';
import type { Executor, WriteCounters } from './executor.ts';
import { withImplicitEntities } from './implicit-entities.ts';
import { oneWordAbsorptions, oneWordLookups } from './one-word-people.ts';
import { sortLocks } from './row-order.ts';
import { toParams, type ArticleRecord } from './to-params.ts';
import { addCounters, zeroCounters } from './write-counters.ts';

/** What happened to one article: written for the first time, replaced, or left alone (same hash). */
export type WriteStatus = 'created' | 'replaced' | 'unchanged';

export interface WriteOutcome {
  articleId: string;
  status: WriteStatus;
  counters: WriteCounters;
  /** Times the transaction ran: more than 1 when the driver retried it after a transient error. */
  attempts: number;
}

export interface WriteOptions {
  /** Rewrite even when the stored hash equals the article's (e.g. after the extractor improved). */
  force?: boolean;
}

/** The stored hash of each of these articles that is in the graph (one round trip for a batch). */
export async function storedHashes(executor: Executor, ids: string[]): Promise<Map<string, string | null>> {
  const rows = await executor.read('ingest/article-hashes', { ids });
  return new Map(rows.map((r) => [String(r.id), r.textHash === null ? null : String(r.textHash)]));
}

/**
 * Writes one article and everything extracted from it in ONE write transaction: the first statement
 * locks the article (so concurrent ingests of the same article queue) and reads the candidate
 * entities; entities are resolved; a changed article's old facts are removed (a second statement, only
 * then); the write statement locks the entities in id order and writes every batch; one-word people of
 * earlier articles that this article's full names explain are folded in (a last statement, only then).
 * A new article, the common case, is two statements. A failure anywhere rolls back all of it. The
 * driver retries the whole function on transient errors (deadlocks, leader switches), which is why it
 * has no side effects outside the transaction.
 */
export function writeArticle(
  executor: Executor,
  article: ArticleRecord,
  extraction: Extraction,
  options: WriteOptions = {},
): Promise<WriteOutcome> {
  let attempts = 0;
  const full = withImplicitEntities(extraction, article.body);
  const find = lookupQuery([...entityLookups(full), ...oneWordLookups(full)].map((l) => l.key));
  return executor.writeTransaction(async (tx) => {
    attempts++;
    const counters = zeroCounters();
    const locked = await tx.runCounted('ingest/lock-article', { articleId: article.id, find });
    const previousHash = (locked.rows[0]?.previousHash ?? null) as string | null;
    if (previousHash === article.textHash && !options.force) {
      return { articleId: article.id, status: 'unchanged' as const, counters, attempts };
    }
    addCounters(counters, locked.counters);
    const candidates = parseCandidates(locked.rows[0]?.candidates);
    const resolution = resolveEntities(full, candidates);
    const { articleId, article: articleRow, locks: newLocks, ...batches } = toParams(article, full, resolution);
    const absorb = oneWordAbsorptions(full, resolution, candidates);
    // Every entity the old and the new version touch, and the one-word people folded into a full
    // name, locked in one order.
    const oldLocks = z.array(lockRow).catch([]).parse(locked.rows[0]?.mentioned);
    const locks = sortLocks([...newLocks, ...oldLocks, ...absorb.map((a) => ({ id: a.fromId, label: 'Person' as const }))]);
    if (previousHash !== null) {
      addCounters(counters, (await tx.runCounted('ingest/replace-article-facts', { articleId, locks })).counters);
    }
    const batch = { ...batches, locks };
    addCounters(counters, (await tx.runCounted('ingest/write-article', { articleId, article: articleRow, batch })).counters);
    if (absorb.length > 0) addCounters(counters, (await tx.runCounted('ingest/absorb-people', { absorb })).counters);
    const status = previousHash === null ? ('created' as const) : ('replaced' as const);
    return { articleId: article.id, status, counters, attempts };
  }, 'ingest/article');
}

/**
 * All name keys as one full-text query ("k1" OR "k2" ...), with room for 50 hits per key. Keys are
 * folded (letters, digits, single spaces); double quotes make each one exact term for the keyword
 * analyzer. Escaping is defensive, for keys that might one day hold a quote or backslash.
 */
function lookupQuery(keys: string[]): { query: string; limit: number } {
  const unique = [...new Set(keys.filter(Boolean))];
  return { query: unique.map(exactTerm).join(' OR '), limit: 50 * unique.length };
}

function exactTerm(key: string): string {
  return `"${key.replace(/["\\]/g, '\\$&')}"`;
}

const entityLabel = z.enum(['Person', 'Organization', 'Place']);
const lockRow = z.object({ id: z.string(), label: entityLabel });

const candidateRow = z.object({
  id: z.string(),
  label: entityLabel,
  name: z.string().nullable().catch(null),
  nameKeys: z.array(z.string()).nullable().catch(null),
  countryCode: z.string().nullable().catch(null),
  kind: z.string().nullable().catch(null),
});

/** Rows are parsed at the boundary: a malformed candidate is a bug in the statement, not data to trust. */
function parseCandidates(value: unknown): EntityCandidate[] {
  return z
    .array(candidateRow)
    .parse(value ?? [])
    .map((c) => ({ ...c, name: c.name ?? '', nameKeys: c.nameKeys ?? [] }));
}
