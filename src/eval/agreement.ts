import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserInputError } from '../errors.ts';
import { parseAnswerKey } from './answer-key.ts';
import type { AnnotatedArticle } from './corpus.ts';
import { buildReport, scoreArticle, type EvalReport } from './score.ts';

/**
 * Scores a second annotator's answer keys (`<id>.json` in `otherDir`) against the corpus gold, exactly
 * as the extractor is scored: the ceiling a rule set can expect when its conventions are one
 * annotator's and the judge's are another's. Every corpus article needs its second key, so a missing
 * file is an error rather than a silent zero.
 */
export async function scoreAgainst(
  corpus: readonly AnnotatedArticle[],
  otherDir: string,
): Promise<EvalReport> {
  const rows = [];
  for (const { id, gold } of corpus) {
    const path = join(otherDir, `${id}.json`);
    let value: unknown;
    try {
      value = JSON.parse(await readFile(path, 'utf8'));
    } catch (cause) {
      throw new UserInputError(`${path}: no readable second answer key for ${id}`, { cause });
    }
    rows.push(scoreArticle(id, gold, parseAnswerKey(value, path)));
  }
  return buildReport(rows);
}
