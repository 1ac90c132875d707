import { findOrganizations, findPeople, findPlaces } from '../../graph/repositories/entities.ts';
import {
  organizationQueryOf,
  personQueryOf,
  placeQueryOf,
  type OrganizationFilterInput,
  type PersonFilterInput,
  type PlaceFilterInput,
} from '../filters/entity-filters.ts';
import { connectionField, type PageArgs } from './connection-field.ts';

/** People, organizations and places sort by name, then id (cypher/api/people.cypher and siblings). */
const byName = () => 'NAME';
const nameKey = () => (row: { name: string }) => [row.name];

/** Query.people, Query.organizations, Query.places: one Cypher statement each. */
export const queryEntityResolvers = {
  Query: {
    people: connectionField({
      order: byName,
      query: (args: PageArgs & { filter?: PersonFilterInput | null }) => personQueryOf(args.filter ?? {}),
      find: findPeople,
      keyOf: nameKey,
    }),
    organizations: connectionField({
      order: byName,
      query: (args: PageArgs & { filter?: OrganizationFilterInput | null }) =>
        organizationQueryOf(args.filter ?? {}),
      find: findOrganizations,
      keyOf: nameKey,
    }),
    places: connectionField({
      order: byName,
      query: (args: PageArgs & { filter?: PlaceFilterInput | null }) => placeQueryOf(args.filter ?? {}),
      find: findPlaces,
      keyOf: nameKey,
    }),
  },
};
