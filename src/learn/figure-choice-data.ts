import type { AnnotatedArticle } from '../eval/corpus.ts';
import { parseAnswerKey, type FigureRange } from '../eval/answer-key.ts';
import { NameIndex } from '../eval/names.ts';
import type { Doc } from '../extract/doc.ts';
import { runPipeline, toExtraction, type Resources } from '../extract/pipeline.ts';
import { choiceContext } from '../extract/events/figure-choice-apply.ts';
import { figureCandidates, sameRange } from '../extract/events/figure-choice-features.ts';
import { dateCandidates } from '../extract/events/date-choice-features.ts';
import type { Features } from '../extract/events/logistic.ts';
import { alignEvents } from './align-events.ts';

export type Slot = 'killed' | 'injured' | 'date';
export const SLOTS: readonly Slot[] = ['killed', 'injured', 'date'];

/** One slot of one matched event: its candidates' features, which of them equal the key, the rules' pick. */
export interface SlotChoice {
  features: Features[];
  /** 1 where the candidate equals the gold value exactly. */
  labels: Array<0 | 1>;
  /** Index of the candidate equal to the rules' value. */
  rule: number;
}

export interface ArticleChoices {
  id: string;
  /** One entry per event the scorer's matching pairs with a gold event (rules' output, no model). */
  events: Array<Record<Slot, SlotChoice>>;
}

const key = (v: FigureRange | string | null): string => JSON.stringify(v);

/** Runs the extractor (without the figure model) on an annotated article and labels every matched event's candidates. */
export function readChoices(article: AnnotatedArticle, resources: Resources): ArticleChoices {
  const plain: Resources = { ...resources, figureModel: undefined };
  return choicesOf(article, runPipeline(article.article, plain));
}

/**
 * The labelled choices of a finished document: the current extractor's, or another (older) rule set's
 * run on text it had not been written on (the rules' picks as they are on unseen articles).
 */
export function choicesOf(article: AnnotatedArticle, doc: Doc): ArticleChoices {
  const pred = parseAnswerKey(toExtraction(doc), `prediction for ${article.id}`);
  const pairs = alignEvents(article.gold.events, pred.events, new NameIndex(article.gold.places), new NameIndex(pred.places));
  const ctx = choiceContext(doc);
  const events: ArticleChoices['events'] = [];
  for (const [pi, gi] of pairs) {
    const e = doc.events[pi]!;
    const g = article.gold.events[gi]!;
    const fig = (kind: 'killed' | 'injured'): SlotChoice => {
      const c = figureCandidates(doc, e, kind, ctx.mentions, ctx.anchors, true);
      return { features: c.map((x) => x.features), labels: c.map((x) => (sameRange(x.value, g[kind]) ? 1 : 0)), rule: c.findIndex((x) => key(x.value) === key(e[kind])) };
    };
    const dc = dateCandidates(doc, e, ctx.dates, ctx.anchors, true);
    events.push({
      killed: fig('killed'),
      injured: fig('injured'),
      date: { features: dc.map((x) => x.features), labels: dc.map((x) => (x.value === g.date ? 1 : 0)), rule: dc.findIndex((x) => x.value === e.date) },
    });
  }
  return { id: article.id, events };
}
