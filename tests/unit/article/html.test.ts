import { describe, expect, it } from 'vitest';
import { parseHtmlArticle } from '../../../src/article/html-article.ts';
import { readArticleFile } from '../../../src/article/read-file.ts';
import { BadArticleError } from '../../../src/errors.ts';
import { useTempDir } from './temp-dir.ts';

const tmp = useTempDir();

const PARAGRAPHS = [
  'Heavy rain flooded the lower districts of the river port on Tuesday, forcing hundreds of families to leave their homes before dawn.',
  'The regional governor said rescue teams had reached most of the stranded villages and that shelters would stay open all week.',
  'Engineers warned that the old embankment north of the harbour could give way if the water kept rising through the weekend.',
];

function page(extraHead = '', article = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')): string {
  return `<!doctype html><html><head>
    <title>Floods hit river port | Example Daily</title>
    <meta property="og:site_name" content="Example Daily">
    <meta property="article:published_time" content="2021-07-13T06:30:00+02:00">
    <link rel="canonical" href="https://news.example.org/floods-river-port">
    ${extraHead}
  </head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
    <article><h1>Floods hit river port</h1>
    ${article}
    </article>
    <footer>Copyright Example Daily. All rights reserved.</footer>
    <script>var tracking = "should never appear";</script>
  </body></html>`;
}

describe('parseHtmlArticle', () => {
  it('keeps the article paragraphs, separated by blank lines, and drops navigation and scripts', () => {
    const { body } = parseHtmlArticle(page(), 'page.html');
    expect(body.split('\n\n')).toEqual(expect.arrayContaining(PARAGRAPHS));
    expect(body).not.toContain('Sport');
    expect(body).not.toContain('tracking');
    expect(body).not.toContain('All rights reserved');
  });

  it('leaves the headline out of the body, as a text file leaves its title line', () => {
    expect(parseHtmlArticle(page(), 'page.html').body.startsWith(PARAGRAPHS[0] ?? '')).toBe(true);
  });

  it('reads title, published date, canonical url and publisher from the page', () => {
    const raw = parseHtmlArticle(page(), 'page.html');
    expect(raw.title).toContain('Floods hit river port');
    expect(raw.published).toBe('2021-07-13');
    expect(raw.url).toBe('https://news.example.org/floods-river-port');
    expect(raw.publisher).toBe('Example Daily');
  });

  it('takes the date from <time datetime> when there is no meta date', () => {
    const html = page().replace(/<meta property="article:published_time"[^>]*>/, '');
    const withTime = html.replace('<h1>', '<time datetime="2021-07-12">12 July</time><h1>');
    expect(parseHtmlArticle(withTime, 'page.html').published).toBe('2021-07-12');
  });

  it('keeps a line break inside a paragraph as one line break', () => {
    const { body } = parseHtmlArticle(
      page('', `<p>${PARAGRAPHS[0]}<br>${PARAGRAPHS[1]}</p><p>${PARAGRAPHS[2]}</p>`),
      'p.html',
    );
    expect(body).toContain(`${PARAGRAPHS[0]}\n${PARAGRAPHS[1]}`);
  });

  it('refuses a page with no article', () => {
    const html =
      '<html><head><title>Index</title></head><body><nav><a href="/a">A</a><a href="/b">B</a></nav></body></html>';
    expect(() => parseHtmlArticle(html, 'index.html')).toThrow(BadArticleError);
    expect(() => parseHtmlArticle(html, 'index.html')).toThrow(/no article/);
  });
});

describe('readArticleFile (.html)', () => {
  it('reads an HTML file into a normalised article', async () => {
    const file = tmp.write('floods.htm', page());
    const article = await readArticleFile(file);
    expect(article.published).toBe('2021-07-13');
    expect(article.url).toBe('https://news.example.org/floods-river-port');
    expect(article.body).toContain(PARAGRAPHS[1]);
  });

  it('takes metadata from an answer-key sidecar over the page tags', async () => {
    tmp.write('floods.json', JSON.stringify({ meta: { title: 'Annotated title', published: '2021-07-12' } }));
    const article = await readArticleFile(tmp.write('floods.html', page()));
    expect(article.title).toBe('Annotated title');
    expect(article.published).toBe('2021-07-12');
    expect(article.url).toBe('https://news.example.org/floods-river-port');
  });

  it('lets the caller override the page metadata', async () => {
    const file = tmp.write('floods.html', page());
    const article = await readArticleFile(file, { title: 'Given', published: '2021-07-14' });
    expect(article.title).toBe('Given');
    expect(article.published).toBe('2021-07-14');
  });
});
