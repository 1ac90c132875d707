import { AppError } from '../../errors.ts';
import type { ArticleRow, GraphRow } from '../../graph/repositories/records.ts';
import type { ApiContext } from '../context.ts';

/** A fact's article: every fact carries `articleId`; the node loader batches the lookups. */
export async function articleOf(fact: { articleId: string | null }, ctx: ApiContext): Promise<ArticleRow> {
  const node = fact.articleId === null ? null : await ctx.loaders.node.load(fact.articleId);
  if (node?.label !== 'Article')
    throw new AppError('INTERNAL', `article ${fact.articleId ?? '?'} of a fact is missing`);
  return node;
}

/** Resolves unions and interfaces from the `label` every record carries. */
export function typeOf(row: GraphRow): string {
  return row.label;
}

/** A `first` argument on a nested list: 0..100, defaulting as the schema says. */
export { pageSize } from '../pagination.ts';
