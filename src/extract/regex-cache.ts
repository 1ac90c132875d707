/**
 * Regexes built from a word of the article (a name, a role noun, a head noun): the same source comes
 * back many times within an article and across articles, and compiling a long pattern costs more than
 * searching a sentence with it. Pure: a bounded in-memory table, no I/O.
 */
const CACHE = new Map<string, RegExp>();
/** Sources are article words inside fixed patterns; the bound keeps an odd input from growing the table. */
const MAX_ENTRIES = 2000;

/**
 * The compiled regex for `source` and `flags`, shared between callers. Its `lastIndex` is reset to 0 on
 * every hand-out, so a caller that stopped an exec loop early leaves nothing behind for the next one;
 * callers must not hold it across a call that may ask for the same source.
 */
export function cachedRegExp(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let re = CACHE.get(key);
  if (!re) {
    if (CACHE.size >= MAX_ENTRIES) CACHE.clear();
    re = new RegExp(source, flags);
    CACHE.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

/** `text` as a literal inside a regex source (article words go into the patterns above). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
