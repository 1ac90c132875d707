import { textHash } from '../article/ids.ts';
import type { ArticleInput } from '../extract/types.ts';
import { extractorFingerprint } from './extractor-fingerprint.ts';

/**
 * Bump when the graph model or the writer changes what an article becomes, so that the next ingest
 * rewrites articles instead of skipping them as unchanged.
 */
export const WRITER_VERSION = 1;

/**
 * The hash stored as Article.textHash: everything that shapes the article's facts (title, metadata,
 * body; the publication date moves relative dates) plus the writer version and the extractor's code
 * fingerprint. Equal hash, nothing to do.
 */
export function articleHash(article: ArticleInput, extractor: string = extractorFingerprint()): string {
  return textHash(
    JSON.stringify([
      WRITER_VERSION,
      extractor,
      article.title,
      article.published,
      article.url,
      article.publisher,
      article.body,
    ]),
  );
}
