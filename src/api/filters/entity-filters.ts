import type { ArticleQuery, OrganizationQuery, PersonQuery, PlaceQuery } from '../../graph/repositories/entities.ts';
import { dateRangeArg, nameArg, textArg } from '../inputs.ts';

export interface PersonFilterInput {
  name?: string | null;
  officialsOnly?: boolean | null;
  role?: string | null;
  organization?: string | null;
}

export function personQueryOf(filter: PersonFilterInput): PersonQuery {
  return {
    name: textArg('name', filter.name),
    nameKey: nameArg('name', filter.name),
    officialsOnly: filter.officialsOnly ?? null,
    role: textArg('role', filter.role)?.toLowerCase() ?? null,
    organization: textArg('organization', filter.organization),
    organizationKey: nameArg('organization', filter.organization),
  };
}

export interface OrganizationFilterInput {
  name?: string | null;
  kind?: string | null;
}

export function organizationQueryOf(filter: OrganizationFilterInput): OrganizationQuery {
  return {
    name: textArg('name', filter.name),
    nameKey: nameArg('name', filter.name),
    kind: textArg('kind', filter.kind),
  };
}

export interface PlaceFilterInput {
  name?: string | null;
  kind?: string | null;
  countryCode?: string | null;
  inside?: string | null;
}

export function placeQueryOf(filter: PlaceFilterInput): PlaceQuery {
  return {
    name: textArg('name', filter.name),
    nameKey: nameArg('name', filter.name),
    kind: textArg('kind', filter.kind),
    countryCode: textArg('countryCode', filter.countryCode)?.toUpperCase() ?? null,
    inside: textArg('inside', filter.inside),
    insideKey: nameArg('inside', filter.inside),
  };
}

export interface ArticleFilterInput {
  publisher?: string | null;
  from?: string | null;
  to?: string | null;
}

export function articleQueryOf(filter: ArticleFilterInput): ArticleQuery {
  dateRangeArg(filter.from, filter.to);
  return {
    publisher: textArg('publisher', filter.publisher)?.toLowerCase() ?? null,
    from: filter.from ?? null,
    to: filter.to ?? null,
  };
}
