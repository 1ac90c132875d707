import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnnotatedArticle } from '../eval/corpus.ts';
import type { Doc } from '../extract/doc.ts';
import type { ArticleInput } from '../extract/types.ts';
import { choicesOf, type ArticleChoices } from './figure-choice-data.ts';

/**
 * The rules as they are on unseen text, simulated: an older copy of the project (a tree from before these
 * articles were read to write rules) runs on them. Its documents have the same shape, so the current
 * candidates and features are computed on them; its events and values are the "rules" of those articles.
 * Used so that the "rule" feature is learned from picks as reliable as on unseen articles, not from the
 * rules' picks on the articles they were written on.
 */
export async function readSimulated(tree: string, articles: readonly AnnotatedArticle[]): Promise<ArticleChoices[]> {
  const root = resolve(tree);
  const load = async <T>(path: string): Promise<T> => (await import(pathToFileURL(resolve(root, path)).href)) as T;
  const { loadResources } = await load<{ loadResources: () => { resources: unknown } }>('src/cli/resources.ts');
  const { runPipeline } = await load<{ runPipeline: (a: ArticleInput, r: unknown) => Doc }>('src/extract/pipeline.ts');
  const { resources } = loadResources();
  return articles.map((a) => choicesOf(a, runPipeline(a.article, resources)));
}
