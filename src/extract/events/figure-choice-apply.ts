import type { Doc } from '../doc.ts';
import { findDateMentions } from '../dates.ts';
import type { ConflictEvent } from '../types.ts';
import { findFigures } from './casualties.ts';
import { dateCandidates, placeDates, type PlacedDate } from './date-choice-features.ts';
import { eventAnchors, type EventAnchor } from './figure-choice-context.ts';
import { figureCandidates, figureMentions, sameRange, type FigureCandidate, type FigureMention } from './figure-choice-features.ts';
import { logit } from './logistic.ts';
import { summarize } from './summary.ts';

/** A scorer of candidates: the highest logit wins (ties: the earlier candidate, null first). */
export interface ChoiceModel {
  bias: number;
  weights: Readonly<Record<string, number>>;
}

/** The learned choices; a slot without a model keeps the rules' value. */
export interface FigureChoiceModels {
  killed?: ChoiceModel;
  injured?: ChoiceModel;
  date?: ChoiceModel;
  /** Whether the rules' own value is a feature ("rule"). */
  withRule: boolean;
}

/** What the choice reads of a finished article, built once for all its events. */
export interface ChoiceContext {
  anchors: EventAnchor[];
  mentions: FigureMention[];
  dates: PlacedDate[];
}

export function choiceContext(doc: Doc): ChoiceContext {
  // figures no event kept (an event the rules dropped or merged) are candidates too
  const raw = doc.sentences.flatMap((s) => findFigures(s.text, s.start));
  return {
    anchors: eventAnchors(doc),
    mentions: figureMentions(doc, raw),
    dates: placeDates(doc, findDateMentions(doc.text, doc.article.published)),
  };
}

/** Index of the best candidate by the model's score. */
export function argmax(model: ChoiceModel, candidates: ReadonlyArray<{ features: ReadonlyMap<string, number> }>): number {
  let best = 0;
  let top = -Infinity;
  candidates.forEach((c, i) => {
    const z = logit(model, c.features);
    if (z > top + 1e-12) {
      top = z;
      best = i;
    }
  });
  return best;
}

/** A chosen figure stated in a record of another event (or of none) gets a record of this event too, so
 * the event's figure and its casualty records agree. */
function recordFor(doc: Doc, e: ConflictEvent, chosen: FigureCandidate): void {
  const m = chosen.mention;
  if (!m || !chosen.value) return;
  if (doc.casualties.some((c) => c.eventKey === e.key && c.kind === m.kind && sameRange({ min: c.min, max: c.max }, chosen.value))) return;
  const from = doc.casualties.find((c) => c.evidence.start === m.start && c.kind === m.kind);
  const s = doc.sentences[m.sentenceIndex]!;
  const n = doc.casualties.reduce((x, c) => Math.max(x, Number(c.key.slice(4)) || 0), 0) + 1;
  doc.casualties.push({
    key: `cas:${n}`, eventKey: e.key, kind: m.kind, min: chosen.value.min, max: chosen.value.max, group: m.group,
    source: from?.source ?? null, evidence: from?.evidence ?? { start: m.start, end: m.end, sentenceIndex: s.index, sentence: s.text },
  });
}

/**
 * The learned choice of every event's killed and injured figure and date, after the events are final.
 * All choices are made on the article as the rules left it, then written.
 */
export function applyFigureChoice(doc: Doc, models: FigureChoiceModels): void {
  if (doc.events.length === 0) return;
  const ctx = choiceContext(doc);
  const chosen = doc.events.map((e) => {
    const pick = (kind: 'killed' | 'injured') => {
      const model = models[kind];
      if (!model) return null;
      const c = figureCandidates(doc, e, kind, ctx.mentions, ctx.anchors, models.withRule);
      return c[argmax(model, c)]!;
    };
    const dc = models.date ? dateCandidates(doc, e, ctx.dates, ctx.anchors, models.withRule) : null;
    return { killed: pick('killed'), injured: pick('injured'), date: dc && models.date ? dc[argmax(models.date, dc)]!.value : e.date };
  });
  doc.events.forEach((e, i) => {
    const c = chosen[i]!;
    if (c.killed) {
      e.killed = c.killed.value ? { ...c.killed.value } : null;
      recordFor(doc, e, c.killed);
    }
    if (c.injured) {
      e.injured = c.injured.value ? { ...c.injured.value } : null;
      recordFor(doc, e, c.injured);
    }
    e.date = c.date;
    e.summary = summarize(e);
  });
}
