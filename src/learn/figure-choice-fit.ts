import type { ChoiceModel } from '../extract/events/figure-choice-apply.ts';
import { argmax } from '../extract/events/figure-choice-apply.ts';
import type { Features } from '../extract/events/logistic.ts';
import { foldOf } from './cross-validate.ts';
import type { ArticleChoices, Slot, SlotChoice } from './figure-choice-data.ts';
import { trainLogistic, type Example } from './logistic-train.ts';

/** Which features a variant keeps: without "rule", the model sees only what the text says. */
export type FeatureFilter = (name: string) => boolean;

const filtered = (f: Features, keep: FeatureFilter): Features => new Map([...f].filter(([n]) => keep(n)));

/**
 * A per-candidate logistic regression: every candidate is an example labelled by whether it equals the
 * key; choices with no right candidate (a figure the extractor never read) teach nothing and are left out.
 */
export function fitSlot(articles: readonly ArticleChoices[], slot: Slot, lambda: number, keep: FeatureFilter): ChoiceModel {
  const examples: Example[] = [];
  for (const a of articles) {
    for (const e of a.events) {
      const c = e[slot];
      if (!c.labels.includes(1)) continue;
      c.features.forEach((f, i) => examples.push({ features: filtered(f, keep), label: c.labels[i]! }));
    }
  }
  return trainLogistic(examples, lambda);
}

export interface SlotCounts {
  events: number;
  rules: number;
  model: number;
  /** Events whose key value is among the candidates. */
  reachable: number;
}

export function countSlot(articles: readonly ArticleChoices[], slot: Slot, pick: (c: SlotChoice) => number): SlotCounts {
  const t: SlotCounts = { events: 0, rules: 0, model: 0, reachable: 0 };
  for (const a of articles) {
    for (const e of a.events) {
      const c = e[slot];
      t.events++;
      if (c.labels.includes(1)) t.reachable++;
      if (c.rule >= 0 && c.labels[c.rule] === 1) t.rules++;
      if (c.labels[pick(c)] === 1) t.model++;
    }
  }
  return t;
}

export const chooser = (model: ChoiceModel, keep: FeatureFilter) => (c: SlotChoice): number =>
  argmax(model, c.features.map((f) => ({ features: filtered(f, keep) })));

/** k-fold cross-validation by article: each article's choices made by a model fitted on the other folds. */
export function crossValidate(articles: readonly ArticleChoices[], slot: Slot, k: number, lambda: number, keep: FeatureFilter): SlotCounts {
  const total: SlotCounts = { events: 0, rules: 0, model: 0, reachable: 0 };
  for (let fold = 0; fold < k; fold++) {
    const model = fitSlot(articles.filter((a) => foldOf(a.id, k) !== fold), slot, lambda, keep);
    const t = countSlot(articles.filter((a) => foldOf(a.id, k) === fold), slot, chooser(model, keep));
    for (const n of ['events', 'rules', 'model', 'reachable'] as const) total[n] += t[n];
  }
  return total;
}
