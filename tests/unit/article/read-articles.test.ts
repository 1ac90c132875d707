import { describe, expect, it } from 'vitest';
import { readArticles, type ReadResult } from '../../../src/article/read-articles.ts';
import { useTempDir } from './temp-dir.ts';

const tmp = useTempDir();
const TEXT = 'Two ferries collided in fog off the northern cape on Sunday, the coast guard said.';

async function collect(paths: string[]): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readArticles(paths)) out.push(r);
  return out;
}

const line = (o: unknown): string => JSON.stringify(o);

describe('readArticles', () => {
  it('walks folders recursively in name order, skipping answer-key sidecars and other files', async () => {
    tmp.write('corpus/b.txt', `Second\n${TEXT}`);
    tmp.write('corpus/b.json', JSON.stringify({ meta: { title: 'Second', published: '2020-01-05' } }));
    tmp.write('corpus/a.txt', `First\n${TEXT}`);
    tmp.write('corpus/notes.md', '# not an article');
    tmp.write('corpus/sub/c.json', JSON.stringify({ title: 'Third', text: TEXT }));
    const results = await collect([tmp.path('corpus')]);
    expect(results.map((r) => r.article?.title)).toEqual(['First', 'Second', 'Third']);
    expect(results[1]?.article?.published).toBe('2020-01-05');
    expect(results.every((r) => r.error === undefined)).toBe(true);
  });

  it('reads a JSON array, naming each bad element by its index', async () => {
    const file = tmp.write('batch.json', JSON.stringify([{ title: 'One', text: TEXT }, { text: TEXT }]));
    const results = await collect([file]);
    expect(results[0]?.article?.title).toBe('One');
    expect(results[1]?.error?.where).toBe(`${file}[1]`);
    expect(results[1]?.error?.message).toContain('missing title');
  });

  it('reads an article from HTML inside a JSON object', async () => {
    const html = `<html><body><article>${`<p>${TEXT} ${TEXT}</p>`.repeat(3)}</article></body></html>`;
    const [result] = await collect([
      tmp.write('one.json', JSON.stringify({ title: 'Ferries', html, published: '2020-01-05' })),
    ]);
    expect(result?.article?.body).toContain('Two ferries collided');
  });

  it('reads JSONL line by line, reporting each bad line as path:line and going on', async () => {
    const lines = [
      line({
        title: 'Good one',
        text: TEXT,
        url: 'https://example.com/1',
        publisher: 'Example',
        published: '2020-01-05',
      }),
      '{"title": "Broken", "text": ',
      '',
      line({ title: 'No date', text: TEXT, published: 'soon' }),
      line({ text: TEXT }),
      line({ title: 'Nothing to read' }),
      line({ title: 'Empty', text: '   ' }),
      line({ title: 'Good two', text: TEXT }),
    ];
    const file = tmp.write('feed.jsonl', `${lines.join('\r\n')}\n`);
    const results = await collect([file]);
    expect(results.map((r) => r.where)).toEqual([1, 2, 4, 5, 6, 7, 8].map((n) => `${file}:${n}`));
    expect(results[0]?.article).toMatchObject({
      title: 'Good one',
      url: 'https://example.com/1',
      publisher: 'Example',
      published: '2020-01-05',
    });
    expect(results[1]?.error?.message).toMatch(/malformed JSON line/);
    expect(results[2]?.error?.message).toMatch(/published/);
    expect(results[3]?.error?.message).toMatch(/missing title/);
    expect(results[4]?.error?.message).toMatch(/missing "text"/);
    expect(results[5]?.error?.message).toMatch(/empty/);
    expect(results[6]?.article?.title).toBe('Good two');
    expect(results[1]?.error?.message.startsWith(`${file}:2: `)).toBe(true);
  });

  it('reports invalid UTF-8 on its own JSONL line', async () => {
    const good = Buffer.from(`${line({ title: 'Fine', text: TEXT })}\n`);
    const bad = Buffer.concat([
      Buffer.from('{"title": "Caf'),
      Buffer.from([0xe9]),
      Buffer.from(`", "text": "x"}\n`),
    ]);
    const file = tmp.write('mixed.jsonl', Buffer.concat([good, bad]));
    const results = await collect([file]);
    expect(results[0]?.article?.title).toBe('Fine');
    expect(results[1]?.error?.where).toBe(`${file}:2`);
    expect(results[1]?.error?.message).toContain('UTF-8');
  });

  it('reports a malformed JSON file and a missing path, and goes on', async () => {
    const broken = tmp.write('broken.json', '{ "title": ');
    const good = tmp.write('good.txt', `Ferries\n${TEXT}`);
    const results = await collect([broken, tmp.path('missing'), good]);
    expect(results[0]?.error?.message).toContain('malformed JSON');
    expect(results[1]?.error?.message).toContain('no such file');
    expect(results[2]?.article?.title).toBe('Ferries');
  });
});
