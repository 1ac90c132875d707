import { AppError, UserInputError } from '../../errors.ts';
import type { ArticleRow } from '../../graph/repositories/records.ts';
import { requireToken } from '../auth.ts';
import type { ApiContext } from '../context.ts';

/** Same limit as the CLI's reader (src/article/validate.ts MAX_ARTICLE_BYTES). */
const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export interface IngestArticleInput {
  title: string;
  text?: string | null;
  html?: string | null;
  url?: string | null;
  publisher?: string | null;
  published?: string | null;
}

function checkInput(input: IngestArticleInput): Record<string, unknown> {
  const hasText = typeof input.text === 'string';
  const hasHtml = typeof input.html === 'string';
  if (hasText === hasHtml) throw new UserInputError('Give exactly one of `text` or `html`.');
  const body = (input.text ?? input.html ?? '') as string;
  if (Buffer.byteLength(body, 'utf8') > MAX_ARTICLE_BYTES)
    throw new UserInputError('The article is larger than 5 MB.');
  if (input.title.length > 1000) throw new UserInputError('`title` is longer than 1000 characters.');
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined));
}

interface Payload {
  article: ArticleRow;
  changed: boolean;
}

/** Mutation.ingestArticle: token checked first, then the CLI's pipeline, then what the article holds now. */
export const mutationResolvers = {
  Mutation: {
    async ingestArticle(_: unknown, args: { input: IngestArticleInput }, ctx: ApiContext): Promise<Payload> {
      requireToken(ctx);
      const article = checkInput(args.input);
      if (!ctx.ingester)
        throw new AppError('SERVICE_UNAVAILABLE', 'Ingestion is not available on this server.');
      const { articleId, changed } = await ctx.ingester.ingest(article);
      const node = await ctx.loaders.node.load(articleId);
      if (node?.label !== 'Article')
        throw new AppError('INTERNAL', `article ${articleId} was not found after ingest`);
      return { article: node, changed };
    },
  },
  IngestArticlePayload: {
    events: async (p: Payload, _: unknown, ctx: ApiContext) =>
      await ctx.loaders.articleLinks.load(p.article.id, 'events'),
    statements: async (p: Payload, _: unknown, ctx: ApiContext) =>
      await ctx.loaders.articleLinks.load(p.article.id, 'statements'),
    people: async (p: Payload, _: unknown, ctx: ApiContext) =>
      (await ctx.loaders.articleLinks.load(p.article.id, 'mentioned'))
        .map((m) => m.entity)
        .filter((e) => e.label === 'Person'),
    organizations: async (p: Payload, _: unknown, ctx: ApiContext) =>
      (await ctx.loaders.articleLinks.load(p.article.id, 'mentioned'))
        .map((m) => m.entity)
        .filter((e) => e.label === 'Organization'),
    places: async (p: Payload, _: unknown, ctx: ApiContext) =>
      (await ctx.loaders.articleLinks.load(p.article.id, 'mentioned'))
        .map((m) => m.entity)
        .filter((e) => e.label === 'Place'),
  },
};
