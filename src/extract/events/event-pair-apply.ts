import type { Doc } from '../doc.ts';
import type { ConflictEvent, EventType } from '../types.ts';
import { chainOf, pairCandidates, pairPlaces, sentenceTriggers, type PairCandidate, type PairPlace } from './event-pair-candidates.ts';
import { decodePairs, type PairDecodeSetting } from './event-pair-decode.ts';
import { pairFeatures } from './event-pair-features.ts';
import { logit, probability, type EventKeepModel, type Features } from './logistic.ts';
import { summarize } from './summary.ts';

/** The learned event generator: logistic weights over pair features, and how pairs become events. */
export interface EventPairModel extends Omit<EventKeepModel, 'threshold'>, PairDecodeSetting {
  /**
   * Stacked form: a model of the text features alone (no rule feature), whose logit becomes the feature
   * `text:logit` of the outer model; the outer model then reads only that, the type and the rule features.
   */
  text?: Pick<EventKeepModel, 'bias' | 'weights'>;
}

const isRuleFeature = (name: string): boolean => name.startsWith('rule:');

/** The features the outer model reads: all of them, or (stacked) the text model's logit, the type and the rules. */
export function stackedFeatures(f: Features, text: EventPairModel['text']): Features {
  if (!text) return f;
  const own = new Map([...f].filter(([n]) => !isRuleFeature(n)));
  const out = new Map([...f].filter(([n]) => isRuleFeature(n) || n.startsWith('type:')));
  out.set('text:logit', logit(text, own));
  return out;
}

/** The support trigger a new event is told by: in the place's own sentence first, then the earliest. */
function bestSupport(c: PairCandidate): PairCandidate['support'][number] | undefined {
  return [...c.support].sort((a, b) => (a.viaChild === b.viaChild ? 0 : a.viaChild ? 1 : -1) || a.distance - b.distance
    || a.trigger.sentenceIndex - b.trigger.sentenceIndex || a.trigger.start - b.trigger.start)[0];
}

/** The fine type of a new event: the type of its best supporting trigger word. */
export function fineTypeOf(c: PairCandidate): EventType {
  return bestSupport(c)?.trigger.type ?? (c.coarse as EventType);
}

function placeFields(doc: Doc, places: ReadonlyMap<string, PairPlace>, place: PairPlace): Pick<ConflictEvent, 'place' | 'placeKey' | 'placeAlternatives' | 'country'> {
  const chain = chainOf(places, place.key);
  const entity = doc.places.find((p) => p.key === place.key);
  return { place: place.name, placeKey: place.key, placeAlternatives: chain.slice(1).map((p) => p.name), country: entity?.country ?? null };
}

function newEvent(doc: Doc, places: ReadonlyMap<string, PairPlace>, c: PairCandidate): ConflictEvent {
  const s = bestSupport(c);
  const sentence = doc.sentences[s?.trigger.sentenceIndex ?? c.place.sentences[0] ?? 0]!;
  const e: ConflictEvent = {
    key: '', type: fineTypeOf(c), date: null, ...placeFields(doc, places, c.place), killed: null, injured: null,
    claimedBy: [], deniedBy: [], perpetrators: [], partOfKey: null, summary: '',
    evidence: { start: sentence.start, end: sentence.end, sentenceIndex: sentence.index, sentence: sentence.text },
  };
  e.summary = summarize(e);
  return e;
}

/** The model's probability for every candidate pair of the article, with what decoding needs. */
export function pairProbabilities(doc: Doc, model: Pick<EventPairModel, 'bias' | 'weights' | 'text'>): { candidates: PairCandidate[]; places: Map<string, PairPlace>; p: number[] } {
  const places = pairPlaces(doc);
  const candidates = pairCandidates(doc, sentenceTriggers(doc), places);
  const p = pairFeatures(doc, candidates, places).map((f) => probability(model, stackedFeatures(f, model.text)));
  return { candidates, places, p };
}

/**
 * Rewrites the rule events as the model says: kept rule events stay whole (type, date, figures, claims,
 * casualty records, statement links), a moved one changes only its place, a new pair becomes a new event
 * told by its best supporting sentence (no figures or day: the later steps may add them). Dropped events
 * take their casualty records and statement links along. Keys are renumbered in text order.
 */
export function applyPairModel(doc: Doc, model: EventPairModel): void {
  const { candidates, places, p } = pairProbabilities(doc, model);
  const plan = decodePairs(candidates, p, places, model);
  const kept: ConflictEvent[] = [];
  for (const e of doc.events) {
    const to = plan.moved.get(e);
    if (to) {
      Object.assign(e, placeFields(doc, places, to));
      e.summary = summarize(e);
    }
    if (to || plan.keep.has(e)) kept.push(e);
  }
  const added = plan.added.map((c) => newEvent(doc, places, c));
  const all = [...kept, ...added].sort((a, b) => a.evidence.start - b.evidence.start);
  const rename = new Map<string, string>();
  all.forEach((e, i) => {
    if (e.key) rename.set(e.key, `event:${i + 1}`);
  });
  all.forEach((e, i) => {
    e.key = `event:${i + 1}`;
  });
  for (const e of all) e.partOfKey = e.partOfKey ? (rename.get(e.partOfKey) ?? null) : null;
  doc.events = all;
  doc.casualties = doc.casualties.filter((x) => rename.has(x.eventKey)).map((x) => ({ ...x, eventKey: rename.get(x.eventKey)! }));
  for (const st of doc.statements) st.eventKeys = st.eventKeys.filter((k) => rename.has(k)).map((k) => rename.get(k)!);
}
