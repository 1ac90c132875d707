/**
 * Turns the article element readability kept into plain text with one paragraph per block, separated
 * by a blank line (the sentence splitter reads blank lines as paragraph breaks). Typed structurally so
 * it works on linkedom's DOM without the DOM lib.
 */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'FORM']);

export function htmlToText(root: DomNode): string {
  const blocks: string[] = [];
  let current = '';
  const flush = (): void => {
    const text = current
      .replace(/[ \t\f\v\r\n\u00a0]+/g, ' ')
      .replace(/ ?\u2028 ?/g, '\n')
      .trim();
    if (text) blocks.push(text);
    current = '';
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name)) return;
    // A line break inside a paragraph stays a single line break; U+2028 survives the space folding.
    if (name === 'BR') {
      current += '\u2028';
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i] as DomNode);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks.join('\n\n');
}
