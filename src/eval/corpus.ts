import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { readArticleFile } from '../article/read-file.ts';
import { UserInputError } from '../errors.ts';
import type { ArticleInput, Extraction } from '../extract/types.ts';
import { parseAnswerKey, type AnswerKey } from './answer-key.ts';
import { buildReport, scoreArticle, type EvalReport } from './score.ts';

/** One annotated article: its text as the extractor reads it and its gold answer key. */
export interface AnnotatedArticle {
  id: string;
  article: ArticleInput;
  gold: AnswerKey;
}

const TEXT_EXTENSIONS = ['.txt', '.html', '.htm'];

/**
 * Reads a folder in the corpus format: `<id>.txt` (or .html) beside `<id>.json`, the answer key.
 * Files without a partner are ignored; a folder with no pair at all is a user error.
 */
export async function readCorpus(dir: string): Promise<AnnotatedArticle[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch (cause) {
    throw new UserInputError(`cannot read the folder ${dir}`, { cause });
  }
  const present = new Set(names);
  const out: AnnotatedArticle[] = [];
  for (const name of names.filter((n) => extname(n) === '.json')) {
    const id = basename(name, '.json');
    const textName = TEXT_EXTENSIONS.map((ext) => id + ext).find((n) => present.has(n));
    if (!textName) continue;
    const goldPath = join(dir, name);
    let value: unknown;
    try {
      value = JSON.parse(await readFile(goldPath, 'utf8'));
    } catch (cause) {
      throw new UserInputError(`${goldPath}: malformed JSON`, { cause });
    }
    const gold = parseAnswerKey(value, goldPath);
    out.push({ id: gold.id ?? id, article: await readArticleFile(join(dir, textName)), gold });
  }
  if (out.length === 0) throw new UserInputError(`no annotated articles (<id>.txt + <id>.json) in ${dir}`);
  return out;
}

/** An article the extractor failed on: scored as an empty prediction and reported. */
export interface ExtractionFailure {
  id: string;
  message: string;
}

/** Runs `extractOne` on every article and scores it; a crash on one article does not stop the rest. */
export function evaluateCorpus(
  corpus: readonly AnnotatedArticle[],
  extractOne: (article: ArticleInput) => Extraction,
): { report: EvalReport; failures: ExtractionFailure[] } {
  const failures: ExtractionFailure[] = [];
  const rows = corpus.map(({ id, article, gold }) => {
    let pred: AnswerKey;
    try {
      pred = parseAnswerKey(extractOne(article), `prediction for ${id}`);
    } catch (error) {
      failures.push({ id, message: error instanceof Error ? error.message : String(error) });
      pred = parseAnswerKey({}, id);
    }
    return scoreArticle(id, gold, pred);
  });
  return { report: buildReport(rows), failures };
}
