/**
 * Trains the learned name extension of organisations (docs/extractor.md, "Round 6 (session 6): learned
 * organisation choice"): whether "X" listed alone is a fragment of "X of Y", "X's Y Office".
 *
 *   node --import tsx src/learn/train-org-extension.ts [DIR] [--folds 5] [--write] [--score DIR2]
 *
 * Same protocol as train-org-choice.ts: L2 strength and threshold by k-fold cross-validation by article
 * (outer folds honest), then a fit on all articles; --score prints totals only for another folder.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadResources } from '../cli/resources.ts';
import { readCorpus } from '../eval/corpus.ts';
import { probability } from '../extract/events/logistic.ts';
import { foldOf } from './cross-validate.ts';
import { trainLogistic, type Example } from './logistic-train.ts';
import { orgF1, type OrgTotals } from './org-choice-candidates.ts';
import { extensionTotals, readExtensions, type ExtensionArticle } from './org-extension-data.ts';
import { writeWeightsModule } from './weights-module.ts';

const LAMBDAS = [3, 1, 0.3, 0.1];
const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01];

const { values, positionals } = parseArgs({ allowPositionals: true, options: { folds: { type: 'string', default: '5' }, write: { type: 'boolean', default: false }, score: { type: 'string' } } });
const dir = resolve(positionals[0] ?? '/root/pool5');
const k = Number(values.folds);
const { resources } = loadResources();
const articles = (await readCorpus(dir)).map((a) => readExtensions(a, resources));
const examplesOf = (as: readonly ExtensionArticle[]): Example[] => as.flatMap((a) => a.extensions.map((x, i) => ({ features: x.features, label: a.labels[i]! })));
const line = (label: string, t: OrgTotals): string => `${label.padEnd(34)} gold ${t.gold} predicted ${t.predicted} matched ${t.matched} F1 ${orgF1(t).toFixed(3)}`;

function heldOut(as: readonly ExtensionArticle[], folds: number, lambda: number): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (let fold = 0; fold < folds; fold++) {
    const model = trainLogistic(examplesOf(as.filter((a) => foldOf(a.id, folds) !== fold)), lambda);
    for (const a of as.filter((x) => foldOf(x.id, folds) === fold)) out.set(a.id, a.extensions.map((x) => probability(model, x.features)));
  }
  return out;
}

/** Best pooled F1 over folds; ties go to the higher threshold (fewer renames). */
function choose(as: readonly ExtensionArticle[], folds: number): { lambda: number; threshold: number; f1: number } {
  let best = { lambda: LAMBDAS[0]!, threshold: 1.01, f1: -1 };
  for (const lambda of LAMBDAS) {
    const p = heldOut(as, folds, lambda);
    for (const threshold of [...THRESHOLDS].reverse()) {
      const f = orgF1(extensionTotals(as, (a) => p.get(a.id)!, threshold));
      if (f > best.f1 + 1e-9) best = { lambda, threshold, f1: f };
    }
  }
  return best;
}

const examples = examplesOf(articles);
console.log(`${articles.length} articles, ${examples.length} extensions, ${examples.filter((e) => e.label === 1).length} named by the answer key`);
const none = (a: ExtensionArticle): number[] => a.extensions.map(() => 0);
const outer = { rules: [] as OrgTotals[], model: [] as OrgTotals[] };
for (let fold = 0; fold < k; fold++) {
  const train = articles.filter((a) => foldOf(a.id, k) !== fold);
  const test = articles.filter((a) => foldOf(a.id, k) === fold);
  const s = choose(train, k - 1);
  const model = trainLogistic(examplesOf(train), s.lambda);
  outer.rules.push(extensionTotals(test, none, 1));
  outer.model.push(extensionTotals(test, (a) => a.extensions.map((x) => probability(model, x.features)), s.threshold));
  console.log(`fold ${fold}: lambda ${s.lambda} threshold ${s.threshold}  rules F1 ${orgF1(outer.rules.at(-1)!).toFixed(3)} -> model ${orgF1(outer.model.at(-1)!).toFixed(3)}`);
}
const sum = (ts: OrgTotals[]): OrgTotals => ts.reduce((a, t) => ({ gold: a.gold + t.gold, predicted: a.predicted + t.predicted, matched: a.matched + t.matched }));
console.log(line('CV pooled, rules only', sum(outer.rules)));
console.log(line('CV pooled, with the model', sum(outer.model)));

const chosen = choose(articles, k);
console.log(`chosen on all ${k} folds: lambda ${chosen.lambda}, threshold ${chosen.threshold}, pooled F1 ${chosen.f1.toFixed(3)}`);
const model = { ...trainLogistic(examples, chosen.lambda), threshold: chosen.threshold };
const top = Object.entries(model.weights).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 12);
console.log(`largest weights: ${top.map(([n, w]) => `${n} ${w.toFixed(2)}`).join(', ')}`);
const scored = (a: ExtensionArticle): number[] => a.extensions.map((x) => probability(model, x.features));
console.log(line('training fit', extensionTotals(articles, scored, model.threshold)));

if (values.score) {
  const other = (await readCorpus(resolve(values.score))).map((a) => readExtensions(a, resources));
  console.log(line(`${values.score}, rules only`, extensionTotals(other, none, 1)));
  console.log(line(`${values.score}, with the model`, extensionTotals(other, scored, model.threshold)));
}

if (values.write) {
  const out = writeWeightsModule({
    file: 'src/extract/entities/org-choice-extension-weights.ts',
    command: `src/learn/train-org-extension.ts ${positionals[0] ? `${positionals[0]} ` : ''}--write`,
    about: [
      `The learned organisation name extension (docs/extractor.md): L2 lambda ${chosen.lambda}, ${articles.length} articles,`,
      `${examples.length} candidate extensions; threshold chosen by ${k}-fold cross-validation by article.`,
    ],
    type: 'EventKeepModel',
    typeFrom: '../events/logistic.ts',
    name: 'ORG_EXTENSION_MODEL',
    value: model,
  });
  console.log(`wrote ${out}`);
}
