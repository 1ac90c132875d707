import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { BadArticleError } from '../errors.ts';
import type { ArticleInput } from '../extract/types.ts';
import { toArticleInput, type ArticleOverrides, type RawArticle } from './article-input.ts';
import { parseHtmlArticle } from './html-article.ts';
import { parseTextArticle, type SidecarMeta } from './text-article.ts';
import { MAX_ARTICLE_BYTES, decodeArticleBytes } from './validate.ts';

export const TEXT_EXTENSIONS = new Set(['.txt']);
export const HTML_EXTENSIONS = new Set(['.html', '.htm']);

/** Reads a file's bytes, refusing a missing file or one over the size limit before loading it. */
export async function readArticleBytes(path: string): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new BadArticleError(path, 'not a file');
    size = info.size;
  } catch (cause) {
    if (cause instanceof BadArticleError) throw cause;
    throw new BadArticleError(path, 'no such file or not readable', { cause });
  }
  if (size > MAX_ARTICLE_BYTES) {
    throw new BadArticleError(path, `too large (${size} bytes; the limit is ${MAX_ARTICLE_BYTES})`);
  }
  return readFile(path);
}

/** The `meta` of `<same name>.json` beside a text file, when it is an answer key; else null. */
export async function readSidecarMeta(path: string): Promise<SidecarMeta | null> {
  const sidecar = path.slice(0, path.length - extname(path).length) + '.json';
  let text: string;
  try {
    text = await readFile(sidecar, 'utf8');
  } catch {
    return null;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    throw new BadArticleError(sidecar, 'malformed JSON in the answer-key sidecar', { cause });
  }
  const meta = (parsed as { meta?: unknown } | null)?.meta;
  return meta && typeof meta === 'object' ? (meta as SidecarMeta) : null;
}

/** An answer key's metadata is the annotator's reading of the page, so it wins over the page's tags. */
function withSidecar(page: RawArticle, meta: SidecarMeta | null): RawArticle {
  if (!meta) return page;
  return {
    body: page.body,
    title: meta.title ?? page.title,
    published: meta.published !== undefined ? meta.published : page.published,
    url: meta.url ?? page.url,
    publisher: meta.publisher ?? page.publisher,
  };
}

/**
 * One article from a `.txt` (title on the first non-empty line, or from an answer-key sidecar's meta)
 * or `.html`/`.htm` file (readability; a sidecar's meta wins over the page's). Overrides win over what the file says. Every problem is a
 * BadArticleError naming the file.
 */
export async function readArticleFile(path: string, overrides: ArticleOverrides = {}): Promise<ArticleInput> {
  const ext = extname(path).toLowerCase();
  if (!TEXT_EXTENSIONS.has(ext) && !HTML_EXTENSIONS.has(ext)) {
    throw new BadArticleError(
      path,
      `unsupported file type "${ext || '(none)'}" (expected .txt, .html or .htm)`,
    );
  }
  const text = decodeArticleBytes(await readArticleBytes(path), path);
  const meta = await readSidecarMeta(path);
  if (HTML_EXTENSIONS.has(ext)) {
    return toArticleInput(withSidecar(parseHtmlArticle(text, path), meta), path, overrides);
  }
  return toArticleInput(parseTextArticle(text, meta, overrides.title !== undefined), path, overrides);
}
