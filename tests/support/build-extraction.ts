import type {
  ArticleInput,
  CasualtyFigure,
  ConflictEvent,
  Evidence,
  Extraction,
  OrganizationEntity,
  PersonEntity,
  PlaceEntity,
  Statement,
} from '../../src/extract/types.ts';
import { articleId } from '../../src/article/ids.ts';
import { foldName } from '../../src/extract/normalize.ts';

/**
 * Small builders for made-up articles and extractions (writer tests that must not depend on how far
 * the NLP has come). Evidence offsets point at the first occurrence of the text in the body.
 */
export function buildArticle(fields: Partial<ArticleInput> & { body: string; url: string }): ArticleInput {
  const title = fields.title ?? 'A made-up report';
  return {
    id: fields.id ?? articleId({ url: fields.url, title, body: fields.body }),
    title,
    body: fields.body,
    published: fields.published ?? '2020-01-02',
    url: fields.url,
    publisher: fields.publisher ?? 'conflict-kg tests',
  };
}

export function evidenceOf(body: string, text: string): Evidence {
  const start = Math.max(0, body.indexOf(text));
  return { start, end: start + text.length, sentenceIndex: 0, sentence: text };
}

export interface ExtractionParts {
  people?: Array<Partial<PersonEntity> & { name: string }>;
  organizations?: Array<Partial<OrganizationEntity> & { name: string }>;
  places?: Array<Partial<PlaceEntity> & { name: string }>;
  statements?: Array<Partial<Statement> & { quote: string; speakerRef: Statement['speakerRef'] }>;
  events?: Array<Partial<ConflictEvent> & { type: ConflictEvent['type'] }>;
  casualties?: Array<Partial<CasualtyFigure> & { eventKey: string; kind: CasualtyFigure['kind'] }>;
}

export function buildExtraction(article: ArticleInput, parts: ExtractionParts): Extraction {
  const ev = (text: string): Evidence => evidenceOf(article.body, text);
  return {
    article: { id: article.id, title: article.title, published: article.published, url: article.url, publisher: article.publisher },
    people: (parts.people ?? []).map((p) => ({
      key: `person:${foldName(p.name)}`, aliases: [], role: null, roleOf: null, isOfficial: false, mentions: [ev(p.name)], ...p,
    })),
    organizations: (parts.organizations ?? []).map((o) => ({
      key: `org:${foldName(o.name)}`, aliases: [], kind: 'other', country: null, mentions: [ev(o.name)], ...o,
    })),
    places: (parts.places ?? []).map((p) => ({
      key: p.geonameId ? `geo:${p.geonameId}` : `place:${foldName(p.name)}`, aliases: [], kind: 'city', country: null,
      countryCode: null, lat: null, lon: null, geonameId: null, gazetteerName: null, parentKey: null, mentions: [ev(p.name)], ...p,
    })),
    statements: (parts.statements ?? []).map((s, i) => ({
      key: `stmt:${i + 1}`, kind: 'direct', speaker: s.speakerRef.name, place: null, placeKey: null, date: null,
      eventKeys: [], evidence: ev(s.quote), ...s,
    })),
    events: (parts.events ?? []).map((e, i) => ({
      key: `event:${i + 1}`, date: null, place: null, placeKey: null, placeAlternatives: [], country: null, killed: null,
      injured: null, claimedBy: [], deniedBy: [], perpetrators: [], partOfKey: null, summary: `${e.type} event`,
      evidence: ev(article.body.slice(0, 20)), ...e,
    })),
    casualties: (parts.casualties ?? []).map((c, i) => ({
      key: `cas:${i + 1}`, min: null, max: null, group: null, source: null, evidence: ev(article.body.slice(0, 20)), ...c,
    })),
  };
}
