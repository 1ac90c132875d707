import { articleFromObject } from '../article/json-article.ts';
import { BadArticleError } from '../errors.ts';
import type { Resources } from '../extract/pipeline.ts';
import { loadGazetteer } from '../gazetteer/load.ts';
import type { Executor } from '../graph/executor.ts';
import { ingestArticles } from '../ingest/ingest-service.ts';
import type { ArticleIngester } from './context.ts';

/** Where a mutation's article "comes from", for error messages. */
const WHERE = 'input';

/**
 * `ingestArticle`'s pipeline: the JSONL article reader, then the same ingest service as
 * `conflict-kg ingest` (extraction, one write transaction, hash check). The gazetteer loads on the first
 * mutation, not at start-up, so a read-only server starts fast.
 */
export function createIngester(executor: Executor, resources?: () => Resources): ArticleIngester {
  let loaded: Resources | undefined;
  const getResources = resources ?? (() => (loaded ??= { gazetteer: loadGazetteer() }));
  return {
    async ingest(object) {
      const article = articleFromObject(object, WHERE);
      const summary = await ingestArticles([{ where: WHERE, article }], {
        executor,
        resources: getResources(),
      });
      const failure = summary.failures[0];
      if (failure) throw new BadArticleError(WHERE, failure.reason);
      return { articleId: article.id, changed: summary.created + summary.replaced > 0 };
    },
  };
}
