import { createRequire } from 'node:module';
import type * as ReadabilityModule from '@mozilla/readability';
import type * as Linkedom from 'linkedom';
import { BadArticleError } from '../errors.ts';
import type { RawArticle } from './article-input.ts';
import { htmlToText, type DomNode } from './html-text.ts';

const require = createRequire(import.meta.url);
let parsers: { parseHTML: typeof Linkedom.parseHTML; Readability: typeof ReadabilityModule.Readability } | undefined;

/**
 * linkedom and readability are loaded on the first HTML page, not at start-up: importing them takes about
 * a third of a second, which `extract` on a .txt file, a folder of text files or the API's text ingest
 * should not pay. Loaded through require (their CommonJS builds) so that parsing stays synchronous.
 */
function htmlParsers(): NonNullable<typeof parsers> {
  parsers ??= {
    parseHTML: (require('linkedom') as typeof Linkedom).parseHTML,
    Readability: (require('@mozilla/readability') as typeof ReadabilityModule).Readability,
  };
  return parsers;
}

/** Fewer words than this after readability is a page without an article (an index, a login wall). */
const MIN_ARTICLE_WORDS = 20;

interface Queryable {
  querySelector(
    selector: string,
  ): { getAttribute(name: string): string | null; textContent: string | null } | null;
}

function attr(doc: Queryable, selector: string, name: string): string | null {
  const value = doc.querySelector(selector)?.getAttribute(name)?.trim();
  return value ? value : null;
}

interface PageMeta {
  title: string | null;
  headline: string | null;
  published: string | null;
  url: string | null;
  publisher: string | null;
}

/** Metadata read before readability runs, because readability rewrites the document. */
function readMeta(doc: Queryable): PageMeta {
  const published =
    attr(doc, 'meta[property="article:published_time"]', 'content') ??
    attr(doc, 'meta[itemprop="datePublished"]', 'content') ??
    attr(doc, 'meta[name="date"]', 'content') ??
    attr(doc, 'time[datetime]', 'datetime');
  return {
    title:
      attr(doc, 'meta[property="og:title"]', 'content') ??
      (doc.querySelector('title')?.textContent?.trim() || null),
    headline: doc.querySelector('h1')?.textContent?.trim() || null,
    published,
    url: attr(doc, 'link[rel="canonical"]', 'href') ?? attr(doc, 'meta[property="og:url"]', 'content'),
    publisher: attr(doc, 'meta[property="og:site_name"]', 'content'),
  };
}

/**
 * Page metadata dates come in many spellings; an ISO date-time keeps its written date, anything else
 * Date can read is taken as UTC, and an unreadable one is dropped rather than refusing the page.
 */
function pageDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value);
  if (iso?.[1]) return iso[1];
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

/**
 * The page's own headline usually opens the article element; like a .txt file's title line it is the
 * title, not body: dropped when it equals the title, og:title or the first <h1>. Pages often write the
 * title as "Headline | Site", so any part of it counts.
 */
function dropHeadline(body: string, headlines: Array<string | null>): string {
  const fold = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const cut = body.indexOf('\n\n');
  if (cut < 0) return body;
  const first = fold(body.slice(0, cut));
  const titles = headlines.filter((h): h is string => !!h);
  const parts = titles.flatMap((t) => [t, ...t.split(/\s+[|\-\u2013\u2014:\u00bb]\s+/)]).map(fold);
  return parts.includes(first) ? body.slice(cut + 2) : body;
}

/**
 * An HTML page through Mozilla's readability (over linkedom, no browser): the article's text with its
 * paragraphs, title from readability (else og:title, else <title>), published date from
 * article:published_time or <time datetime>, url from the canonical link, publisher from og:site_name.
 */
export function parseHtmlArticle(html: string, where: string): RawArticle {
  const { parseHTML, Readability } = htmlParsers();
  const { document } = parseHTML(html);
  const meta = readMeta(document as unknown as Queryable);
  // Readability's types name the DOM lib's Document; linkedom's document is that shape at run time.
  const reader = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
    serializer: (node) => node,
  });
  let parsed: ReturnType<typeof reader.parse>;
  try {
    parsed = reader.parse();
  } catch (cause) {
    throw new BadArticleError(where, 'HTML could not be parsed into an article', { cause });
  }
  const body = parsed?.content ? htmlToText(parsed.content as unknown as DomNode) : '';
  if (body.split(/\s+/).filter(Boolean).length < MIN_ARTICLE_WORDS) {
    throw new BadArticleError(where, 'HTML with no article (readability found no article text)');
  }
  const title = parsed?.title?.trim() || meta.title;
  return {
    title,
    body: dropHeadline(body, [title, meta.title, meta.headline]),
    published: pageDate(meta.published) ?? pageDate(parsed?.publishedTime),
    url: meta.url,
    publisher: meta.publisher ?? parsed?.siteName ?? null,
  };
}
