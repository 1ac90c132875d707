import { z } from 'zod';
import {
  AnonymousRecord,
  ArticleRecord,
  CasualtyRecord,
  EventRecord,
  EvidenceRecord,
  OrganizationRecord,
  PersonRecord,
  PlaceRecord,
  StatementRecord,
} from './records.ts';
import type { ReadExecutor } from './read-executor.ts';
import { intParam, toPlain } from './values.ts';

/**
 * Batched link reads for the API's loaders: each function runs one named statement for many parent ids
 * and returns one result per id, in the order asked (an id the graph lacks gets `fallback`).
 */
async function batch<S extends z.ZodType>(
  db: ReadExecutor,
  name: string,
  ids: readonly string[],
  params: Record<string, unknown>,
  schema: S,
  fallback: z.infer<S>,
): Promise<z.infer<S>[]> {
  const rows = await db.read(name, { ...params, ids: [...ids] });
  const byId = new Map<string, z.infer<S>>();
  for (const row of rows) {
    const plain = toPlain(row) as { id: string };
    byId.set(plain.id, schema.parse(plain));
  }
  return ids.map((id) => byId.get(id) ?? fallback);
}

/** The fallback of a link row made only of lists: every list empty. */
function emptyLists<S extends z.ZodObject<Record<string, z.ZodArray<z.ZodType>>>>(schema: S): z.infer<S> {
  return Object.fromEntries(Object.keys(schema.shape).map((key) => [key, []])) as z.infer<S>;
}

/** How often and in which sentence an article mentions an entity: once and none when the graph has no value. */
const mentionFields = {
  count: z
    .number()
    .nullish()
    .transform((v) => v ?? 1),
  sentence: z
    .string()
    .nullish()
    .transform((v) => v ?? null),
};

const Actor = z.discriminatedUnion('label', [PersonRecord, OrganizationRecord, PlaceRecord, AnonymousRecord]);
const Entity = z.discriminatedUnion('label', [PersonRecord, OrganizationRecord, PlaceRecord]);
const RoleHolder = z.discriminatedUnion('label', [OrganizationRecord, PlaceRecord]);

export const EventLinks = z.object({
  places: z.array(PlaceRecord),
  casualties: z.array(CasualtyRecord),
  claimedBy: z.array(Actor),
  deniedBy: z.array(Actor),
  perpetrators: z.array(Actor),
  partOf: z.array(EventRecord),
  parts: z.array(EventRecord),
  statements: z.array(StatementRecord),
  evidence: z.array(EvidenceRecord),
});
export type EventLinksRow = z.infer<typeof EventLinks>;

/** Which links of a row a query selected: the statement reads only these (the others come back empty). */
export type LinkParts<R> = readonly (keyof R & string)[];

export const eventLinks = (db: ReadExecutor, ids: readonly string[], parts: LinkParts<EventLinksRow>) =>
  batch(db, 'api/event-links', ids, { parts: [...parts] }, EventLinks, emptyLists(EventLinks));

export const StatementLinks = z.object({
  speakers: z.array(Actor),
  places: z.array(PlaceRecord),
  events: z.array(EventRecord),
  evidence: z.array(EvidenceRecord),
});
export type StatementLinksRow = z.infer<typeof StatementLinks>;

export const statementLinks = (
  db: ReadExecutor,
  ids: readonly string[],
  parts: LinkParts<StatementLinksRow>,
) => batch(db, 'api/statement-links', ids, { parts: [...parts] }, StatementLinks, emptyLists(StatementLinks));

export const CasualtyLinks = z.object({
  events: z.array(EventRecord),
  reportedBy: z.array(Actor),
  evidence: z.array(EvidenceRecord),
});
export type CasualtyLinksRow = z.infer<typeof CasualtyLinks>;

export const casualtyLinks = (db: ReadExecutor, ids: readonly string[], parts: LinkParts<CasualtyLinksRow>) =>
  batch(db, 'api/casualty-links', ids, { parts: [...parts] }, CasualtyLinks, emptyLists(CasualtyLinks));

const MentionOfEntity = z.object({ entity: Entity, ...mentionFields });

export const ArticleLinks = z.object({
  events: z.array(EventRecord),
  statements: z.array(StatementRecord),
  casualties: z.array(CasualtyRecord),
  mentioned: z.array(MentionOfEntity),
});
export type ArticleLinksRow = z.infer<typeof ArticleLinks>;

export const articleLinks = (db: ReadExecutor, ids: readonly string[], parts: LinkParts<ArticleLinksRow>) =>
  batch(db, 'api/article-links', ids, { parts: [...parts] }, ArticleLinks, emptyLists(ArticleLinks));

/** A place's parent (a list of at most one) and its enclosing places, nearest first. */
export const PlaceLinks = z.object({ parent: z.array(PlaceRecord), ancestors: z.array(PlaceRecord) });
export type PlaceLinksRow = z.infer<typeof PlaceLinks>;

export const placeLinks = (db: ReadExecutor, ids: readonly string[], parts: LinkParts<PlaceLinksRow>) =>
  batch(db, 'api/place-links', ids, { parts: [...parts] }, PlaceLinks, emptyLists(PlaceLinks));

const Role = z.object({
  title: z
    .string()
    .nullish()
    .transform((v) => v ?? null),
  of: RoleHolder.nullable(),
  article: ArticleRecord.nullable(),
});
export type RoleRow = z.infer<typeof Role>;

export const personRoles = (db: ReadExecutor, ids: readonly string[]) =>
  batch(db, 'api/person-roles', ids, {}, z.object({ roles: z.array(Role) }), { roles: [] });

export const anonymousLinks = (db: ReadExecutor, ids: readonly string[]) =>
  batch(
    db,
    'api/anonymous-links',
    ids,
    {},
    z.object({ article: ArticleRecord.nullable(), statements: z.array(StatementRecord) }),
    { article: null, statements: [] },
  );

/** Lists that may grow with the graph (an entity's statements, a country's events) come `first` at a time. */
const items = <S extends z.ZodType>(schema: S) => z.object({ items: z.array(schema) });

export const actorStatements = (db: ReadExecutor, ids: readonly string[], first: number) =>
  batch(db, 'api/actor-statements', ids, { first: intParam(first) }, items(StatementRecord), { items: [] });

export type ActorEventRelation = 'CLAIMED' | 'DENIED' | 'CARRIED_OUT';

export const actorEvents = (
  db: ReadExecutor,
  ids: readonly string[],
  rel: ActorEventRelation,
  first: number,
) => batch(db, 'api/actor-events', ids, { rel, first: intParam(first) }, items(EventRecord), { items: [] });

export const placeEvents = (
  db: ReadExecutor,
  ids: readonly string[],
  includeInside: boolean,
  first: number,
) =>
  batch(db, 'api/place-events', ids, { includeInside, first: intParam(first) }, items(EventRecord), {
    items: [],
  });

export const placeStatementsMadeHere = (
  db: ReadExecutor,
  ids: readonly string[],
  includeInside: boolean,
  first: number,
) =>
  batch(
    db,
    'api/place-statements-made-here',
    ids,
    { includeInside, first: intParam(first) },
    items(StatementRecord),
    { items: [] },
  );

export const placeChildren = (db: ReadExecutor, ids: readonly string[], first: number) =>
  batch(db, 'api/place-children', ids, { first: intParam(first) }, items(PlaceRecord), { items: [] });

const Official = Role.extend({ person: PersonRecord });
export type OfficialRow = z.infer<typeof Official>;

export const officials = (db: ReadExecutor, ids: readonly string[], first: number) =>
  batch(db, 'api/organization-officials', ids, { first: intParam(first) }, items(Official), { items: [] });

const ArticleMention = z.object({ article: ArticleRecord, ...mentionFields });
export type ArticleMentionRow = z.infer<typeof ArticleMention>;

export const entityMentions = (db: ReadExecutor, ids: readonly string[], first: number) =>
  batch(db, 'api/entity-mentions', ids, { first: intParam(first) }, items(ArticleMention), { items: [] });
