import { createDoc, type Doc } from './doc.ts';
import type { ArticleInput, Extraction } from './types.ts';
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import type { EventKeepModel } from './events/logistic.ts';
import type { SpeakerChoiceModel } from './statements/speaker-choice-apply.ts';
import type { FigureChoiceModels } from './events/figure-choice-apply.ts';
import { splitSentences } from './sentences.ts';
import { findEntities } from './entities/index.ts';
import { findStatements } from './statements/index.ts';
import { findEvents } from './events/index.ts';
import { chooseOrganizations } from './entities/org-choice-apply.ts';

/** Data the pipeline reads but never loads itself: loading is I/O and happens once, outside. */
export interface Resources {
  gazetteer: Gazetteer;
  /** The learned event layer (docs/events.md): absent, the rule events stand as they are. */
  eventModel?: EventKeepModel;
  /** The learned speaker choice (docs/extractor.md, round 6): absent, the rules' speakers stand. */
  speakerModel?: SpeakerChoiceModel;
  /** The learned choice of events' killed/injured figures and dates (docs/events.md, round 6): absent, the rules' values stand. */
  figureModel?: FigureChoiceModels;
  /** The learned organisation choice (docs/extractor.md, round 6): absent, the rules' organizations stand. */
  orgChoiceModel?: EventKeepModel;
}

export type Component = (doc: Doc, resources: Resources) => void;

/**
 * The components in their fixed order. Each reads only what earlier ones wrote.
 * - sentences: sentences and tokens
 * - entities: mentions, places (gazetteer), organizations, people with roles, coreference
 * - statements: direct and indirect speech with speakers, places and dates
 * - events: events, casualty figures, responsibility; links statements to events (statement.eventKeys)
 */
export const PIPELINE: ReadonlyArray<readonly [string, Component]> = [
  ['sentences', splitSentences],
  ['entities', findEntities],
  ['statements', findStatements],
  ['events', findEvents],
];

/** Pure: the same article and resources always give the same extraction. */
export function extract(article: ArticleInput, resources: Resources): Extraction {
  const doc = runPipeline(article, resources);
  return toExtraction(doc);
}

export function runPipeline(article: ArticleInput, resources: Resources): Doc {
  const doc = createDoc(article);
  for (const [, component] of PIPELINE) component(doc, resources);
  // After every component, so speakers and events read the rules' list whatever the model drops.
  if (resources.orgChoiceModel) chooseOrganizations(doc, resources.orgChoiceModel, resources.gazetteer);
  return doc;
}

export function toExtraction(doc: Doc): Extraction {
  const { id, title, published, url, publisher } = doc.article;
  return {
    article: { id, title, published, url, publisher },
    people: doc.people,
    organizations: doc.organizations,
    places: doc.places,
    statements: doc.statements,
    events: doc.events,
    casualties: doc.casualties,
  };
}
