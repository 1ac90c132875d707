/**
 * Every match of a global regex, exactly as `text.matchAll(re)` gives them (from `re.lastIndex`, empty
 * matches stepped over), without matchAll's copy of the regex: the copy re-reads the whole pattern
 * source, which for the extractor's long alternations costs about 20 µs a call, far more than the
 * search. `re.lastIndex` is left as it was, as matchAll leaves it.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global regex: ${String(re).slice(0, 60)}`);
  const saved = re.lastIndex;
  const out: RegExpExecArray[] = [];
  try {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push(m);
      // `flags` builds a new string on every read: asked only for the rare empty match.
      if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
    }
  } finally {
    re.lastIndex = saved;
  }
  return out;
}

/** The next index after `at`, over a whole surrogate pair when the regex reads code points. */
function advance(text: string, at: number, fullUnicode: boolean): number {
  if (!fullUnicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  const d = text.charCodeAt(at + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? at + 2 : at + 1;
}
