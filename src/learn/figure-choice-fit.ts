import type { ChoiceModel } from '../extract/events/figure-choice-apply.ts';
import { argmax } from '../extract/events/figure-choice-apply.ts';
import { logit, type Features } from '../extract/events/logistic.ts';
import { foldOf } from './cross-validate.ts';
import type { ArticleChoices, Slot, SlotChoice } from './figure-choice-data.ts';
import { trainLogistic, type Example } from './logistic-train.ts';
import { trainChoiceSoftmax } from './choice-softmax.ts';

/** Which features a variant keeps: without "rule", the model sees only what the text says. */
export type FeatureFilter = (name: string) => boolean;

const filtered = (f: Features, keep: FeatureFilter): Features => new Map([...f].filter(([n]) => keep(n)));

/**
 * A per-candidate logistic regression: every candidate is an example labelled by whether it equals the
 * key; choices with no right candidate (a figure the extractor never read) teach nothing and are left out.
 */
export function fitSlot(articles: readonly ArticleChoices[], slot: Slot, lambda: number, keep: FeatureFilter, softmax = false): ChoiceModel {
  if (softmax) {
    const choices = articles.flatMap((a) => a.events.map((e) => e[slot]).filter((c) => c.labels.includes(1)));
    // the first right candidate only: two figures equal to the key are one reading, not two
    const firstRight = (labels: ReadonlyArray<0 | 1>): Array<0 | 1> => labels.map((_, i) => (i === labels.indexOf(1) ? 1 : 0));
    return trainChoiceSoftmax(choices.map((c) => ({ features: c.features.map((f) => filtered(f, keep)), labels: firstRight(c.labels) })), lambda);
  }
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

/** The model's pick; with `margin`, the rules' pick stands unless the model's beats it by that much. */
export const chooser = (model: ChoiceModel, keep: FeatureFilter, margin = 0) => (c: SlotChoice): number => {
  const candidates = c.features.map((f) => ({ features: filtered(f, keep) }));
  const best = argmax(model, candidates);
  if (margin <= 0 || c.rule < 0) return best;
  return logit(model, candidates[best]!.features) - logit(model, candidates[c.rule]!.features) > margin ? best : c.rule;
};

/** k-fold cross-validation by article: each article's picks made by a model fitted on the other folds. */
export function heldOutPicks(articles: readonly ArticleChoices[], slot: Slot, k: number, lambda: number, keep: FeatureFilter,
  margin = 0, softmax = false): Map<string, number[]> {
  const picks = new Map<string, number[]>();
  for (let fold = 0; fold < k; fold++) {
    const model = fitSlot(articles.filter((a) => foldOf(a.id, k) !== fold), slot, lambda, keep, softmax);
    const pick = chooser(model, keep, margin);
    for (const a of articles.filter((x) => foldOf(x.id, k) === fold)) picks.set(a.id, a.events.map((e) => pick(e[slot])));
  }
  return picks;
}

/** Counts of the held-out picks over some of the articles. */
export function countPicks(articles: readonly ArticleChoices[], slot: Slot, picks: ReadonlyMap<string, number[]>): SlotCounts {
  const t: SlotCounts = { events: 0, rules: 0, model: 0, reachable: 0 };
  for (const a of articles) {
    const c = countSlot([a], slot, (() => {
      let i = 0;
      return () => picks.get(a.id)![i++]!;
    })());
    for (const n of ['events', 'rules', 'model', 'reachable'] as const) t[n] += c[n];
  }
  return t;
}

/** The rules' picks on the articles they were written on: their feature is another one ("ruleFitted"). */
export function asFitted(a: ArticleChoices): ArticleChoices {
  const rename = (c: SlotChoice): SlotChoice => ({ ...c, features: c.features.map((f) => new Map([...f].map(([n, v]) => [n === 'rule' ? 'ruleFitted' : n, v]))) });
  return { id: a.id, events: a.events.map((e) => ({ killed: rename(e.killed), injured: rename(e.injured), date: rename(e.date) })) };
}
