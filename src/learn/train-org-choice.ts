/**
 * Trains the learned organisation choice (docs/extractor.md, "Round 6 (session 6): learned organisation choice").
 *
 *   node --import tsx src/learn/train-org-choice.ts [DIR] [--folds 5] [--write] [--score DIR2]
 *
 * Reads the annotated articles of DIR (default /root/pool5), runs the rules alone, labels every listed
 * organization by the scorer's matching, chooses the L2 strength and the keep threshold by k-fold
 * cross-validation by article, reports rules vs model on outer folds (setting chosen on the inner folds
 * only), then fits on all articles. --score DIR2 prints totals only for another folder with that model.
 * With --write, writes src/extract/entities/org-choice-weights.ts.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadResources } from '../cli/resources.ts';
import { readCorpus } from '../eval/corpus.ts';
import { probability } from '../extract/events/logistic.ts';
import { auc, foldOf } from './cross-validate.ts';
import { trainLogistic, type Example } from './logistic-train.ts';
import { orgF1, orgTotals, readOrgCandidates, type OrgArticle, type OrgTotals } from './org-choice-candidates.ts';
import { writeWeightsModule } from './weights-module.ts';

const LAMBDAS = [10, 3, 1, 0.3, 0.1, 0.03];
const THRESHOLDS = Array.from({ length: 19 }, (_, i) => Number((0.05 * i).toFixed(2)));

const { values, positionals } = parseArgs({ allowPositionals: true, options: { folds: { type: 'string', default: '5' }, write: { type: 'boolean', default: false }, score: { type: 'string' }, generics: { type: 'boolean', default: false } } });
const dir = resolve(positionals[0] ?? '/root/pool5');
const k = Number(values.folds);
const withGenerics = values.generics === true;
const { resources: rules } = loadResources();
const articles = (await readCorpus(dir)).map((a) => readOrgCandidates(a, rules, withGenerics));
const examplesOf = (as: readonly OrgArticle[]): Example[] =>
  as.flatMap((a) => [...a.features.map((features, i) => ({ features, label: a.labels[i]! })), ...a.extra.map((features, i) => ({ features, label: a.extraLabels[i]! }))]);
const line = (label: string, t: OrgTotals): string => `${label.padEnd(34)} gold ${t.gold} predicted ${t.predicted} matched ${t.matched} F1 ${orgF1(t).toFixed(3)}`;

function heldOut(as: readonly OrgArticle[], folds: number, lambda: number): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (let fold = 0; fold < folds; fold++) {
    const model = trainLogistic(examplesOf(as.filter((a) => foldOf(a.id, folds) !== fold)), lambda);
    for (const a of as.filter((x) => foldOf(x.id, folds) === fold)) out.set(a.id, a.features.map((f) => probability(model, f)));
  }
  return out;
}

/** Best pooled F1 over folds; ties go to the lower threshold (fewer drops) and the stronger penalty. */
function choose(as: readonly OrgArticle[], folds: number): { lambda: number; threshold: number; f1: number } {
  let best = { lambda: LAMBDAS[0]!, threshold: 0, f1: -1 };
  for (const lambda of LAMBDAS) {
    const p = heldOut(as, folds, lambda);
    for (const threshold of THRESHOLDS) {
      const f = orgF1(orgTotals(as, (a, i) => p.get(a.id)![i]! >= threshold));
      if (f > best.f1 + 1e-9) best = { lambda, threshold, f1: f };
    }
  }
  return best;
}

const examples = examplesOf(articles);
const listed = articles.flatMap((a) => a.labels);
const extras = articles.flatMap((a) => a.extraLabels);
console.log(`${articles.length} articles, ${listed.length} listed organizations, ${listed.filter((l) => l === 1).length} matched to gold; ${extras.length} unnamed actors for training, ${extras.filter((l) => l === 1).length} listed in the keys`);
const outer = { rules: [] as OrgTotals[], model: [] as OrgTotals[] };
for (let fold = 0; fold < k; fold++) {
  const train = articles.filter((a) => foldOf(a.id, k) !== fold);
  const test = articles.filter((a) => foldOf(a.id, k) === fold);
  const s = choose(train, k - 1);
  const model = trainLogistic(examplesOf(train), s.lambda);
  outer.rules.push(orgTotals(test, () => true));
  outer.model.push(orgTotals(test, (a, i) => probability(model, a.features[i]!) >= s.threshold));
  console.log(`fold ${fold}: lambda ${s.lambda} threshold ${s.threshold}  rules F1 ${orgF1(outer.rules.at(-1)!).toFixed(3)} -> model ${orgF1(outer.model.at(-1)!).toFixed(3)}`);
}
const sum = (ts: OrgTotals[]): OrgTotals => ts.reduce((a, t) => ({ gold: a.gold + t.gold, predicted: a.predicted + t.predicted, matched: a.matched + t.matched }));
console.log(line('CV pooled, rules only', sum(outer.rules)));
console.log(line('CV pooled, with the model', sum(outer.model)));

const chosen = choose(articles, k);
const held = heldOut(articles, k, chosen.lambda);
console.log(`chosen on all ${k} folds: lambda ${chosen.lambda}, threshold ${chosen.threshold}, pooled F1 ${chosen.f1.toFixed(3)}`);
console.log(`held-out AUC ${auc(articles.flatMap((a) => held.get(a.id)!), articles.flatMap((a) => a.labels)).toFixed(3)}`);
const model = { ...trainLogistic(examples, chosen.lambda), threshold: chosen.threshold };
const top = Object.entries(model.weights).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 16);
console.log(`largest weights: ${top.map(([n, w]) => `${n} ${w.toFixed(2)}`).join(', ')}`);
console.log(line('training fit', orgTotals(articles, (a, i) => probability(model, a.features[i]!) >= model.threshold)));

if (values.score) {
  const other = (await readCorpus(resolve(values.score))).map((a) => readOrgCandidates(a, rules, withGenerics));
  console.log(line(`${values.score}, rules only`, orgTotals(other, () => true)));
  console.log(line(`${values.score}, with the model`, orgTotals(other, (a, i) => probability(model, a.features[i]!) >= model.threshold)));
  console.log(`${values.score}: AUC ${auc(other.flatMap((a) => a.features.map((f) => probability(model, f))), other.flatMap((a) => a.labels)).toFixed(3)}`);
}

if (values.write) {
  const out = writeWeightsModule({
    file: 'src/extract/entities/org-choice-weights.ts',
    command: `src/learn/train-org-choice.ts ${positionals[0] ? `${positionals[0]} ` : ''}--write`,
    about: [
      `The learned organisation choice (docs/extractor.md): L2 lambda ${chosen.lambda}, ${articles.length} articles,`,
      `${listed.length} listed organizations; threshold chosen by ${k}-fold cross-validation by article.`,
    ],
    type: 'EventKeepModel',
    typeFrom: '../events/logistic.ts',
    name: 'ORG_CHOICE_MODEL',
    value: model,
  });
  console.log(`wrote ${out}`);
}
