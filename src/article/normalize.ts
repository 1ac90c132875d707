/**
 * Text normalisation applied to every article body and title before extraction. The extractor's
 * offsets point into the normalised body that `readArticleFile` returns, so this runs exactly once,
 * here, and never again downstream.
 */

// No-break, narrow no-break, figure and other fixed-width spaces behave like a plain space for reading.
const SPACE_LIKE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
// Zero-width characters and the byte-order mark carry no text and would split words invisibly.
const ZERO_WIDTH = /\u200b|\u200c|\u200d|\u2060|\ufeff|\u00ad/g;

/** NFC, LF line ends, plain spaces, no zero-width characters, no trailing spaces, no outer blank lines. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(ZERO_WIDTH, '')
    .replace(SPACE_LIKE, ' ')
    .replace(/[ \t]+$/gm, '')
    .replace(/^\s*\n/, '')
    .trimEnd();
}

/** A title or other one-line field: normalised, inner white space collapsed. */
export function normalizeLine(text: string): string {
  return normalizeText(text).replace(/\s+/g, ' ').trim();
}
