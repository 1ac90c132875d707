import { parseAnswerKey, type AnswerKey, type EventEntry } from '../eval/answer-key.ts';
import type { AnnotatedArticle } from '../eval/corpus.ts';
import { NameIndex } from '../eval/names.ts';
import { matchEvents } from '../eval/score-events.ts';
import { scoreArticle } from '../eval/score.ts';
import { runPipeline, toExtraction, type Resources } from '../extract/pipeline.ts';
import type { Doc } from '../extract/doc.ts';
import type { Features } from '../extract/events/logistic.ts';
import { pairCandidates, pairPlaces, sentenceTriggers, type PairCandidate, type PairPlace } from '../extract/events/event-pair-candidates.ts';
import { pairFeatures } from '../extract/events/event-pair-features.ts';
import { fineTypeOf } from '../extract/events/event-pair-apply.ts';
import type { PairPlan } from '../extract/events/event-pair-decode.ts';

/** One annotated article read by the rules, with its (type, place) candidates, features and labels. */
export interface ArticlePairs {
  id: string;
  gold: AnswerKey;
  /** The rules' prediction in the answer-key shape (events in doc.events order). */
  pred: AnswerKey;
  doc: Doc;
  places: Map<string, PairPlace>;
  candidates: PairCandidate[];
  features: Features[];
  /** 1 when the scorer's one-to-one matching over all candidates gives the candidate a gold event. */
  labels: Array<0 | 1>;
}

const entry = (type: string, place: string): EventEntry => ({
  type, place, placeAlternatives: [], country: null, date: null, killed: null, injured: null, claimedBy: [], perpetrators: [], evidence: '',
}) as unknown as EventEntry;

export function readPairs(article: AnnotatedArticle, resources: Resources): ArticlePairs {
  const doc = runPipeline(article.article, { gazetteer: resources.gazetteer });
  const pred = parseAnswerKey(toExtraction(doc), `prediction for ${article.id}`);
  const places = pairPlaces(doc);
  const candidates = pairCandidates(doc, sentenceTriggers(doc), places);
  const pairs = matchEvents(article.gold.events, candidates.map((c) => entry(c.coarse, c.place.name)),
    new NameIndex(article.gold.places), new NameIndex(pred.places));
  const hit = new Set(pairs.map((x) => x.pred));
  return {
    id: article.id, gold: article.gold, pred, doc, places, candidates,
    features: pairFeatures(doc, candidates, places),
    labels: candidates.map((_, i) => (hit.has(i) ? 1 : 0)),
  };
}

/** The answer-key events the plan gives (what the extractor would output, figures and dates included). */
export function plannedEvents(a: ArticlePairs, plan: PairPlan): EventEntry[] {
  const out: EventEntry[] = [];
  a.doc.events.forEach((e, i) => {
    const moved = plan.moved.get(e);
    if (plan.keep.has(e)) out.push(a.pred.events[i]!);
    else if (moved) out.push({ ...a.pred.events[i]!, place: moved.name, placeAlternatives: [] });
  });
  for (const c of plan.added) out.push(entry(fineTypeOf(c), c.place.name));
  return out;
}

export function scorePlan(a: ArticlePairs, plan: PairPlan): ReturnType<typeof scoreArticle>['scores']['events'] {
  return scoreArticle(a.id, a.gold, { ...a.pred, events: plannedEvents(a, plan) }).scores.events;
}
