import { BadArticleError } from '../errors.ts';
import type { ArticleInput } from '../extract/types.ts';
import { toArticleInput } from './article-input.ts';
import { parseHtmlArticle } from './html-article.ts';

/**
 * One article object from a `.json` or `.jsonl` file: `title`, `text` (or `html`, read through
 * readability), `url`, `publisher`, `published`. `where` is the file, `file[index]` or `file:line`.
 */
export function articleFromObject(value: unknown, where: string): ArticleInput {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new BadArticleError(where, 'expected an article object with title and text');
  }
  const o = value as Record<string, unknown>;
  if (typeof o.text === 'string') {
    return toArticleInput(
      { title: o.title, body: o.text, published: o.published, url: o.url, publisher: o.publisher },
      where,
    );
  }
  if (typeof o.html === 'string') {
    const page = parseHtmlArticle(o.html, where);
    return toArticleInput(
      {
        title: o.title ?? page.title,
        body: page.body,
        published: o.published ?? page.published,
        url: o.url ?? page.url,
        publisher: o.publisher ?? page.publisher,
      },
      where,
    );
  }
  if ('meta' in o && !('title' in o))
    throw new BadArticleError(where, 'an answer key, not an article (no text)');
  throw new BadArticleError(where, 'missing "text" (or "html")');
}

/** A `.json` file: one article object, or an array of them (each element named `file[i]`). */
export function articlesFromJson(
  text: string,
  where: string,
): Array<{ where: string; article?: ArticleInput; error?: BadArticleError }> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    throw new BadArticleError(where, `malformed JSON (${(cause as Error).message})`, { cause });
  }
  if (!Array.isArray(parsed)) return [{ where, article: articleFromObject(parsed, where) }];
  return parsed.map((item, i) => {
    const at = `${where}[${i}]`;
    try {
      return { where: at, article: articleFromObject(item, at) };
    } catch (error) {
      if (error instanceof BadArticleError) return { where: at, error };
      throw error;
    }
  });
}
