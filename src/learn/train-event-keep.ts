/**
 * Trains the learned event layer's keep/drop model (docs/events.md, "Learned event layer (session 4)").
 *
 *   node --import tsx src/learn/train-event-keep.ts [DIR] [--folds 5] [--write]
 *
 * Reads the annotated articles of DIR (default /root/pool4), runs the rules alone, labels every rule event
 * by the scorer's matching, chooses the L2 strength and the keep threshold by k-fold cross-validation by
 * article, reports the figures with and without the layer (outer folds: the setting chosen on the inner
 * folds only), then fits on all articles. With --write, writes src/extract/events/keep-weights.ts.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../config.ts';
import { loadResources } from '../cli/resources.ts';
import { readCorpus } from '../eval/corpus.ts';
import { probability } from '../extract/events/logistic.ts';
import { readCandidates } from './event-candidates.ts';
import { auc, chooseSetting, examplesOf, f1, foldOf, heldOutProbabilities, totalsOf, type EventTotals } from './cross-validate.ts';
import { trainLogistic } from './logistic-train.ts';
import { writeWeightsModule } from './weights-module.ts';

const LAMBDAS = [10, 3, 1, 0.3, 0.1];
const THRESHOLDS = Array.from({ length: 14 }, (_, i) => Number((0.05 * i).toFixed(2)));

const { values, positionals } = parseArgs({ allowPositionals: true, options: { folds: { type: 'string', default: '5' }, write: { type: 'boolean', default: false } } });
const dir = resolve(positionals[0] ?? '/root/pool4');
const k = Number(values.folds);
const { resources } = loadResources();
const articles = (await readCorpus(dir)).map((a) => readCandidates(a, resources));
const line = (label: string, t: EventTotals): string =>
  `${label.padEnd(34)} gold ${t.gold} predicted ${t.predicted} matched ${t.matched} F1 ${f1(t).toFixed(3)}  killed ${t.killed}/${t.matched} injured ${t.injured}/${t.matched} date ${t.date}/${t.matched}`;

const examples = examplesOf(articles);
console.log(`${articles.length} articles, ${examples.length} rule events, ${examples.filter((e) => e.label === 1).length} matched to gold`);

// outer folds: the setting is chosen on the other folds only, so these figures are honest estimates
const outer = { rules: [] as EventTotals[], layer: [] as EventTotals[] };
for (let fold = 0; fold < k; fold++) {
  const train = articles.filter((a) => foldOf(a.id, k) !== fold);
  const test = articles.filter((a) => foldOf(a.id, k) === fold);
  const s = chooseSetting(train, k - 1 >= 2 ? k - 1 : 2, LAMBDAS, THRESHOLDS);
  const model = trainLogistic(examplesOf(train), s.lambda);
  outer.rules.push(totalsOf(test, () => true));
  outer.layer.push(totalsOf(test, (a, i) => probability(model, a.features[i]!) >= s.threshold));
  console.log(`fold ${fold}: lambda ${s.lambda} threshold ${s.threshold}  rules F1 ${f1(outer.rules.at(-1)!).toFixed(3)} -> layer ${f1(outer.layer.at(-1)!).toFixed(3)}`);
}
const sum = (ts: EventTotals[]): EventTotals => ts.reduce((a, t) => ({ gold: a.gold + t.gold, predicted: a.predicted + t.predicted, matched: a.matched + t.matched, killed: a.killed + t.killed, injured: a.injured + t.injured, date: a.date + t.date }));
const mean = (ts: EventTotals[]): string => (ts.reduce((a, t) => a + f1(t), 0) / ts.length).toFixed(3);
console.log(`CV (${k} folds by article) mean events F1: rules ${mean(outer.rules)}, with the layer ${mean(outer.layer)}`);
console.log(line('CV pooled, rules only', sum(outer.rules)));
console.log(line('CV pooled, with the layer', sum(outer.layer)));

// the shipped setting: chosen on all folds, fitted on all articles
const chosen = chooseSetting(articles, k, LAMBDAS, THRESHOLDS);
const held = heldOutProbabilities(articles, k, chosen.lambda);
console.log(`chosen on all ${k} folds: lambda ${chosen.lambda}, threshold ${chosen.threshold}, mean-fold F1 ${chosen.meanF1.toFixed(3)}`);
const heldAuc = auc(articles.flatMap((a) => held.get(a.id)!), articles.flatMap((a) => a.labels));
console.log(`held-out AUC (matched vs spurious rule events) ${heldAuc.toFixed(3)}`);
console.log(line('same folds, with the chosen setting', totalsOf(articles, (a, i) => held.get(a.id)![i]! >= chosen.threshold)));
const model = { ...trainLogistic(examples, chosen.lambda), threshold: chosen.threshold };
const top = Object.entries(model.weights).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 12);
console.log(`largest weights: ${top.map(([n, w]) => `${n} ${w.toFixed(2)}`).join(', ')}`);

if (values.write) {
  const out = writeWeightsModule({
    file: 'src/extract/events/keep-weights.ts',
    command: `src/learn/train-event-keep.ts ${positionals[0] ? `${positionals[0]} ` : ''}--write`,
    about: [
      `The learned event layer's keep/drop model (docs/events.md): L2 lambda ${chosen.lambda}, ${articles.length} articles,`,
      `${examples.length} rule events; threshold chosen by ${k}-fold cross-validation by article.`,
    ],
    type: 'EventKeepModel',
    typeFrom: './logistic.ts',
    name: 'EVENT_KEEP_MODEL',
    value: model,
  });
  writeFileSync(resolve(PROJECT_ROOT, 'src/learn/event-keep-training-ids.txt'), `${articles.map((a) => a.id).join('\n')}\n`);
  console.log(`wrote ${out}`);
}
