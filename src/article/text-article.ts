import type { RawArticle } from './article-input.ts';
import { normalizeLine } from './normalize.ts';

/** The `meta` object of an answer-key sidecar (fixtures/README.md), as far as reading needs it. */
export interface SidecarMeta {
  title?: unknown;
  published?: unknown;
  url?: unknown;
  publisher?: unknown;
}

/**
 * A plain-text article. Without metadata the first non-empty line is the title and the rest the body.
 * With a sidecar's `meta`, the metadata comes from it and the body starts after the line that equals
 * meta.title (corpus files may carry a banner above the title), else after the first line.
 * `titleGiven` (no sidecar): the caller supplies the title, so the whole text is body.
 */
export function parseTextArticle(text: string, meta: SidecarMeta | null, titleGiven = false): RawArticle {
  const lines = text.split(/\r\n?|\n/);
  if (meta) {
    const wanted = typeof meta.title === 'string' ? normalizeLine(meta.title) : null;
    const titleLine = wanted ? lines.findIndex((l) => normalizeLine(l) === wanted) : -1;
    const bodyStart = titleLine >= 0 ? titleLine + 1 : firstNonEmpty(lines) + 1;
    return {
      title: meta.title,
      body: lines.slice(bodyStart).join('\n'),
      published: meta.published,
      url: meta.url,
      publisher: meta.publisher,
    };
  }
  if (titleGiven) return { title: null, body: text, published: null, url: null, publisher: null };
  const first = firstNonEmpty(lines);
  return {
    title: first >= 0 ? lines[first] : null,
    body: lines.slice(first + 1).join('\n'),
    published: null,
    url: null,
    publisher: null,
  };
}

function firstNonEmpty(lines: string[]): number {
  return lines.findIndex((l) => l.trim() !== '');
}
