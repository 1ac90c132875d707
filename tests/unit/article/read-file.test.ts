import { describe, expect, it } from 'vitest';
import { readArticleFile } from '../../../src/article/read-file.ts';
import { MAX_ARTICLE_BYTES } from '../../../src/article/validate.ts';
import { BadArticleError } from '../../../src/errors.ts';
import { useTempDir } from './temp-dir.ts';

const tmp = useTempDir();
const BODY =
  'The mayor of a small river town said on Monday that the bridge would reopen.\n\nRepairs took a month.';

async function badArticle(promise: Promise<unknown>): Promise<BadArticleError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BadArticleError);
  return error as BadArticleError;
}

describe('readArticleFile (.txt)', () => {
  it('takes the first non-empty line as the title and the rest as the body', async () => {
    const file = tmp.write('story.txt', `\n  Bridge to reopen  \n\n${BODY}\n`);
    const article = await readArticleFile(file);
    expect(article.title).toBe('Bridge to reopen');
    expect(article.body).toBe(BODY);
    expect(article.published).toBeNull();
    expect(article.id).toMatch(/^a-[0-9a-f]{16}$/);
  });

  it('uses the whole text as body when the title is given, and applies the other overrides', async () => {
    const file = tmp.write('story.txt', BODY);
    const article = await readArticleFile(file, {
      title: 'Given title',
      published: '2020-03-02',
      url: 'https://example.com/a',
      publisher: 'Example News',
    });
    expect(article).toMatchObject({
      title: 'Given title',
      body: BODY,
      published: '2020-03-02',
      publisher: 'Example News',
    });
  });

  it('reads metadata from an answer-key sidecar and starts the body after the title line', async () => {
    const meta = {
      title: 'Bridge to reopen',
      published: '2020-03-02',
      url: 'https://example.com/b',
      publisher: 'Example News',
    };
    tmp.write('story.json', JSON.stringify({ id: 'story', meta, events: [] }));
    const file = tmp.write('story.txt', `A banner line above the title.\n\nBridge to reopen\n\n${BODY}`);
    const article = await readArticleFile(file);
    expect(article).toMatchObject({ ...meta, body: BODY });
  });

  it('drops only the first line when the sidecar title is not in the text', async () => {
    tmp.write('story.json', JSON.stringify({ meta: { title: 'Another title', published: null } }));
    const file = tmp.write('story.txt', `Headline as printed\n${BODY}`);
    const article = await readArticleFile(file);
    expect(article.title).toBe('Another title');
    expect(article.body).toBe(BODY);
  });

  it('normalises the body it returns (CRLF, no-break spaces, zero-width characters)', async () => {
    const file = tmp.write(
      'story.txt',
      'Title\r\n\r\nAt\u00a0least two\u200b people were hurt.  \r\nMore later.',
    );
    expect((await readArticleFile(file)).body).toBe('At least two people were hurt.\nMore later.');
  });
});

describe('readArticleFile refuses bad input with a BadArticleError naming the file', () => {
  it('an empty file', async () => {
    const file = tmp.write('empty.txt', '');
    const error = await badArticle(readArticleFile(file));
    expect(error.where).toBe(file);
    expect(error.message).toContain('empty');
  });

  it('a file of white space only', async () => {
    expect((await badArticle(readArticleFile(tmp.write('blank.txt', ' \n\n\t\n')))).message).toContain(
      'empty',
    );
  });

  it('a title with no body', async () => {
    expect((await badArticle(readArticleFile(tmp.write('title.txt', 'Only a title\n')))).message).toContain(
      'empty',
    );
  });

  it('binary data with NUL bytes', async () => {
    const file = tmp.write('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
    expect((await badArticle(readArticleFile(file))).message).toContain('binary');
  });

  it('text full of control characters', async () => {
    const file = tmp.write('controls.txt', `Title\n${'word\u0001\u0002 '.repeat(50)}`);
    expect((await badArticle(readArticleFile(file))).message).toContain('binary');
  });

  it('invalid UTF-8', async () => {
    const latin1 = Buffer.from('Title\nThe caf\xe9 was hit.', 'latin1');
    expect((await badArticle(readArticleFile(tmp.write('latin1.txt', latin1)))).message).toContain('UTF-8');
  });

  it('UTF-16 text, with a hint to save it as UTF-8', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`Title\n${BODY}`, 'utf16le')]);
    expect((await badArticle(readArticleFile(tmp.write('utf16.txt', utf16)))).message).toContain('UTF-16');
  });

  it('a file over 5 MB', async () => {
    const file = tmp.write('huge.txt', `Title\n${'a'.repeat(MAX_ARTICLE_BYTES)}`);
    expect((await badArticle(readArticleFile(file))).message).toContain('too large');
  });

  it('a bad published date, from an override or a sidecar', async () => {
    const file = tmp.write('story.txt', `Title\n${BODY}`);
    expect((await badArticle(readArticleFile(file, { published: 'last Tuesday' }))).message).toContain(
      'published',
    );
    expect((await badArticle(readArticleFile(file, { published: '2021-02-30' }))).message).toContain(
      'no such day',
    );
    tmp.write('dated.json', JSON.stringify({ meta: { title: 'Title', published: '21/02/2016' } }));
    const dated = tmp.write('dated.txt', `Title\n${BODY}`);
    expect((await badArticle(readArticleFile(dated))).where).toBe(dated);
  });

  it('a missing title in the sidecar', async () => {
    tmp.write('untitled.json', JSON.stringify({ meta: { title: '' } }));
    const file = tmp.write('untitled.txt', `Some line\n${BODY}`);
    expect((await badArticle(readArticleFile(file))).message).toContain('missing title');
  });

  it('a missing file and an unsupported file type', async () => {
    expect((await badArticle(readArticleFile(tmp.path('nowhere.txt')))).message).toContain('no such file');
    expect((await badArticle(readArticleFile(tmp.write('story.pdf', 'x')))).message).toContain('unsupported');
  });
});
