import type { Extraction } from '../extract/types.ts';
import { z } from 'zod';
import { entityLookups, resolveEntities, type EntityCandidate } from './entity-resolution.ts';
import type { Executor, WriteCounters } from './executor.ts';
import { withImplicitEntities } from './implicit-entities.ts';
import { oneWordAbsorptions, oneWordLookups } from './one-word-people.ts';
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
 * Writes one article and everything extracted from it in ONE write transaction of two statements:
 * the first locks the article (so concurrent ingests of the same article queue) and reads the
 * candidate entities; entities are resolved; the second locks the entities in id order, removes the
 * article's old facts (when it changed) and MERGEs every batch by id.
 * A failure anywhere rolls back all of it. The driver retries the whole function on transient errors
 * (deadlocks, leader switches), which is why it has no side effects outside the transaction.
 */
export function writeArticle(
  executor: Executor,
  article: ArticleRecord,
  extraction: Extraction,
  options: WriteOptions = {},
): Promise<WriteOutcome> {
  let attempts = 0;
  const full = withImplicitEntities(extraction, article.body);
  const lookups = [...entityLookups(full), ...oneWordLookups(full)].map((l) => ({ label: l.label, query: exactTerm(l.key) }));
  return executor.writeTransaction(async (tx) => {
    attempts++;
    const counters = zeroCounters();
    const locked = await tx.runCounted('ingest/lock-article', { articleId: article.id, find: { lookups } });
    const previousHash = (locked.rows[0]?.previousHash ?? null) as string | null;
    if (previousHash === article.textHash && !options.force) {
      return { articleId: article.id, status: 'unchanged' as const, counters, attempts };
    }
    addCounters(counters, locked.counters);
    const candidates = parseCandidates(locked.rows[0]?.candidates);
    const resolution = resolveEntities(full, candidates);
    const { articleId, article: articleRow, lockIds, ...batches } = toParams(article, full, resolution);
    const absorb = oneWordAbsorptions(full, resolution, candidates);
    // Old facts are removed inside the write statement, after the locks on every entity the old and
    // the new version touch (and the one-word people folded into a full name).
    const oldIds = z.array(z.string()).catch([]).parse(locked.rows[0]?.mentionedIds);
    const locks = [...new Set([...lockIds, ...oldIds, ...absorb.map((a) => a.fromId)])].sort();
    const batch = { ...batches, absorb, lockIds: locks };
    addCounters(counters, (await tx.runCounted('ingest/write-article', { articleId, article: articleRow, batch })).counters);
    const status = previousHash === null ? ('created' as const) : ('replaced' as const);
    return { articleId: article.id, status, counters, attempts };
  }, 'ingest/article');
}

/**
 * Keys are folded (letters, digits, single spaces); double quotes make each one exact term for the
 * keyword analyzer. Escaping is defensive, for keys that might one day hold a quote or backslash.
 */
function exactTerm(key: string): string {
  return `"${key.replace(/["\\]/g, '\\$&')}"`;
}

const candidateRow = z.object({
  id: z.string(),
  label: z.enum(['Person', 'Organization', 'Place']),
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
