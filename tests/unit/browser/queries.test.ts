import { describe, expect, it } from 'vitest';
import { renderGuide } from '../../../src/browser/guide.ts';
import { loadQueries, parseQuery } from '../../../src/browser/queries.ts';

/** Parameter names a Browser command sets: `:param x => ...`, `:param [x, y] => {...}`, `:params {x: 1}`. */
function paramNamesSetBy(command: string): string[] {
  const single = /^:param\s+([A-Za-z_]\w*)\s*(?:=>|:)/.exec(command);
  if (single?.[1]) return [single[1]];
  const lambda = /^:param\s+\[([^\]]*)\]\s*=>/.exec(command);
  if (lambda?.[1]) return lambda[1].split(',').map((s) => s.trim());
  const many = /^:params\s+\{(.*)\}$/.exec(command);
  if (many?.[1]) return [...many[1].matchAll(/([A-Za-z_]\w*)\s*:/g)].map((m) => m[1]!);
  return [];
}

/** `$name` parameters the Cypher uses outside comments and string literals. */
function paramsUsedBy(text: string): string[] {
  const code = text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .replace(/'[^']*'/g, "''");
  return [...new Set([...code.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]!))].sort();
}

describe('exploration queries (cypher/queries/)', () => {
  const queries = loadQueries();

  it('has at least a dozen queries, each with a title and a description', () => {
    expect(queries.length).toBeGreaterThanOrEqual(12);
    for (const q of queries) {
      expect(q.title.length, q.name).toBeGreaterThan(5);
      expect(q.title.length, q.name).toBeLessThan(60);
      expect(q.description.length, q.name).toBeGreaterThan(40);
    }
  });

  it('documents exactly the parameters each query uses, as a Browser command', () => {
    for (const q of queries) {
      const documented = q.paramCommands.flatMap(paramNamesSetBy).sort();
      expect(documented, q.name).toEqual(paramsUsedBy(q.text));
    }
  });

  it('never splices values into the Cypher: no string concatenation with parameters', () => {
    for (const q of queries) expect(q.text, q.name).not.toMatch(/\+\s*\$\w+|\$\w+\s*\+\s*'/);
  });
});

describe('parseQuery', () => {
  it('reads the title, the description and the parameter command, dropping the note', () => {
    const q = parseQuery(
      'queries/x',
      "// A title\n// What it does, in two\n// lines.\n// Parameters: :param who => 'someone'   (a note)\nRETURN $who\n",
    );
    expect(q).toMatchObject({
      name: 'queries/x',
      title: 'A title',
      description: 'What it does, in two lines.',
      paramCommands: [":param who => 'someone'"],
    });
  });

  it('gives no parameter command for "none."', () => {
    expect(parseQuery('queries/y', '// T\n// D\n// Parameters: none.\nRETURN 1\n').paramCommands).toEqual([]);
  });
});

describe('renderGuide', () => {
  const queries = [
    parseQuery(
      'queries/01-a',
      "// First\n// Finds a < b & c.\n// Parameters: :param n => 'x'\nMATCH (a)-->(b) RETURN a\n",
    ),
    parseQuery('queries/02-b', '// Second\n// Lists things.\n// Parameters: none.\nRETURN 1\n'),
  ];
  const html = renderGuide(queries, { styleUrl: 'http://localhost:1/style.grass' });

  it('makes an intro slide and one slide per query, in order', () => {
    expect(html.match(/<slide /g)).toHaveLength(3);
    expect(html.indexOf('1. First')).toBeLessThan(html.indexOf('2. Second'));
  });

  it('puts the style command, the parameter command and the query body in runnable blocks', () => {
    const blocks = [...html.matchAll(/<pre class="[^"]*runnable[^"]*">([\s\S]*?)<\/pre>/g)].map((m) => m[1]);
    expect(blocks).toEqual([
      ':style http://localhost:1/style.grass',
      ":param n =&gt; 'x'",
      'MATCH (a)--&gt;(b) RETURN a',
      'RETURN 1',
    ]);
  });

  it('escapes HTML in descriptions', () => {
    expect(html).toContain('Finds a &lt; b &amp; c.');
    expect(html).not.toContain('a < b');
  });
});
