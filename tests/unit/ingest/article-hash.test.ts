import { describe, expect, it } from 'vitest';
import { articleHash } from '../../../src/ingest/article-hash.ts';
import { buildArticle } from '../../support/build-extraction.ts';

describe('articleHash', () => {
  const article = buildArticle({ url: 'https://example.invalid/h', body: 'Shelling hit a market on Monday.' });

  it('is the same for the same article', () => {
    expect(articleHash({ ...article })).toBe(articleHash(article));
  });

  it('changes with the body and with the metadata that shapes the facts', () => {
    const base = articleHash(article);
    expect(articleHash({ ...article, body: `${article.body} More.` })).not.toBe(base);
    expect(articleHash({ ...article, published: '2020-01-03' })).not.toBe(base);
    expect(articleHash({ ...article, title: 'Another title' })).not.toBe(base);
  });
});
