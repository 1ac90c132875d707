import type { ExplorationQuery } from './queries.ts';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A block Browser shows with a play button: a click puts the text into the editor. */
function runnable(code: string): string {
  return `<pre class="pre-scrollable code runnable">${escapeHtml(code)}</pre>`;
}

function slide(title: string, body: string): string {
  return [
    '<slide class="row-fluid">',
    `  <div class="col-sm-3"><h3>${escapeHtml(title)}</h3></div>`,
    `  <div class="col-sm-9">${body}</div>`,
    '</slide>',
  ].join('\n');
}

/** The query file without its header comment: what a researcher reads and runs. */
function bodyOf(query: ExplorationQuery): string {
  const lines = query.text.split('\n');
  const first = lines.findIndex((line) => !line.startsWith('//'));
  return lines
    .slice(first === -1 ? lines.length : first)
    .join('\n')
    .trim();
}

export interface GuideOptions {
  /** Where `conflict-kg browser` serves style.grass, e.g. http://localhost:7476/style.grass. */
  readonly styleUrl: string;
}

/**
 * A Neo4j Browser guide (the `:play <url>` format: one <slide> per page inside a <carousel>) built
 * from the query files, so the guide always shows the same Cypher the tests run. The first slide
 * applies the style; each query slide shows its parameters and the query as runnable blocks.
 */
export function renderGuide(queries: readonly ExplorationQuery[], options: GuideOptions): string {
  const intro = slide(
    'conflict-kg',
    [
      '<p>Events, casualty figures, statements, people, organisations and places read from news articles about armed conflict.',
      'Each of the following slides holds one query: click a block to put it in the editor, then run it.',
      'Queries with parameters come with a <code>:param</code> block to run first; change its value to explore.</p>',
      '<p>Apply the graph style once (colour and caption per label):</p>',
      runnable(`:style ${options.styleUrl}`),
      '<p>Then list the articles and pick one: copy its <code>articleId</code> into the next slide.</p>',
    ].join('\n'),
  );
  const slides = queries.map((query, index) =>
    slide(
      `${index + 1}. ${query.title}`,
      [
        `<p>${escapeHtml(query.description)}</p>`,
        ...query.paramCommands.map((command) => runnable(command)),
        runnable(bodyOf(query)),
        `<p><small>cypher/${escapeHtml(query.name)}.cypher</small></p>`,
      ].join('\n'),
    ),
  );
  return [
    '<article class="guide">',
    '<carousel class="deck container-fluid">',
    intro,
    ...slides,
    '</carousel>',
    '</article>',
    '',
  ].join('\n');
}
