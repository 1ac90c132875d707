import { describe, expect, it } from 'vitest';
import { articleId, normalizeUrl, textHash } from '../../../src/article/ids.ts';

describe('article ids', () => {
  it('normalises a URL: https, host case, www, fragment, tracking parameters, trailing slash', () => {
    expect(normalizeUrl('HTTP://WWW.Example.com/news/story-1/?utm_source=x&b=2&a=1#top')).toBe(
      'https://example.com/news/story-1?a=1&b=2',
    );
  });

  it('gives the same id to two spellings of one URL, whatever the text', () => {
    const a = articleId({ url: 'http://example.com/a/1?utm_medium=rss', title: 'One', body: 'x' });
    const b = articleId({ url: 'https://www.example.com/a/1', title: 'Two', body: 'y' });
    expect(a).toBe(b);
    expect(a).toMatch(/^a-[0-9a-f]{16}$/);
  });

  it('derives the id from title and body when there is no URL', () => {
    const a = articleId({ url: null, title: 'Talks resume', body: 'The talks resumed.' });
    expect(articleId({ url: null, title: 'Talks resume', body: 'The talks resumed.' })).toBe(a);
    expect(articleId({ url: null, title: 'Talks resume', body: 'The talks stalled.' })).not.toBe(a);
  });

  it('hashes the body with sha-256', () => {
    expect(textHash('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
