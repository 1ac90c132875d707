import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config.ts';
import { useTempDir } from './temp-dir.ts';

const exec = promisify(execFile);
const tmp = useTempDir();

/**
 * Reads the files in a fresh Node process (a test worker may have loaded the HTML libraries for another
 * test) and reports, after each, whether linkedom is in the CommonJS module cache.
 */
const PROBE = `
import { createRequire } from 'node:module';
import { readArticleFile } from './src/article/read-file.ts';
const cache = createRequire(import.meta.url).cache;
const loaded = () => Object.keys(cache).some((k) => k.includes('linkedom'));
const out = [];
for (const file of process.argv.slice(1)) { const a = await readArticleFile(file); out.push([a.title, loaded()]); }
console.log(JSON.stringify(out));
`;

describe('HTML libraries load on demand', () => {
  it('reads a .txt file without loading linkedom, and loads it for the first .html page', async () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const txt = tmp.write('plain.txt', `Harbour closed\n\nThe port of Tromso closed on Monday. ${words}.`);
    const html = tmp.write(
      'page.html',
      `<html><head><title>Bridge reopened</title></head><body><article><h1>Bridge reopened</h1><p>The bridge at Narvik reopened on Friday after repairs. ${words}.</p></article></body></html>`,
    );
    const { stdout } = await exec(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', PROBE, txt, html], {
      cwd: PROJECT_ROOT,
    });
    expect(JSON.parse(stdout)).toEqual([
      ['Harbour closed', false],
      ['Bridge reopened', true],
    ]);
  }, 60_000);
});
