/**
 * The parameter batches of one article's write, one list per UNWIND statement in cypher/. Plain data
 * (strings, numbers, null); the Cypher converts dates, integers and points, so no driver types leak
 * into the pure mapping.
 */
export interface EvidenceRow {
  start: number;
  end: number;
  sentenceIndex: number;
  /** Position of the evidence sentence in ArticleParams.sentences (each sentence is sent once). */
  sentence: number;
}

/** How an entity is mentioned in the article: the MENTIONED_IN edge. */
export interface MentionRow {
  count: number;
  starts: number[];
  ends: number[];
  /** The first mention's sentence, as a position in ArticleParams.sentences. */
  sentence: number | null;
}

export interface EntityRowBase {
  id: string;
  name: string;
  aliases: string[];
  nameKeys: string[];
  mention: MentionRow;
}

export interface PersonRow extends EntityRowBase {
  role: string | null;
  isOfficial: boolean;
}

export interface OrganizationRow extends EntityRowBase {
  kind: string;
  country: string | null;
}

export interface PlaceRow extends EntityRowBase {
  kind: string;
  country: string | null;
  countryCode: string | null;
  geonameId: number | null;
  lat: number | null;
  lon: number | null;
  parentId: string | null;
}

export interface RoleRow {
  personId: string;
  targetId: string;
  title: string | null;
}

export interface AnonymousRow {
  id: string;
  name: string;
}

export interface EventRow {
  id: string;
  type: string;
  date: string | null;
  summary: string;
  killedMin: number | null;
  killedMax: number | null;
  injuredMin: number | null;
  injuredMax: number | null;
  placeId: string | null;
  partOfId: string | null;
  evidence: EvidenceRow;
}

export interface ActorEdgeRow {
  eventId: string;
  actorId: string;
  rel: 'CLAIMED' | 'DENIED' | 'CARRIED_OUT';
}

export interface CasualtyRow {
  id: string;
  eventId: string | null;
  kind: string;
  min: number | null;
  max: number | null;
  group: string | null;
  sourceId: string | null;
  evidence: EvidenceRow;
}

export interface StatementRow {
  id: string;
  kind: string;
  text: string;
  date: string | null;
  speakerName: string;
  speakerId: string;
  placeId: string | null;
  eventIds: string[];
  evidence: EvidenceRow;
}

export interface ArticleRow {
  id: string;
  url: string | null;
  title: string;
  publisher: string | null;
  /** ISO date or null. */
  publishedAt: string | null;
  textHash: string;
  body: string;
}

/** An existing entity to write-lock before anything else, with its label (one index seek). */
export interface LockRow {
  id: string;
  label: 'Person' | 'Organization' | 'Place';
}

export interface ArticleParams {
  articleId: string;
  article: ArticleRow;
  /**
   * Every evidence sentence of the article, once: rows refer to them by position. A sentence often
   * backs several mentions and facts, and sending it with each was an eighth of the bytes per article.
   */
  sentences: string[];
  /** Every entity the article touches, sorted by id: the order in which the write locks them. */
  locks: LockRow[];
  places: PlaceRow[];
  organizations: OrganizationRow[];
  people: PersonRow[];
  roles: RoleRow[];
  anonymous: AnonymousRow[];
  events: EventRow[];
  actorEdges: ActorEdgeRow[];
  casualties: CasualtyRow[];
  statements: StatementRow[];
}
