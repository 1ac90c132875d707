import type { EntityRow, OrganizationRow, PersonRow, PlaceRow } from '../../graph/repositories/records.ts';
import type { ApiContext } from '../context.ts';
import { pageSize } from '../pagination.ts';

type First = { first?: number | null };
/** A nested list's `first`: checked like a page size (0..100). */
const firstOf = (args: First, fallback: number) => pageSize(args.first, fallback);

const mentions = async (n: EntityRow, args: First, ctx: ApiContext) =>
  (await ctx.loaders.entityMentions(firstOf(args, 10)).load(n.id)).items.map((m) => ({ ...m, entity: n }));
const statements = async (n: EntityRow, args: First, ctx: ApiContext) =>
  (await ctx.loaders.actorStatements(firstOf(args, 10)).load(n.id)).items;
const events =
  (rel: 'CLAIMED' | 'DENIED' | 'CARRIED_OUT') => async (n: EntityRow, args: First, ctx: ApiContext) =>
    (await ctx.loaders.actorEvents(rel, firstOf(args, 10)).load(n.id)).items;

/** Person and Organization: roles, statements, events, mentions; each list batched across parents. */
export const entityResolvers = {
  Person: {
    roles: async (p: PersonRow, _: unknown, ctx: ApiContext) =>
      (await ctx.loaders.personRoles.load(p.id)).roles.map((r) => ({ ...r, person: p })),
    statements,
    carriedOut: events('CARRIED_OUT'),
    mentions,
  },
  Organization: {
    officials: async (o: OrganizationRow, args: First, ctx: ApiContext) =>
      (await ctx.loaders.officials(firstOf(args, 20)).load(o.id)).items,
    statements,
    claimed: events('CLAIMED'),
    denied: events('DENIED'),
    carriedOut: events('CARRIED_OUT'),
    mentions,
  },
};

/** Place: hierarchy, coordinates and what happened or was said there. */
export const placeResolvers = {
  Place: {
    latitude: (p: PlaceRow) => p.lat,
    longitude: (p: PlaceRow) => p.lon,
    parent: async (p: PlaceRow, _: unknown, ctx: ApiContext) =>
      (await ctx.loaders.placeLinks.load(p.id, 'parent'))[0] ?? null,
    ancestors: async (p: PlaceRow, _: unknown, ctx: ApiContext) =>
      await ctx.loaders.placeLinks.load(p.id, 'ancestors'),
    children: async (p: PlaceRow, args: First, ctx: ApiContext) =>
      (await ctx.loaders.placeChildren(firstOf(args, 20)).load(p.id)).items,
    events: async (p: PlaceRow, args: First & { includeInside?: boolean | null }, ctx: ApiContext) =>
      (await ctx.loaders.placeEvents(args.includeInside ?? true, firstOf(args, 10)).load(p.id)).items,
    statementsMadeHere: async (
      p: PlaceRow,
      args: First & { includeInside?: boolean | null },
      ctx: ApiContext,
    ) =>
      (await ctx.loaders.placeStatementsMadeHere(args.includeInside ?? true, firstOf(args, 10)).load(p.id))
        .items,
    statements,
    mentions,
  },
};
