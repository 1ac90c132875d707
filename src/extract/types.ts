/**
 * The extractor's contract: what an article becomes. The JSON form of `Extraction` is a superset of the
 * answer-key format in fixtures/README.md (people, organizations, places, statements, events), so the
 * scorer can read either. Everything here is plain data: no classes, no driver types.
 */

/** An article as the extractor sees it. `body` is the text that all offsets point into. */
export interface ArticleInput {
  /** Stable id (see src/article/ids.ts); derived from url or content when absent. */
  id: string;
  title: string;
  body: string;
  /** Publication date, ISO `YYYY-MM-DD`, or null when unknown. Relative dates resolve against it. */
  published: string | null;
  url: string | null;
  publisher: string | null;
}

/** Where a fact stands in the body: character offsets [start, end) and the sentence around it. */
export interface Evidence {
  start: number;
  end: number;
  /** Index into Doc.sentences. */
  sentenceIndex: number;
  /** The whole sentence, as it stands in the body. */
  sentence: string;
}

export type PlaceKind =
  | 'country'
  | 'admin1' // province, governorate, state, region of a country
  | 'admin2' // district, county
  | 'city'
  | 'town'
  | 'neighbourhood'
  | 'landmark'
  | 'region' // a named area that is not an administrative unit ("Middle East", "Gedo region" when unresolved)
  | 'unknown';

export interface PlaceEntity {
  /**
   * Unique within one extraction and stable across articles: `geo:<geonameId>` for a resolved city or
   * town, `country:<ISO2>` for a country, `admin1:<ISO2>.<code>` for a province or governorate, else
   * `place:<normalised name>`.
   */
  key: string;
  /** Fullest form used in the article. */
  name: string;
  aliases: string[];
  kind: PlaceKind;
  /** Country name in English ("Syria"), for countries the country itself; null when unknown. */
  country: string | null;
  /** ISO 3166-1 alpha-2. */
  countryCode: string | null;
  lat: number | null;
  lon: number | null;
  geonameId: number | null;
  /** The gazetteer's canonical name (with diacritics) when resolved, e.g. "Jalālābād". */
  gazetteerName: string | null;
  /** Key of the enclosing place in `places` (every ancestor is in `places` too), or null at the top. */
  parentKey: string | null;
  mentions: Evidence[];
}

export type OrganizationKind =
  | 'armed_group'
  | 'military'
  | 'government' // a government, ministry, agency of state, police force
  | 'news_agency'
  | 'party'
  | 'international' // UN bodies, NATO, AU, ...
  | 'ngo'
  | 'other';

export interface OrganizationEntity {
  key: string; // `org:<normalised name>`
  name: string;
  aliases: string[];
  kind: OrganizationKind;
  /** Country name when the organization belongs to one ("Interior Ministry" of Afghanistan), else null. */
  country: string | null;
  mentions: Evidence[];
}

/** What a role is a role of: an organization or a place (country) in this extraction. */
export interface RoleOf {
  type: 'organization' | 'place';
  name: string;
  key: string | null;
}

export interface PersonEntity {
  key: string; // `person:<normalised full name>`
  name: string;
  aliases: string[];
  /** Title as the article gives it: "US Secretary of State", "Interior Ministry spokesman". */
  role: string | null;
  roleOf: RoleOf | null;
  /** Holds a public office (minister, president, spokesman of a state body, governor, ...). */
  isOfficial: boolean;
  mentions: Evidence[];
}

/** Who said something or reported a figure. `anonymous` covers "a witness", "officials", "police". */
export interface ActorRef {
  type: 'person' | 'organization' | 'place' | 'anonymous';
  /** Canonical name of the entity, or the article's head phrase for anonymous actors. */
  name: string;
  /** Key into people / organizations / places, null for anonymous actors. */
  key: string | null;
}

export interface Statement {
  key: string; // `stmt:<n>`
  kind: 'direct' | 'indirect';
  /** Canonical speaker name (answer-key field). */
  speaker: string;
  speakerRef: ActorRef;
  /** Direct: text inside the marks (split quotes joined by a space). Indirect: the reported clause. */
  quote: string;
  /** Where it was said, when the text says so (answer-key field), and its place key. */
  place: string | null;
  placeKey: string | null;
  /** When it was said, ISO date, when the text says so. */
  date: string | null;
  /** Events the statement is about, where the text makes the link. */
  eventKeys: string[];
  /** Covers the quote (or reported clause); `sentence` is its first sentence. */
  evidence: Evidence;
}

export type EventType =
  | 'BOMBING'
  | 'SUICIDE_BOMBING'
  | 'CAR_BOMBING'
  | 'IED'
  | 'AIRSTRIKE'
  | 'SHELLING'
  | 'ARMED_CLASH'
  | 'ATTACK'
  | 'ABDUCTION'
  | 'CEASEFIRE'
  | 'PROTEST';

export interface Range {
  min: number | null;
  max: number | null;
}

export type CasualtyKind = 'killed' | 'injured' | 'missing' | 'abducted';

export interface CasualtyFigure {
  key: string; // `cas:<n>`
  eventKey: string;
  kind: CasualtyKind;
  min: number | null;
  max: number | null;
  /** Who they are: "civilians", "children", "soldiers", "attackers"; null when unsaid ("people"). */
  group: string | null;
  /** Who reported the figure ("according to SANA"); null when it is the article's own voice. */
  source: ActorRef | null;
  evidence: Evidence;
}

export interface ConflictEvent {
  key: string; // `event:<n>`
  type: EventType;
  date: string | null;
  /** Most specific named place (answer-key field) and its key. */
  place: string | null;
  placeKey: string | null;
  /** Enclosing places, most specific first. */
  placeAlternatives: string[];
  country: string | null;
  /** The figure chosen per the corpus rules (own voice, else first reported); null when none. */
  killed: Range | null;
  injured: Range | null;
  claimedBy: string[];
  deniedBy: string[];
  perpetrators: string[];
  /** Key of an umbrella event this one is part of, when the article reports both. */
  partOfKey: string | null;
  summary: string;
  evidence: Evidence;
}

export interface Extraction {
  article: { id: string; title: string; published: string | null; url: string | null; publisher: string | null };
  people: PersonEntity[];
  organizations: OrganizationEntity[];
  places: PlaceEntity[];
  statements: Statement[];
  events: ConflictEvent[];
  /** Every casualty figure, including the ones not chosen for an event's killed/injured. */
  casualties: CasualtyFigure[];
}
