import { foldName } from '../extract/normalize.ts';
import type { ActorRef, ArticleInput, Evidence, Extraction } from '../extract/types.ts';
import type { Resolution } from './entity-resolution.ts';
import { organizationNameKeys, personNameKeys, placeNameKeys } from './name-keys.ts';
import { anonymousId, factId } from './node-ids.ts';
import type {
  ActorEdgeRow,
  AnonymousRow,
  ArticleParams,
  CasualtyRow,
  EntityRowBase,
  EventRow,
  EvidenceRow,
  MentionRow,
  StatementRow,
} from './write-params.ts';
import { mergeEntityRows } from './merge-rows.ts';
import { ancestorsFirst, byId, sortLocks, uniqueById, uniqueEdges, uniqueRoles } from './row-order.ts';

export type { ArticleParams } from './write-params.ts';

/** An article as read plus the hash that tells a changed article from an unchanged one. */
export interface ArticleRecord extends ArticleInput {
  textHash: string;
}

/** The article's evidence sentences, each once, and the position of a sentence in that list. */
class SentenceTable {
  readonly list: string[] = [];
  private readonly positions = new Map<string, number>();

  ref(sentence: string): number {
    let at = this.positions.get(sentence);
    if (at === undefined) {
      at = this.list.length;
      this.list.push(sentence);
      this.positions.set(sentence, at);
    }
    return at;
  }
}

function evidenceRow(e: Evidence, sentences: SentenceTable): EvidenceRow {
  return { start: e.start, end: e.end, sentenceIndex: e.sentenceIndex, sentence: sentences.ref(e.sentence) };
}

function mentionRow(mentions: Evidence[], sentences: SentenceTable): MentionRow {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const first = sorted[0];
  return {
    count: sorted.length,
    starts: sorted.map((m) => m.start),
    ends: sorted.map((m) => m.end),
    sentence: first ? sentences.ref(first.sentence) : null,
  };
}

/**
 * Pure: an extraction and its entity resolution as the UNWIND batches of one article's write. Ids
 * follow docs/graph-model.md; every name an actor is given is looked up among the article's own
 * entities first, and an actor that is none of them is an article-local Anonymous node.
 */
export function toParams(article: ArticleRecord, extraction: Extraction, resolution: Resolution): ArticleParams {
  const articleId = article.id;
  const sentences = new SentenceTable();
  const entityBase = (id: string | null, name: string, aliases: string[], nameKeys: string[], mentions: Evidence[]): EntityRowBase => {
    if (id === null) throw new Error(`entity "${name}" has no resolved id`);
    return { id, name, aliases: [...new Set(aliases)].filter((a) => a !== name), nameKeys, mention: mentionRow(mentions, sentences) };
  };
  const idOf = (key: string | null): string | null => (key === null ? null : (resolution.get(key) ?? null));
  const anonymous = new Map<string, AnonymousRow>();
  const nameMap = (entities: Array<{ key: string; name: string; aliases: string[] }>): Map<string, string> => {
    const map = new Map<string, string>();
    for (const e of entities) {
      const id = idOf(e.key);
      if (id) for (const n of [e.name, ...e.aliases]) if (!map.has(foldName(n))) map.set(foldName(n), id);
    }
    return map;
  };
  const orgsByName = nameMap(extraction.organizations);
  const peopleByName = nameMap(extraction.people);
  const placesByName = nameMap(extraction.places);
  const lookup = (map: Map<string, string>, name: string | null): string | null =>
    name ? (map.get(foldName(name)) ?? null) : null;

  const anonymousNode = (phrase: string): string => {
    const id = anonymousId(articleId, phrase);
    if (!anonymous.has(id)) anonymous.set(id, { id, name: phrase });
    return id;
  };
  // A claimant or perpetrator named by the article: an organization first (armed groups), then a person,
  // then a place (a country "claimed" an attack), else a generic actor ("gunmen", "police").
  const actorByName = (name: string): string =>
    lookup(orgsByName, name) ?? lookup(peopleByName, name) ?? lookup(placesByName, name) ?? anonymousNode(name);
  const actorOf = (ref: ActorRef): string =>
    ref.type === 'anonymous' ? anonymousNode(ref.name) : (idOf(ref.key) ?? actorByName(ref.name));

  const people = mergeEntityRows(
    extraction.people.map((p) => ({
      ...entityBase(idOf(p.key), p.name, p.aliases, personNameKeys(p), p.mentions),
      role: p.role,
      isOfficial: p.isOfficial,
    })),
  );
  const organizations = mergeEntityRows(
    extraction.organizations.map((o) => ({
      ...entityBase(idOf(o.key), o.name, o.aliases, organizationNameKeys(o), o.mentions),
      kind: o.kind,
      country: o.country,
    })),
  );
  const places = mergeEntityRows(
    extraction.places.map((p) => ({
      ...entityBase(idOf(p.key), p.name, p.aliases, placeNameKeys(p), p.mentions),
      kind: p.kind,
      country: p.country,
      countryCode: p.countryCode,
      geonameId: p.geonameId,
      lat: p.lat,
      lon: p.lon,
      parentId: idOf(p.parentKey),
    })),
  );

  const roles = extraction.people.flatMap((p) => {
    const personNode = idOf(p.key);
    if (!personNode || !p.roleOf) return [];
    const names = p.roleOf.type === 'organization' ? orgsByName : placesByName;
    const target = idOf(p.roleOf.key) ?? lookup(names, p.roleOf.name);
    return target && target !== personNode ? [{ personId: personNode, targetId: target, title: p.role }] : [];
  });

  const eventIds = new Map(extraction.events.map((e) => [e.key, factId(articleId, e.key)]));

  const events: EventRow[] = extraction.events.map((e) => ({
    id: factId(articleId, e.key),
    type: e.type,
    date: e.date,
    summary: e.summary,
    killedMin: e.killed?.min ?? null,
    killedMax: e.killed?.max ?? null,
    injuredMin: e.injured?.min ?? null,
    injuredMax: e.injured?.max ?? null,
    placeId: idOf(e.placeKey) ?? lookup(placesByName, e.place),
    partOfId: e.partOfKey ? (eventIds.get(e.partOfKey) ?? null) : null,
    evidence: evidenceRow(e.evidence, sentences),
  }));

  const actorEdges: ActorEdgeRow[] = uniqueEdges(
    extraction.events.flatMap((e) => {
      const eventId = factId(articleId, e.key);
      return [
        ...e.claimedBy.map((n) => ({ eventId, actorId: actorByName(n), rel: 'CLAIMED' as const })),
        ...e.deniedBy.map((n) => ({ eventId, actorId: actorByName(n), rel: 'DENIED' as const })),
        ...e.perpetrators.map((n) => ({ eventId, actorId: actorByName(n), rel: 'CARRIED_OUT' as const })),
      ];
    }),
  );

  const casualties: CasualtyRow[] = extraction.casualties.map((c) => ({
    id: factId(articleId, c.key),
    eventId: eventIds.get(c.eventKey) ?? null,
    kind: c.kind,
    min: c.min,
    max: c.max,
    group: c.group,
    sourceId: c.source ? actorOf(c.source) : null,
    evidence: evidenceRow(c.evidence, sentences),
  }));

  const statements: StatementRow[] = extraction.statements.map((s) => ({
    id: factId(articleId, s.key),
    kind: s.kind,
    text: s.quote,
    date: s.date,
    speakerName: s.speaker,
    speakerId: actorOf(s.speakerRef),
    placeId: idOf(s.placeKey) ?? lookup(placesByName, s.place),
    eventIds: [...new Set(s.eventKeys.map((k) => eventIds.get(k)).filter((id): id is string => id !== undefined))],
    evidence: evidenceRow(s.evidence, sentences),
  }));

  const locks = sortLocks([
    ...places.map((r) => ({ id: r.id, label: 'Place' as const })),
    ...organizations.map((r) => ({ id: r.id, label: 'Organization' as const })),
    ...people.map((r) => ({ id: r.id, label: 'Person' as const })),
  ]);
  return {
    articleId,
    locks,
    article: {
      id: articleId,
      url: article.url,
      title: article.title,
      publisher: article.publisher,
      publishedAt: article.published,
      textHash: article.textHash,
      body: article.body,
    },
    sentences: sentences.list,
    // Sorted by id so that concurrent transactions lock shared entities in the same order (fewer deadlocks).
    places: ancestorsFirst(byId(places)),
    organizations: byId(organizations),
    people: byId(people),
    roles: uniqueRoles(roles),
    anonymous: [...anonymous.values()],
    // Facts are CREATEd: one row per id (an extraction's keys are unique; this keeps a slip from
    // failing the whole article on the uniqueness constraint).
    events: uniqueById(events),
    actorEdges,
    casualties: uniqueById(casualties),
    statements: uniqueById(statements),
  };
}
