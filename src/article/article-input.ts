import { BadArticleError } from '../errors.ts';
import type { ArticleInput } from '../extract/types.ts';
import { articleId } from './ids.ts';
import { normalizeLine, normalizeText } from './normalize.ts';
import { checkText, parsePublished, optionalString } from './validate.ts';

/** Fields the caller may set instead of what the file says (the CLI's --title, --published, ...). */
export interface ArticleOverrides {
  title?: string;
  published?: string;
  url?: string;
  publisher?: string;
}

/** An article's fields before validation, as any reader found them. */
export interface RawArticle {
  title: unknown;
  body: string;
  published: unknown;
  url: unknown;
  publisher: unknown;
}

/**
 * The one gate every reader goes through: overrides applied, fields checked, text normalised, id
 * derived. Offsets of the extraction point into the `body` returned here.
 */
export function toArticleInput(
  raw: RawArticle,
  where: string,
  overrides: ArticleOverrides = {},
): ArticleInput {
  const titleValue = overrides.title ?? raw.title;
  if (titleValue !== null && titleValue !== undefined && typeof titleValue !== 'string') {
    throw new BadArticleError(where, 'title must be a string');
  }
  const title = normalizeLine(titleValue ?? '');
  if (title === '') throw new BadArticleError(where, 'missing title');
  checkText(raw.body, where);
  const body = normalizeText(raw.body);
  if (body === '') throw new BadArticleError(where, 'empty article body');
  const published = parsePublished(overrides.published ?? raw.published, where);
  const url = optionalString(overrides.url ?? raw.url, 'url', where);
  const publisher = optionalString(overrides.publisher ?? raw.publisher, 'publisher', where);
  return { id: articleId({ url, title, body }), title, body, published, url, publisher };
}
