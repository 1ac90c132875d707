import type { EventRow } from '../../graph/repositories/records.ts';
import type { ApiContext } from '../context.ts';
import { articleOf } from './shared.ts';

const range = (min: number | null, max: number | null) =>
  min === null && max === null ? null : { min, max };

/** Event: its own figures, and every link through one batched `api/event-links` read. */
export const eventResolvers = {
  Event: {
    killed: (e: EventRow) => range(e.killedMin, e.killedMax),
    injured: (e: EventRow) => range(e.injuredMin, e.injuredMax),
    places: async (e: EventRow, _: unknown, ctx: ApiContext) =>
      await ctx.loaders.eventLinks.load(e.id, 'places'),
    casualties: async (e: EventRow, _: unknown, ctx: ApiContext) =>
      await ctx.loaders.eventLinks.load(e.id, 'casualties'),
    claimedBy: async (e: EventRow, _: unknown, ctx: ApiContext) =>
      await ctx.loaders.eventLinks.load(e.id, 'claimedBy'),
    deniedBy: async (e: EventRow, _: unknown, ctx: ApiContext) =>
      await ctx.loaders.eventLinks.load(e.id, 'deniedBy'),
    perpetrators: async (e: EventRow, _: unknown, ctx: ApiContext) =>
      await ctx.loaders.eventLinks.load(e.id, 'perpetrators'),
    partOf: async (e: EventRow, _: unknown, ctx: ApiContext) =>
      (await ctx.loaders.eventLinks.load(e.id, 'partOf'))[0] ?? null,
    parts: async (e: EventRow, _: unknown, ctx: ApiContext) =>
      await ctx.loaders.eventLinks.load(e.id, 'parts'),
    statements: async (e: EventRow, _: unknown, ctx: ApiContext) =>
      await ctx.loaders.eventLinks.load(e.id, 'statements'),
    evidence: async (e: EventRow, _: unknown, ctx: ApiContext) =>
      (await ctx.loaders.eventLinks.load(e.id, 'evidence'))[0] ?? null,
    article: (e: EventRow, _: unknown, ctx: ApiContext) => articleOf(e, ctx),
  },
};
