import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testToken } from './test-token.ts';

/**
 * A folder with one input of every bad kind the ingest must refuse, beside good articles whose bodies
 * carry a random word (so their ids are this run's own). Returns the folder and the good texts' count.
 */
export async function writeBadInputFolder(): Promise<{ dir: string; goodArticles: number; token: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'conflict-kg-bad-'));
  const token = testToken();
  const good = (n: number): string =>
    `Clashes reported near a border post ${token} ${n}\n\nGunmen attacked a border post in Graz, Austria on Monday, police said. ` +
    `Reference ${token} number ${n}.`;
  await writeFile(join(dir, 'a-good.txt'), good(1));
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]));
  await writeFile(join(dir, 'latin1.txt'), Buffer.from('Title\n\nCaf\xe9 bombing in the city.', 'latin1'));
  await writeFile(join(dir, 'huge.txt'), `Title\n\n${'word '.repeat(1_100_000)}`);
  await writeFile(join(dir, 'menu.html'), '<html><head><title>Index</title></head><body><nav><a href="/">Home</a></nav></body></html>');
  const lines = [
    JSON.stringify({ title: `Line one ${token}`, text: good(2), url: `https://tests.invalid/bad-input/${token}/1` }),
    '{"title": "broken", "text": ',
    JSON.stringify({ text: good(3), url: `https://tests.invalid/bad-input/${token}/3` }),
  ];
  await writeFile(join(dir, 'batch.jsonl'), `${lines.join('\n')}\n`);
  return { dir, goodArticles: 2, token };
}
