import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleHash } from '../../../src/ingest/article-hash.ts';
import { fingerprintTree } from '../../../src/ingest/extractor-fingerprint.ts';
import { buildArticle } from '../../support/build-extraction.ts';

describe('articleHash', () => {
  const article = buildArticle({
    url: 'https://example.invalid/h',
    body: 'Shelling hit a market on Monday.',
  });

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

describe('fingerprintTree', () => {
  it('changes when a source file changes, and only then', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fingerprint-'));
    try {
      mkdirSync(join(dir, 'sub'));
      writeFileSync(join(dir, 'a.ts'), 'export const a = 1;\n');
      writeFileSync(join(dir, 'sub', 'b.ts'), 'export const b = 2;\n');
      const first = fingerprintTree([dir]);
      expect(fingerprintTree([dir])).toBe(first);
      writeFileSync(join(dir, 'sub', 'b.ts'), 'export const b = 3;\n');
      expect(fingerprintTree([dir])).not.toBe(first);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes single files too (the graph code that makes ids)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fingerprint-'));
    try {
      writeFileSync(join(dir, 'ids.ts'), 'export const titles = ["gen"];\n');
      const first = fingerprintTree([join(dir, 'ids.ts')]);
      writeFileSync(join(dir, 'ids.ts'), 'export const titles = ["gen", "prosecutor"];\n');
      expect(fingerprintTree([join(dir, 'ids.ts')])).not.toBe(first);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('makes the article hash differ between two extractor versions', () => {
    const article = buildArticle({ url: 'https://example.invalid/v', body: 'A blast hit a bus on Monday.' });
    expect(articleHash(article, 'extractor-one')).not.toBe(articleHash(article, 'extractor-two'));
  });
});
