import type { CasualtyRow, StatementRow } from '../../graph/repositories/records.ts';
import type { ApiContext } from '../context.ts';
import { articleOf } from './shared.ts';

/** Statement and Casualty: links through one batched read per type (`api/statement-links`, `api/casualty-links`). */
export const statementResolvers = {
  Statement: {
    speaker: async (s: StatementRow, _: unknown, ctx: ApiContext) =>
      (await ctx.loaders.statementLinks.load(s.id, 'speakers'))[0] ?? null,
    place: async (s: StatementRow, _: unknown, ctx: ApiContext) =>
      (await ctx.loaders.statementLinks.load(s.id, 'places'))[0] ?? null,
    events: async (s: StatementRow, _: unknown, ctx: ApiContext) =>
      await ctx.loaders.statementLinks.load(s.id, 'events'),
    evidence: async (s: StatementRow, _: unknown, ctx: ApiContext) =>
      (await ctx.loaders.statementLinks.load(s.id, 'evidence'))[0] ?? null,
    article: (s: StatementRow, _: unknown, ctx: ApiContext) => articleOf(s, ctx),
  },
  Casualty: {
    event: async (c: CasualtyRow, _: unknown, ctx: ApiContext) =>
      (await ctx.loaders.casualtyLinks.load(c.id, 'events'))[0] ?? null,
    reportedBy: async (c: CasualtyRow, _: unknown, ctx: ApiContext) =>
      await ctx.loaders.casualtyLinks.load(c.id, 'reportedBy'),
    evidence: async (c: CasualtyRow, _: unknown, ctx: ApiContext) =>
      (await ctx.loaders.casualtyLinks.load(c.id, 'evidence'))[0] ?? null,
    article: (c: CasualtyRow, _: unknown, ctx: ApiContext) => articleOf(c, ctx),
  },
};
