import { findOrganizations, findPeople, findPlaces } from '../../graph/repositories/entities.ts';
import type { ApiContext } from '../context.ts';
import {
  organizationQueryOf,
  personQueryOf,
  placeQueryOf,
  type OrganizationFilterInput,
  type PersonFilterInput,
  type PlaceFilterInput,
} from '../filters/entity-filters.ts';
import { toConnection, toPage } from '../pagination.ts';

interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** Query.people, Query.organizations, Query.places: one Cypher statement each. */
export const queryEntityResolvers = {
  Query: {
    async people(_: unknown, args: PageArgs & { filter?: PersonFilterInput | null }, ctx: ApiContext) {
      const page = toPage(args.first, args.after);
      const result = await findPeople(ctx.db, personQueryOf(args.filter ?? {}), page);
      return toConnection(result.rows, result.total, page);
    },
    async organizations(
      _: unknown,
      args: PageArgs & { filter?: OrganizationFilterInput | null },
      ctx: ApiContext,
    ) {
      const page = toPage(args.first, args.after);
      const result = await findOrganizations(ctx.db, organizationQueryOf(args.filter ?? {}), page);
      return toConnection(result.rows, result.total, page);
    },
    async places(_: unknown, args: PageArgs & { filter?: PlaceFilterInput | null }, ctx: ApiContext) {
      const page = toPage(args.first, args.after);
      const result = await findPlaces(ctx.db, placeQueryOf(args.filter ?? {}), page);
      return toConnection(result.rows, result.total, page);
    },
  },
};
