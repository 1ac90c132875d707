import type { AnswerKey, NamedEntry } from './answer-key.ts';
import { sumPrf, sumRatio, type Prf, type Ratio } from './metrics.ts';
import { NameIndex } from './names.ts';
import { scoreEntities, type Misses } from './score-entities.ts';
import { scoreEvents } from './score-events.ts';
import { scoreStatements } from './score-statements.ts';

/** The figures the eval table reports, for one article or micro-averaged over many. */
export interface Scores {
  people: Prf;
  organizations: Prf;
  places: Prf;
  statements: Prf & { speakerAccuracy: Ratio };
  events: Prf & { killed: Ratio; injured: Ratio; date: Ratio };
}

export type Category = 'people' | 'organizations' | 'places' | 'statements' | 'events';

export interface ArticleScore {
  id: string;
  scores: Scores;
  /** Unmatched gold items and unmatched predictions per category, for reading what went wrong. */
  misses: Record<Category, Misses>;
}

export interface EvalReport {
  articles: ArticleScore[];
  totals: Scores;
}

function split<T extends Misses>(score: T): [Omit<T, keyof Misses>, Misses] {
  const { missed, spurious, ...rest } = score;
  return [rest, { missed, spurious }];
}

/**
 * The answer key lists the places the article names. An Extraction also carries, as structure, the
 * enclosing places of those it resolved (every ancestor is in `places`), which the article may never
 * name: a place with an empty `mentions` that another place has as its parent is such an ancestor and is
 * not scored. Everything else counts, including an unmentioned place that is nobody's parent.
 */
function namedPlaces(places: readonly NamedEntry[]): NamedEntry[] {
  const parents = new Set(places.map((p) => p.parentKey).filter((k): k is string => !!k));
  return places.filter((p) => !(p.mentions?.length === 0 && p.key !== undefined && parents.has(p.key)));
}

/** Scores one article's prediction against its gold answer key (both in the answer-key shape). */
export function scoreArticle(id: string, gold: AnswerKey, pred: AnswerKey): ArticleScore {
  const goldNames = new NameIndex([...gold.people, ...gold.organizations, ...gold.places]);
  const predNames = new NameIndex([...pred.people, ...pred.organizations, ...pred.places]);
  const [people, peopleMisses] = split(scoreEntities(gold.people, pred.people));
  const [organizations, orgMisses] = split(scoreEntities(gold.organizations, pred.organizations));
  const [places, placeMisses] = split(scoreEntities(gold.places, namedPlaces(pred.places)));
  const [statements, statementMisses] = split(
    scoreStatements(gold.statements, pred.statements, goldNames, predNames),
  );
  const [events, eventMisses] = split(
    scoreEvents(gold.events, pred.events, new NameIndex(gold.places), new NameIndex(pred.places)),
  );
  return {
    id,
    scores: { people, organizations, places, statements, events },
    misses: {
      people: peopleMisses,
      organizations: orgMisses,
      places: placeMisses,
      statements: statementMisses,
      events: eventMisses,
    },
  };
}

/** Micro-averaged totals: counts added over articles, then divided once. */
export function totalScores(rows: readonly Scores[]): Scores {
  const pick = <K extends Category>(k: K): Array<Scores[K]> => rows.map((r) => r[k]);
  return {
    people: sumPrf(pick('people')),
    organizations: sumPrf(pick('organizations')),
    places: sumPrf(pick('places')),
    statements: {
      ...sumPrf(pick('statements')),
      speakerAccuracy: sumRatio(pick('statements').map((s) => s.speakerAccuracy)),
    },
    events: {
      ...sumPrf(pick('events')),
      killed: sumRatio(pick('events').map((e) => e.killed)),
      injured: sumRatio(pick('events').map((e) => e.injured)),
      date: sumRatio(pick('events').map((e) => e.date)),
    },
  };
}

export function buildReport(articles: ArticleScore[]): EvalReport {
  return { articles, totals: totalScores(articles.map((a) => a.scores)) };
}
