import type {
  ArticleQuery,
  OrganizationQuery,
  PersonQuery,
  PlaceQuery,
} from '../../graph/repositories/entities.ts';
import { keyTermQuery } from '../../graph/repositories/lucene.ts';
import { dateRangeArg, nameArg, textArg } from '../inputs.ts';

/** A name filter: the raw text (tried as an id), its folded key, and the key as an entityKeys term. */
function nameFilter(argument: string, value: string | null | undefined) {
  const key = nameArg(argument, value);
  return { raw: textArg(argument, value), key, query: keyTermQuery(key) };
}

export interface PersonFilterInput {
  name?: string | null;
  officialsOnly?: boolean | null;
  role?: string | null;
  organization?: string | null;
}

export function personQueryOf(filter: PersonFilterInput): PersonQuery {
  const name = nameFilter('name', filter.name);
  const organization = nameFilter('organization', filter.organization);
  return {
    name: name.raw,
    nameKey: name.key,
    nameKeyQuery: name.query,
    officialsOnly: filter.officialsOnly ?? null,
    role: textArg('role', filter.role)?.toLowerCase() ?? null,
    organization: organization.raw,
    organizationKey: organization.key,
    organizationKeyQuery: organization.query,
  };
}

export interface OrganizationFilterInput {
  name?: string | null;
  kind?: string | null;
}

export function organizationQueryOf(filter: OrganizationFilterInput): OrganizationQuery {
  const name = nameFilter('name', filter.name);
  return { name: name.raw, nameKey: name.key, nameKeyQuery: name.query, kind: textArg('kind', filter.kind) };
}

export interface PlaceFilterInput {
  name?: string | null;
  kind?: string | null;
  countryCode?: string | null;
  inside?: string | null;
}

export function placeQueryOf(filter: PlaceFilterInput): PlaceQuery {
  const name = nameFilter('name', filter.name);
  const inside = nameFilter('inside', filter.inside);
  return {
    name: name.raw,
    nameKey: name.key,
    nameKeyQuery: name.query,
    kind: textArg('kind', filter.kind),
    countryCode: textArg('countryCode', filter.countryCode)?.toUpperCase() ?? null,
    inside: inside.raw,
    insideKey: inside.key,
    insideKeyQuery: inside.query,
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
