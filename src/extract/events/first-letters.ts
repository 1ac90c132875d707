/**
 * The lower-case ASCII letters a match of a trigger pattern can start with, read from the pattern's
 * source, or null when that cannot be told simply (then the pattern is tried everywhere). Handles what
 * the trigger lists use: leading lookbehinds, which match nothing, and `(?:a|b|c)` alternations.
 */
export function firstLetters(pattern: string): Set<string> | null {
  let i = 0;
  while (pattern.startsWith('(?<', i) && (pattern[i + 3] === '!' || pattern[i + 3] === '=')) {
    const close = groupEnd(pattern, i);
    if (close < 0) return null;
    i = close + 1;
  }
  return lettersAt(pattern, i);
}

function lettersAt(pattern: string, i: number): Set<string> | null {
  const ch = pattern[i];
  if (ch === undefined) return null;
  if (pattern.startsWith('(?:', i)) {
    const close = groupEnd(pattern, i);
    // an optional group may match nothing, so the letter after it could start the match
    if (close < 0 || /^[?*]|^\{0/.test(pattern.slice(close + 1))) return null;
    const out = new Set<string>();
    for (const alt of alternatives(pattern.slice(i + 3, close))) {
      const letters = lettersAt(alt, 0);
      if (!letters) return null;
      for (const l of letters) out.add(l);
    }
    return out;
  }
  if (!/^[a-z]$/i.test(ch) || /^[?*]|^\{0/.test(pattern.slice(i + 1))) return null;
  return new Set([ch.toLowerCase()]);
}

/** Index of the `)` closing the group that opens at `open`, or -1. */
function groupEnd(pattern: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The top-level alternatives of a group's body. */
function alternatives(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(body.slice(from, i));
      from = i + 1;
    }
  }
  out.push(body.slice(from));
  return out;
}
