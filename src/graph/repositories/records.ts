import { z } from 'zod';
import type { PageParams, PageResult, ReadExecutor } from './read-executor.ts';
import { pageParams, toPlain } from './values.ts';

/**
 * The shapes the read repositories return, parsed with zod at the boundary (after toPlain). Every
 * record carries `label`, so the API can resolve unions and interfaces without another query.
 */
const str = z
  .string()
  .nullish()
  .transform((v) => v ?? null);
const num = z
  .number()
  .nullish()
  .transform((v) => v ?? null);
const strings = z
  .array(z.string())
  .nullish()
  .transform((v) => v ?? []);

export const ArticleRecord = z.object({
  label: z.literal('Article'),
  id: z.string(),
  url: str,
  title: z
    .string()
    .nullish()
    .transform((v) => v ?? ''),
  publisher: str,
  publishedAt: str,
  ingestedAt: str,
});

export const EventRecord = z.object({
  label: z.literal('Event'),
  id: z.string(),
  articleId: z.string(),
  type: z.string(),
  date: str,
  summary: str,
  killedMin: num,
  killedMax: num,
  injuredMin: num,
  injuredMax: num,
});

export const CasualtyRecord = z.object({
  label: z.literal('Casualty'),
  id: z.string(),
  articleId: z.string(),
  kind: z.string(),
  min: num,
  max: num,
  group: str,
});

export const StatementRecord = z.object({
  label: z.literal('Statement'),
  id: z.string(),
  articleId: z.string(),
  kind: z.string(),
  text: z.string(),
  date: str,
  speakerName: str,
});

export const PersonRecord = z.object({
  label: z.literal('Person'),
  id: z.string(),
  name: z.string(),
  aliases: strings,
  role: str,
  isOfficial: z
    .boolean()
    .nullish()
    .transform((v) => v ?? false),
});

export const OrganizationRecord = z.object({
  label: z.literal('Organization'),
  id: z.string(),
  name: z.string(),
  aliases: strings,
  kind: str,
});

export const PlaceRecord = z.object({
  label: z.literal('Place'),
  id: z.string(),
  name: z.string(),
  aliases: strings,
  kind: str,
  country: str,
  countryCode: str,
  geonameId: num,
  lat: num,
  lon: num,
});

export const AnonymousRecord = z.object({
  label: z.literal('Anonymous'),
  id: z.string(),
  articleId: str,
  name: z.string(),
});

export const GraphRecord = z.discriminatedUnion('label', [
  ArticleRecord,
  EventRecord,
  CasualtyRecord,
  StatementRecord,
  PersonRecord,
  OrganizationRecord,
  PlaceRecord,
  AnonymousRecord,
]);

export type ArticleRow = z.infer<typeof ArticleRecord>;
export type EventRow = z.infer<typeof EventRecord>;
export type CasualtyRow = z.infer<typeof CasualtyRecord>;
export type StatementRow = z.infer<typeof StatementRecord>;
export type PersonRow = z.infer<typeof PersonRecord>;
export type OrganizationRow = z.infer<typeof OrganizationRecord>;
export type PlaceRow = z.infer<typeof PlaceRecord>;
export type AnonymousRow = z.infer<typeof AnonymousRecord>;
export type GraphRow = z.infer<typeof GraphRecord>;
export type EntityRow = PersonRow | OrganizationRow | PlaceRow;
export type ActorRow = EntityRow | AnonymousRow;

/** Evidence behind a fact: the REPORTED_IN relationship's properties and its article. */
export const EvidenceRecord = z.object({
  article: ArticleRecord,
  sentence: z
    .string()
    .nullish()
    .transform((v) => v ?? ''),
  start: z
    .number()
    .nullish()
    .transform((v) => v ?? 0),
  end: z
    .number()
    .nullish()
    .transform((v) => v ?? 0),
  sentenceIndex: z
    .number()
    .nullish()
    .transform((v) => v ?? 0),
});
export type EvidenceRow = z.infer<typeof EvidenceRecord>;

/** Parses a driver value with a zod schema after converting driver types. */
export function parse<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  return schema.parse(toPlain(value));
}

/**
 * Runs one page statement (cypher/api/*: a row `{total, page}`) with the filters and the paging as
 * parameters, and parses the page with `schema`.
 */
export async function readPage<S extends z.ZodType>(
  db: ReadExecutor,
  statement: string,
  schema: S,
  query: object,
  page: PageParams,
): Promise<PageResult<z.infer<S>>> {
  const rows = await db.read(statement, { ...query, ...pageParams(page) });
  const parsed = z
    .object({ total: z.number().nullable(), page: z.array(schema) })
    .parse(toPlain(rows[0] ?? { total: 0, page: [] }));
  return { total: parsed.total, rows: parsed.page as z.infer<S>[] };
}
