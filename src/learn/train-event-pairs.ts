/**
 * Trains the learned event generator over (coarse type, place) pairs (docs/events.md, "Round 6 (session
 * 6): learned event pairs").
 *
 *   node --import tsx src/learn/train-event-pairs.ts [DIR] [--folds 5] [--no-rule] [--valid DIR2] [--write]
 *
 * Reads the annotated articles of DIR (default /root/pool5), runs the rules, builds every candidate pair
 * with its features, labels it by the scorer's own matching, chooses the L2 strength, threshold and
 * hierarchy setting by k-fold cross-validation by article (nested: each outer fold's setting is chosen on
 * the other folds only), reports rules vs model, then fits on all of DIR. --valid scores another directory
 * with the fitted model (totals only). --nested adds the nested CV; --diag the oracle and rules-as-pairs
 * bounds; --no-rule leaves out the features that read the rules' own events. --write writes src/extract/events/event-pair-weights.ts.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadResources } from '../cli/resources.ts';
import { readCorpus } from '../eval/corpus.ts';
import { parseAnswerKey } from '../eval/answer-key.ts';
import { scoreArticle } from '../eval/score.ts';
import { probability, type Features } from '../extract/events/logistic.ts';
import { decodePairs, type PairDecodeSetting } from '../extract/events/event-pair-decode.ts';
import { applyPairModel, stackedFeatures, type EventPairModel } from '../extract/events/event-pair-apply.ts';
import { runPipeline, toExtraction } from '../extract/pipeline.ts';
import { auc, f1, foldOf, type EventTotals } from './cross-validate.ts';
import { trainLogistic } from './logistic-train.ts';
import { readPairs, scorePlan, type ArticlePairs } from './event-pair-data.ts';
import { writeWeightsModule } from './weights-module.ts';

const LAMBDAS = [100, 30, 10, 3, 1];
const TEXT_LAMBDA = 3;
const THRESHOLDS = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5];
const THRESHOLDS_NEW = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { folds: { type: 'string', default: '5' }, write: { type: 'boolean', default: false }, 'no-rule': { type: 'boolean', default: false },
    valid: { type: 'string' }, 'text-from': { type: 'string' }, nested: { type: 'boolean', default: false }, diag: { type: 'boolean', default: false } },
});
const dir = resolve(positionals[0] ?? '/root/pool5');
const k = Number(values.folds);
const { resources } = loadResources();
const keepFeature = (name: string): boolean => !(values['no-rule'] && name.startsWith('rule:'));
const filtered = (f: Features): Features => new Map([...f].filter(([n]) => keepFeature(n)));
const examples = (as: readonly ArticlePairs[]) => as.flatMap((a) => a.features.map((features, i) => ({ features, label: a.labels[i]! })));
let articles: ArticlePairs[] = (await readCorpus(dir)).map((a) => readPairs(a, resources)).map((a) => ({ ...a, features: a.features.map(filtered) }));
// stacked: a text-only model fitted on other articles (those of --text-from not in DIR) gives its logit as
// one feature; the outer model, fitted on DIR, weighs it against the rules' own events
let textModel: EventPairModel['text'];
if (values['text-from']) {
  const ids = new Set(articles.map((a) => a.id));
  const others = (await readCorpus(resolve(values['text-from']))).filter((a) => !ids.has(a.id)).map((a) => readPairs(a, resources));
  const textOnly = (f: Features): Features => new Map([...f].filter(([name]) => !name.startsWith('rule:')));
  textModel = trainLogistic(examples(others.map((a) => ({ ...a, features: a.features.map(textOnly) }))), TEXT_LAMBDA);
  console.log(`text model: ${others.length} articles of ${values['text-from']}, lambda ${TEXT_LAMBDA}`);
  articles = articles.map((a) => ({ ...a, features: a.features.map((f) => stackedFeatures(f, textModel)) }));
}
const n = articles.reduce((s, a) => s + a.candidates.length, 0);
const pos = articles.reduce((s, a) => s + a.labels.filter((l) => l === 1).length, 0);
const gold = articles.reduce((s, a) => s + a.gold.events.length, 0);
console.log(`${articles.length} articles, ${gold} gold events, ${n} candidate pairs (${(n / articles.length).toFixed(1)} per article), ${pos} labelled 1`);

const zero = (): EventTotals => ({ gold: 0, predicted: 0, matched: 0, killed: 0, injured: 0, date: 0 });
function add(t: EventTotals, s: ReturnType<typeof scorePlan>): void {
  t.gold += s.gold; t.predicted += s.predicted; t.matched += s.matched; t.killed += s.killed.right; t.injured += s.injured.right; t.date += s.date.right;
}
const line = (label: string, t: EventTotals): string =>
  `${label.padEnd(30)} gold ${t.gold} predicted ${t.predicted} matched ${t.matched} F1 ${f1(t).toFixed(3)}  killed ${t.killed}/${t.matched} injured ${t.injured}/${t.matched} date ${t.date}/${t.matched}`;

type Setting = PairDecodeSetting & { lambda: number };
const rulesPlan = (a: ArticlePairs) => ({ keep: new Set(a.doc.events), moved: new Map(), added: [] });
function totals(as: readonly ArticlePairs[], probs: ReadonlyMap<string, number[]> | null, s: PairDecodeSetting): EventTotals {
  const t = zero();
  for (const a of as) add(t, scorePlan(a, probs ? decodePairs(a.candidates, probs.get(a.id)!, a.places, s) : rulesPlan(a)));
  return t;
}
function heldOut(as: readonly ArticlePairs[], folds: number, lambda: number): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (let fold = 0; fold < folds; fold++) {
    const model = trainLogistic(examples(as.filter((a) => foldOf(a.id, folds) !== fold)), lambda);
    for (const a of as.filter((x) => foldOf(x.id, folds) === fold)) out.set(a.id, a.features.map((f) => probability(model, f)));
  }
  return out;
}
/** The setting with the best mean-over-folds events F1. */
function choose(as: readonly ArticlePairs[], folds: number): Setting & { meanF1: number } {
  let best: (Setting & { meanF1: number }) | null = null;
  for (const lambda of LAMBDAS) {
    const p = heldOut(as, folds, lambda);
    for (const threshold of THRESHOLDS) for (const thresholdNew of THRESHOLDS_NEW) for (const specific of [false, true]) {
      // text only: one threshold for every pair, or the rules would still decide through the split
      if (values['no-rule'] && thresholdNew !== threshold) continue;
      let sum = 0;
      for (let fold = 0; fold < folds; fold++) sum += f1(totals(as.filter((a) => foldOf(a.id, folds) === fold), p, { threshold, thresholdNew, specific }));
      const meanF1 = sum / folds;
      if (!best || meanF1 > best.meanF1 + 1e-9) best = { lambda, threshold, thresholdNew, specific, meanF1 };
    }
  }
  return best!;
}

const chosen = choose(articles, k);
console.log(`chosen on ${k} folds: lambda ${chosen.lambda} threshold ${chosen.threshold}/${chosen.thresholdNew} specific ${chosen.specific} mean-fold F1 ${chosen.meanF1.toFixed(3)}`);
const held = heldOut(articles, k, chosen.lambda);
console.log(`held-out AUC (pairs) ${auc(articles.flatMap((a) => held.get(a.id)!), articles.flatMap((a) => a.labels)).toFixed(3)}`);
console.log(line('CV rules', totals(articles, null, chosen)));
console.log(line('CV model (setting on all folds)', totals(articles, held, chosen)));
if (values.nested) {
  const outer = zero();
  for (let fold = 0; fold < k; fold++) {
    const train = articles.filter((a) => foldOf(a.id, k) !== fold);
    const test = articles.filter((a) => foldOf(a.id, k) === fold);
    const s = choose(train, k - 1);
    const model = trainLogistic(examples(train), s.lambda);
    const p = new Map(test.map((a) => [a.id, a.features.map((f) => probability(model, f))]));
    const t = totals(test, p, s);
    for (const key of Object.keys(t) as Array<keyof EventTotals>) outer[key] += t[key];
    console.log(`fold ${fold}: lambda ${s.lambda} threshold ${s.threshold}/${s.thresholdNew} specific ${s.specific}  rules ${f1(totals(test, null, s)).toFixed(3)} model ${f1(t).toFixed(3)}`);
  }
  console.log(line('nested CV model', outer));
}

const fitted = trainLogistic(examples(articles), chosen.lambda);
const model: EventPairModel = { ...fitted, threshold: chosen.threshold, thresholdNew: chosen.thresholdNew, specific: chosen.specific, ...(textModel ? { text: textModel } : {}) };
const top = Object.entries(model.weights).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 15);
console.log(`largest weights: ${top.map(([name, w]) => `${name} ${w.toFixed(2)}`).join(', ')}`);
console.log(line('training fit', totals(articles, new Map(articles.map((a) => [a.id, a.features.map((f) => probability(model, f))])), chosen)));

if (values.valid) {
  const rules = zero();
  const withModel = zero();
  for (const a of await readCorpus(resolve(values.valid))) {
    const doc = runPipeline(a.article, { gazetteer: resources.gazetteer });
    add(rules, scoreArticle(a.id, a.gold, parseAnswerKey(toExtraction(doc), a.id)).scores.events);
    applyPairModel(doc, model);
    add(withModel, scoreArticle(a.id, a.gold, parseAnswerKey(toExtraction(doc), a.id)).scores.events);
  }
  console.log(line('VALID rules', rules));
  console.log(line('VALID model', withModel));
}

if (values.write) {
  const out = writeWeightsModule({
    file: 'src/extract/events/event-pair-weights.ts',
    command: `src/learn/train-event-pairs.ts ${positionals[0] ? `${positionals[0]} ` : ''}--write`,
    about: [
      `The learned event generator over (coarse type, place) pairs (docs/events.md): L2 lambda ${chosen.lambda},`,
      `${articles.length} articles, ${n} candidate pairs; threshold and hierarchy setting chosen by ${k}-fold CV by article.`,
    ],
    type: 'EventPairModel',
    typeFrom: './event-pair-apply.ts',
    name: 'EVENT_PAIR_MODEL',
    value: model,
  });
  console.log(`wrote ${out}`);
}
if (values.diag) {
  // upper bounds: every candidate labelled 1 chosen (oracle), and the rule pairs alone (must equal the rules)
  const oracle = new Map(articles.map((a) => [a.id, a.labels.map((l) => l as number)]));
  const ruleP = new Map(articles.map((a) => [a.id, a.candidates.map((c) => (c.ruleEvents.length ? 1 : 0))]));
  for (const specific of [false, true]) {
    console.log(line(`oracle specific=${specific}`, totals(articles, oracle, { threshold: 0.5, thresholdNew: 0.5, specific })));
    console.log(line(`rules-as-pairs specific=${specific}`, totals(articles, ruleP, { threshold: 0.5, thresholdNew: 0.5, specific })));
  }
  const placeless = articles.reduce((s, a) => s + a.doc.events.filter((e) => !a.candidates.some((c) => c.ruleEvents.includes(e))).length, 0);
  console.log(`rule events without a candidate place: ${placeless}`);
}
