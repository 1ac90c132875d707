import { createHash } from 'node:crypto';

/** Query parameters that only track the reader; they do not change which article a URL names. */
const TRACKING = /^(utm_.*|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|ocid)$/i;

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * One spelling per article URL: scheme folded to https, host lower-cased without "www.", default port,
 * fragment and tracking parameters dropped, other parameters sorted, no trailing slash. Not a URL
 * (relative, garbage): trimmed as given.
 */
export function normalizeUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return url.trim();
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return u.href;
  const params = [...u.searchParams]
    .filter(([k]) => !TRACKING.test(k))
    .sort(([a], [b]) => a.localeCompare(b));
  const query = new URLSearchParams(params).toString();
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  const path = u.pathname.replace(/\/+$/, '');
  return `https://${host}${path}${query ? `?${query}` : ''}`;
}

/**
 * Stable article id, `a-` and 16 hex digits: from the normalised URL when there is one (so re-reading
 * the same story from http/https, with or without tracking parameters, gives the same id), else from
 * the title and body.
 */
export function articleId(input: { url: string | null; title: string; body: string }): string {
  const basis = input.url ? `url:${normalizeUrl(input.url)}` : `text:${input.title}\n${input.body}`;
  return `a-${sha256(basis).slice(0, 16)}`;
}

/** Full sha-256 of the body, to tell whether a re-ingested article changed. */
export function textHash(body: string): string {
  return sha256(body);
}
