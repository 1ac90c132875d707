import type { GraphQLResolveInfo } from 'graphql';
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
import { selectsField } from '../lookahead.ts';
import { pageRequest, toConnection, toPage } from '../pagination.ts';

interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** People, organizations and places sort by name, then id (cypher/api/people.cypher and siblings). */
const ORDER = 'NAME';
const nameKey = (row: { name: string }) => [row.name];

/** Query.people, Query.organizations, Query.places: one Cypher statement each. */
export const queryEntityResolvers = {
  Query: {
    async people(
      _: unknown,
      args: PageArgs & { filter?: PersonFilterInput | null },
      ctx: ApiContext,
      info: GraphQLResolveInfo,
    ) {
      const page = toPage(args.first, args.after, ORDER);
      const query = personQueryOf(args.filter ?? {});
      const result = await findPeople(ctx.db, query, pageRequest(page, selectsField(info, 'totalCount')));
      return toConnection(result.rows, result.total, page, ORDER, nameKey);
    },
    async organizations(
      _: unknown,
      args: PageArgs & { filter?: OrganizationFilterInput | null },
      ctx: ApiContext,
      info: GraphQLResolveInfo,
    ) {
      const page = toPage(args.first, args.after, ORDER);
      const query = organizationQueryOf(args.filter ?? {});
      const result = await findOrganizations(
        ctx.db,
        query,
        pageRequest(page, selectsField(info, 'totalCount')),
      );
      return toConnection(result.rows, result.total, page, ORDER, nameKey);
    },
    async places(
      _: unknown,
      args: PageArgs & { filter?: PlaceFilterInput | null },
      ctx: ApiContext,
      info: GraphQLResolveInfo,
    ) {
      const page = toPage(args.first, args.after, ORDER);
      const query = placeQueryOf(args.filter ?? {});
      const result = await findPlaces(ctx.db, query, pageRequest(page, selectsField(info, 'totalCount')));
      return toConnection(result.rows, result.total, page, ORDER, nameKey);
    },
  },
};
