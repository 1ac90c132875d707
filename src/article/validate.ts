import { BadArticleError } from '../errors.ts';

/** Articles are news stories; anything larger is a mistake (a dump, a binary) and is refused early. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

// More than this share of control characters (other than tab, LF, CR, FF) means "not text".
const MAX_CONTROL_SHARE = 0.01;

/**
 * Bytes to text, refusing what is not a readable UTF-8 article: empty, too large, binary (NUL bytes
 * or many control characters), or not valid UTF-8 (a fatal decoder, so no silent U+FFFD).
 */
export function decodeArticleBytes(bytes: Uint8Array, where: string): string {
  if (bytes.byteLength > MAX_ARTICLE_BYTES) {
    throw new BadArticleError(
      where,
      `too large (${bytes.byteLength} bytes; the limit is ${MAX_ARTICLE_BYTES})`,
    );
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new BadArticleError(where, 'UTF-16 text; save it as UTF-8');
  }
  if (bytes.includes(0)) throw new BadArticleError(where, 'binary data (NUL bytes), not a text article');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new BadArticleError(where, 'not valid UTF-8 text', { cause });
  }
  checkText(text, where);
  return text;
}

/** The checks that apply to text however it arrived (a file, a JSON string). */
export function checkText(text: string, where: string): void {
  if (text.trim() === '') throw new BadArticleError(where, 'empty article');
  if (text.includes('\u0000'))
    throw new BadArticleError(where, 'binary data (NUL characters), not a text article');
  const controls = countControls(text);
  if (controls / text.length > MAX_CONTROL_SHARE) {
    throw new BadArticleError(where, `binary data (${controls} control characters), not a text article`);
  }
}

/** Control characters that never occur in prose (tab, LF, CR and form feed do). */
function countControls(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) n++;
  }
  return n;
}

/**
 * A publication date as ISO `YYYY-MM-DD`: accepts a date or an ISO date-time (the date part as written,
 * in the publisher's own time zone); null or empty means unknown; anything else is refused.
 */
export function parsePublished(value: unknown, where: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string')
    throw new BadArticleError(where, `bad published date ${JSON.stringify(value)}`);
  const s = value.trim();
  if (s === '') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (!m) throw new BadArticleError(where, `bad published date "${s}" (expected YYYY-MM-DD)`);
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) {
    throw new BadArticleError(where, `bad published date "${s}" (no such day)`);
  }
  return `${y}-${mo}-${d}`;
}

/** An optional string field (url, publisher): a string or nothing. */
export function optionalString(value: unknown, field: string, where: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw new BadArticleError(where, `${field} must be a string`);
  const s = value.trim();
  return s === '' ? null : s;
}
