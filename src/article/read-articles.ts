import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { BadArticleError } from '../errors.ts';
import type { ArticleInput } from '../extract/types.ts';
import { articleFromObject, articlesFromJson } from './json-article.ts';
import { HTML_EXTENSIONS, TEXT_EXTENSIONS, readArticleBytes, readArticleFile } from './read-file.ts';
import { MAX_ARTICLE_BYTES, decodeArticleBytes } from './validate.ts';

/** One result of reading: an article, or the reason this file (or line) could not be one. */
export interface ReadResult {
  where: string;
  article?: ArticleInput;
  error?: BadArticleError;
}

const ARTICLE_EXTENSIONS = new Set([...TEXT_EXTENSIONS, ...HTML_EXTENSIONS, '.json', '.jsonl']);

/**
 * Every article under the given paths: files (.txt, .html, .htm, .json, .jsonl) and folders (walked
 * recursively in name order, other extensions ignored). A `.json` beside a `.txt`/`.html` of the same
 * name is that article's answer key and is not read as an article. Bad input is yielded as an error
 * naming the file or `file:line`, and reading goes on with the next one.
 */
export async function* readArticles(paths: string[]): AsyncIterable<ReadResult> {
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch (cause) {
      yield { where: path, error: new BadArticleError(path, 'no such file or directory', { cause }) };
      continue;
    }
    if (isDir) {
      for (const file of await listArticleFiles(path)) yield* readOne(file);
    } else {
      yield* readOne(path);
    }
  }
}

async function listArticleFiles(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  const names = new Set(entries.map((e) => e.name));
  const out: string[] = [];
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      out.push(...(await listArticleFiles(path)));
      continue;
    }
    const ext = extname(e.name).toLowerCase();
    if (!e.isFile() || !ARTICLE_EXTENSIONS.has(ext)) continue;
    if (ext === '.json' && isSidecar(e.name, names)) continue;
    out.push(path);
  }
  return out;
}

function isSidecar(name: string, siblings: Set<string>): boolean {
  const stem = basename(name, extname(name));
  return [...TEXT_EXTENSIONS, ...HTML_EXTENSIONS].some((ext) => siblings.has(stem + ext));
}

async function* readOne(path: string): AsyncIterable<ReadResult> {
  const ext = extname(path).toLowerCase();
  try {
    if (ext === '.jsonl') {
      yield* readJsonLines(path);
    } else if (ext === '.json') {
      yield* articlesFromJson(decodeArticleBytes(await readArticleBytes(path), path), path);
    } else {
      yield { where: path, article: await readArticleFile(path) };
    }
  } catch (error) {
    if (error instanceof BadArticleError) yield { where: path, error };
    else throw error;
  }
}

/** Streams a JSONL file line by line (it may hold many articles), one result per non-blank line. */
async function* readJsonLines(path: string): AsyncIterable<ReadResult> {
  let lineNo = 0;
  for await (const bytes of splitLines(path)) {
    lineNo++;
    const where = `${path}:${lineNo}`;
    let article: ArticleInput | null;
    try {
      article = parseJsonLine(bytes, where);
    } catch (error) {
      if (!(error instanceof BadArticleError)) throw error;
      yield { where, error };
      continue;
    }
    if (article) yield { where, article };
  }
}

/** One JSONL line: an article, null for a blank line, or a BadArticleError naming `file:line`. */
function parseJsonLine(bytes: Uint8Array, where: string): ArticleInput | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new BadArticleError(where, 'not valid UTF-8 text', { cause });
  }
  if (text.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new BadArticleError(where, `malformed JSON line (${(cause as Error).message})`, { cause });
  }
  return articleFromObject(value, where);
}

/** Raw bytes of each line, so a bad UTF-8 sequence is reported on its own line and not the file. */
async function* splitLines(path: string): AsyncIterable<Uint8Array> {
  let pending: Buffer = Buffer.alloc(0);
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    let nl: number;
    while ((nl = pending.indexOf(0x0a)) >= 0) {
      yield stripCr(pending.subarray(0, nl));
      pending = pending.subarray(nl + 1);
    }
    if (pending.length > MAX_ARTICLE_BYTES)
      throw new BadArticleError(path, `a line longer than ${MAX_ARTICLE_BYTES} bytes`);
  }
  if (pending.length) yield stripCr(pending);
}

function stripCr(line: Uint8Array): Uint8Array {
  return line[line.length - 1] === 0x0d ? line.subarray(0, line.length - 1) : line;
}
