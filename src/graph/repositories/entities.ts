import {
  ArticleRecord,
  OrganizationRecord,
  readPage,
  PersonRecord,
  PlaceRecord,
  type ArticleRow,
  type OrganizationRow,
  type PersonRow,
  type PlaceRow,
} from './records.ts';
import type { PageParams, PageResult, ReadExecutor } from './read-executor.ts';

/** True when no filter is set: the page can then walk the name index (cypher/api/*-by-name.cypher). */
const unfiltered = (query: object): boolean => Object.values(query).every((v) => v === null);

/** Filters for people, already checked and folded by the API (`role` lower-cased). */
export interface PersonQuery {
  name: string | null;
  nameKey: string | null;
  /** Keys as quoted terms for the entityKeys index (lucene.ts keyTermQuery). */
  nameKeyQuery: string | null;
  officialsOnly: boolean | null;
  role: string | null;
  organization: string | null;
  organizationKey: string | null;
  organizationKeyQuery: string | null;
}

export async function findPeople(
  db: ReadExecutor,
  query: PersonQuery,
  page: PageParams,
): Promise<PageResult<PersonRow>> {
  const name = unfiltered(query) ? 'api/people-by-name' : 'api/people';
  return readPage(db, name, PersonRecord, query, page);
}

export interface OrganizationQuery {
  name: string | null;
  nameKey: string | null;
  /** Keys as quoted terms for the entityKeys index (lucene.ts keyTermQuery). */
  nameKeyQuery: string | null;
  kind: string | null;
}

export async function findOrganizations(
  db: ReadExecutor,
  query: OrganizationQuery,
  page: PageParams,
): Promise<PageResult<OrganizationRow>> {
  const name = unfiltered(query) ? 'api/organizations-by-name' : 'api/organizations';
  return readPage(db, name, OrganizationRecord, query, page);
}

/** `countryCode` upper-cased. */
export interface PlaceQuery {
  name: string | null;
  nameKey: string | null;
  /** Keys as quoted terms for the entityKeys index (lucene.ts keyTermQuery). */
  nameKeyQuery: string | null;
  kind: string | null;
  countryCode: string | null;
  inside: string | null;
  insideKey: string | null;
  insideKeyQuery: string | null;
}

export async function findPlaces(
  db: ReadExecutor,
  query: PlaceQuery,
  page: PageParams,
): Promise<PageResult<PlaceRow>> {
  const name = unfiltered(query) ? 'api/places-by-name' : 'api/places';
  return readPage(db, name, PlaceRecord, query, page);
}

/** `publisher` lower-cased. */
export interface ArticleQuery {
  publisher: string | null;
  from: string | null;
  to: string | null;
}

export async function findArticles(
  db: ReadExecutor,
  query: ArticleQuery,
  page: PageParams,
): Promise<PageResult<ArticleRow>> {
  return readPage(db, 'api/articles', ArticleRecord, query, page);
}
