/** Spans of text inside quotation marks (straight or curly double quotes, and curly single quotes). */
export function quoteSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' && text[i + 1] === '\n') open = -1;
    if (c === '\u201c') open = i;
    else if (c === '\u201d' && open >= 0) {
      spans.push([open, i]);
      open = -1;
    } else if (c === '"') {
      if (open >= 0) {
        spans.push([open, i]);
        open = -1;
      } else open = i;
    }
  }
  return spans;
}

export function insideAny(spans: ReadonlyArray<[number, number]>, at: number): boolean {
  return spans.some(([s, e]) => at > s && at < e);
}
