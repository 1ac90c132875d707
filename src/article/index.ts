/** Reading inputs: text, HTML (readability), JSON and JSONL articles; normalisation; ids. */
export { readArticleFile } from './read-file.ts';
export { readArticles, type ReadResult } from './read-articles.ts';
export { toArticleInput, type ArticleOverrides, type RawArticle } from './article-input.ts';
export { articleFromObject } from './json-article.ts';
export { normalizeText } from './normalize.ts';
export { articleId, normalizeUrl, textHash } from './ids.ts';
export { MAX_ARTICLE_BYTES } from './validate.ts';
