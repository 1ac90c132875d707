import type { Doc } from '../doc.ts';
import type { EventCandidate } from './candidate.ts';
import { keepFeatures } from './keep-features.ts';
import { probability, type EventKeepModel } from './logistic.ts';

/** The keep probability of every candidate, in the order given. */
export function keepProbabilities(doc: Doc, candidates: readonly EventCandidate[], model: EventKeepModel): number[] {
  return keepFeatures(doc, candidates).map((f) => probability(model, f));
}

/**
 * The learned layer: the rules propose, the model decides which events to keep. A dropped event takes its
 * casualty records and the statements' links to it along; kept events keep their keys.
 */
export function applyKeepModel(doc: Doc, candidates: readonly EventCandidate[], model: EventKeepModel): void {
  const p = keepProbabilities(doc, candidates, model);
  const dropped = new Set(candidates.filter((_, i) => p[i]! < model.threshold).map((c) => c.event.key));
  if (dropped.size === 0) return;
  doc.events = doc.events.filter((e) => !dropped.has(e.key));
  doc.casualties = doc.casualties.filter((x) => !dropped.has(x.eventKey));
  for (const e of doc.events) if (e.partOfKey && dropped.has(e.partOfKey)) e.partOfKey = null;
  for (const st of doc.statements) st.eventKeys = st.eventKeys.filter((k) => !dropped.has(k));
}
