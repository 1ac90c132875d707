import type { ReadResult } from '../../src/article/read-articles.ts';
import { articleId } from '../../src/article/ids.ts';
import { loadResources } from '../../src/cli/resources.ts';
import type { Resources } from '../../src/extract/pipeline.ts';
import type { ArticleInput } from '../../src/extract/types.ts';
import { testToken } from './test-token.ts';

let resources: Resources | undefined;

/** The extractor's resources (the gazetteer), loaded once per test file. */
export function testResources(): Resources {
  resources ??= loadResources().resources;
  return resources;
}

/**
 * The same article under a url (and so an id) of this test run's own, so a test can ingest a fixture
 * and delete it again without touching the copy other suites or `fixtures load` wrote.
 */
export function asTestArticle(article: ArticleInput, label = 'article'): ArticleInput {
  const url = `https://tests.invalid/${label}/${testToken()}`;
  return { ...article, url, publisher: 'conflict-kg tests', id: articleId({ url, title: article.title, body: article.body }) };
}

/** Made-up text as an article read from nowhere in particular. */
export function madeUpArticle(title: string, body: string, published = '2021-03-04'): ArticleInput {
  const url = `https://tests.invalid/made-up/${testToken()}`;
  return { id: articleId({ url, title, body }), title, body, published, url, publisher: 'conflict-kg tests' };
}

export function asReadResults(articles: ArticleInput[]): ReadResult[] {
  return articles.map((article) => ({ where: article.url ?? article.id, article }));
}
