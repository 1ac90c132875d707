import { parseAnswerKey, type AnswerKey } from '../eval/answer-key.ts';
import type { AnnotatedArticle } from '../eval/corpus.ts';
import { NameIndex } from '../eval/names.ts';
import { scoreArticle } from '../eval/score.ts';
import { createDoc } from '../extract/doc.ts';
import { findCandidateEvents } from '../extract/events/index.ts';
import { keepFeatures } from '../extract/events/keep-features.ts';
import type { Features } from '../extract/events/logistic.ts';
import type { EventCandidate } from '../extract/events/candidate.ts';
import { PIPELINE, toExtraction, type Resources } from '../extract/pipeline.ts';
import { alignEvents } from './align-events.ts';

/** One annotated article read by the rules alone: its candidate events, their features and labels. */
export interface ArticleCandidates {
  id: string;
  gold: AnswerKey;
  /** The rules' prediction in the answer-key shape; events in candidate order. */
  pred: AnswerKey;
  features: Features[];
  /** What the rules knew of each candidate (for the type and figure experiments). */
  candidates: EventCandidate[];
  /** 1 when the scorer's matching pairs the candidate with a gold event. */
  labels: Array<0 | 1>;
}

/** Runs the pipeline with the rules only (no eventModel) and labels every candidate event. */
export function readCandidates(article: AnnotatedArticle, resources: Resources): ArticleCandidates {
  const doc = createDoc(article.article);
  const rulesOnly: Resources = { gazetteer: resources.gazetteer };
  for (const [name, component] of PIPELINE) {
    if (name === 'events') break;
    component(doc, rulesOnly);
  }
  const candidates = findCandidateEvents(doc, rulesOnly);
  const pred = parseAnswerKey(toExtraction(doc), `prediction for ${article.id}`);
  if (pred.events.length !== candidates.length) throw new Error(`${article.id}: events and candidates differ`);
  const pairs = alignEvents(article.gold.events, pred.events, new NameIndex(article.gold.places), new NameIndex(pred.places));
  return {
    id: article.id,
    gold: article.gold,
    pred,
    features: keepFeatures(doc, candidates),
    candidates,
    labels: candidates.map((_, i) => (pairs.has(i) ? 1 : 0)),
  };
}

/** The article scored with only the candidates `keep` says yes to. */
export function scoreKept(a: ArticleCandidates, keep: (i: number) => boolean): ReturnType<typeof scoreArticle>['scores']['events'] {
  const pred = { ...a.pred, events: a.pred.events.filter((_, i) => keep(i)) };
  return scoreArticle(a.id, a.gold, pred).scores.events;
}
