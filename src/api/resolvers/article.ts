import type { AnonymousRow, ArticleRow } from '../../graph/repositories/records.ts';
import type { ApiContext } from '../context.ts';

/** Article (its facts and mentions through one batched `api/article-links` read) and Anonymous. */
export const articleResolvers = {
  Article: {
    events: async (a: ArticleRow, _: unknown, ctx: ApiContext) =>
      await ctx.loaders.articleLinks.load(a.id, 'events'),
    statements: async (a: ArticleRow, _: unknown, ctx: ApiContext) =>
      await ctx.loaders.articleLinks.load(a.id, 'statements'),
    casualties: async (a: ArticleRow, _: unknown, ctx: ApiContext) =>
      await ctx.loaders.articleLinks.load(a.id, 'casualties'),
    mentioned: async (a: ArticleRow, _: unknown, ctx: ApiContext) =>
      (await ctx.loaders.articleLinks.load(a.id, 'mentioned')).map((m) => ({ ...m, article: a })),
  },
  Anonymous: {
    article: async (n: AnonymousRow, _: unknown, ctx: ApiContext) =>
      (await ctx.loaders.anonymousLinks.load(n.id)).article,
    statements: async (n: AnonymousRow, _: unknown, ctx: ApiContext) =>
      (await ctx.loaders.anonymousLinks.load(n.id)).statements,
  },
};
