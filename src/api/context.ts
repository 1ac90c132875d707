import type { Logger } from 'pino';
import type { ReadExecutor } from '../graph/repositories/read-executor.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/** What `ingestArticle` needs: the same pipeline as `conflict-kg ingest`, for one article object. */
export interface ArticleIngester {
  /** `article` has the JSONL fields (title, text or html, url, publisher, published). */
  ingest(article: Record<string, unknown>): Promise<{ articleId: string; changed: boolean }>;
}

/** Per-request context: the executor, this request's loaders, the caller's bearer token. */
export interface ApiContext {
  db: ReadExecutor;
  loaders: Loaders;
  logger: Logger;
  /** The token from `Authorization: Bearer <token>`, or null. */
  bearerToken: string | null;
  /** The server's API_TOKEN; null disables mutations. */
  apiToken: string | null;
  ingester: ArticleIngester | null;
}

export function bearerTokenOf(request: Request): string | null {
  const header = request.headers.get('authorization');
  const m = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return m?.[1] ?? null;
}

export function createContext(options: {
  db: ReadExecutor;
  logger: Logger;
  request: Request;
  apiToken: string | null;
  ingester: ArticleIngester | null;
}): ApiContext {
  return {
    db: options.db,
    loaders: createLoaders(options.db),
    logger: options.logger,
    bearerToken: bearerTokenOf(options.request),
    apiToken: options.apiToken,
    ingester: options.ingester,
  };
}
