/**
 * The organisation keep/drop model trained on the errors an EARLIER rules snapshot made on articles it had
 * not been written from (docs/extractor.md, "Round 6 (session 6): learned organisation choice"): the
 * current rules were written while reading TRAIN, so their own TRAIN errors are too few and too odd to
 * learn from; an older snapshot's errors on then-unseen TRAIN articles look like errors on new text.
 *
 *   node --import tsx src/learn/train-org-snapshots.ts --snapshot S4.json=DIR1,DIR2 --snapshot S5.json=DIR2 \
 *     [--extra NOW.json] [--folds 5] [--score VALID.json] [--write]
 *
 * Each --snapshot is a dump (org-choice-dump.ts) and the folders whose article ids it keeps (those the
 * snapshot had not seen). --extra adds rows for training only. L2 strength and threshold: best pooled F1
 * of the held-out snapshot rows (k folds by article id). --score prints totals only for another dump.
 * --apply NOW.json: the current rules' dump of the same articles, each fold scored by the model trained
 * on the other folds' snapshot rows (cross-validation by article on TRAIN, rules vs model).
 * --write writes src/extract/entities/org-choice-weights.ts (the model fitted on all rows).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { probability } from '../extract/events/logistic.ts';
import { scoreEntities } from '../eval/score-entities.ts';
import { auc, foldOf } from './cross-validate.ts';
import { trainLogistic, type Example } from './logistic-train.ts';
import { orgF1, type OrgTotals } from './org-choice-candidates.ts';
import type { OrgRow } from './org-choice-dump.ts';
import { writeWeightsModule } from './weights-module.ts';

const LAMBDAS = [3, 1, 0.3, 0.1];
const THRESHOLDS = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6];

const { values } = parseArgs({ options: { snapshot: { type: 'string', multiple: true, default: [] }, extra: { type: 'string' }, folds: { type: 'string', default: '5' }, score: { type: 'string' }, apply: { type: 'string' }, write: { type: 'boolean', default: false } } });
const k = Number(values.folds);
const read = (file: string): OrgRow[] => JSON.parse(readFileSync(file, 'utf8')) as OrgRow[];
const idsIn = (dirs: string[]): Set<string> => new Set(dirs.flatMap((d) => readdirSync(d)).filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5)));
const rows = values.snapshot.flatMap((spec) => {
  const [file, dirs] = spec.split('=');
  const keep = idsIn((dirs ?? '').split(',').filter((d) => d !== ''));
  return read(file ?? '').filter((r) => keep.has(r.id));
});
const extra = values.extra ? read(values.extra) : [];
const examplesOf = (rs: readonly OrgRow[]): Example[] => rs.flatMap((r) => r.features.map((f, i) => ({ features: new Map(f), label: r.labels[i]! })));
const totals = (rs: readonly OrgRow[], keep: (r: OrgRow, i: number) => boolean): OrgTotals => {
  const t: OrgTotals = { gold: 0, predicted: 0, matched: 0 };
  for (const r of rs) {
    const s = scoreEntities(r.gold, r.orgs.filter((_, i) => keep(r, i)));
    t.gold += s.gold;
    t.predicted += s.predicted;
    t.matched += s.matched;
  }
  return t;
};
const line = (label: string, t: OrgTotals): string => `${label.padEnd(30)} gold ${t.gold} predicted ${t.predicted} matched ${t.matched} F1 ${orgF1(t).toFixed(3)}`;

console.log(`${rows.length} snapshot articles, ${examplesOf(rows).length} listed organizations, ${examplesOf(rows).filter((e) => e.label === 0).length} not in the keys; ${examplesOf(extra).length} extra`);
let best = { f1: -1, lambda: LAMBDAS[0]!, threshold: 0 };
for (const lambda of LAMBDAS) {
  const held = new Map<OrgRow, number[]>();
  for (let fold = 0; fold < k; fold++) {
    const model = trainLogistic(examplesOf([...rows, ...extra].filter((r) => foldOf(r.id, k) !== fold)), lambda);
    for (const r of rows.filter((x) => foldOf(x.id, k) === fold)) held.set(r, r.features.map((f) => probability(model, new Map(f))));
  }
  const cells = THRESHOLDS.map((threshold) => {
    const t = totals(rows, (r, i) => held.get(r)![i]! >= threshold);
    if (orgF1(t) > best.f1 + 1e-9) best = { f1: orgF1(t), lambda, threshold };
    return `${threshold}: ${t.predicted}/${t.matched} ${orgF1(t).toFixed(3)}`;
  });
  console.log(`lambda ${lambda} held-out AUC ${auc(rows.flatMap((r) => held.get(r)!), rows.flatMap((r) => r.labels)).toFixed(3)} | ${cells.join(' | ')}`);
}
console.log(line('held-out, rules snapshot', totals(rows, () => true)));
console.log(`chosen: lambda ${best.lambda}, threshold ${best.threshold}, held-out F1 ${best.f1.toFixed(3)}`);
const model = trainLogistic(examplesOf([...rows, ...extra]), best.lambda);
const top = Object.entries(model.weights).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 12);
console.log(`largest weights: ${top.map(([n, w]) => `${n} ${w.toFixed(2)}`).join(', ')}`);
if (values.apply) {
  const now = read(values.apply);
  const keptBy = new Map<OrgRow, boolean[]>();
  for (let fold = 0; fold < k; fold++) {
    const m = trainLogistic(examplesOf([...rows, ...extra].filter((r) => foldOf(r.id, k) !== fold)), best.lambda);
    for (const r of now.filter((x) => foldOf(x.id, k) === fold)) keptBy.set(r, r.features.map((f) => probability(m, new Map(f)) >= best.threshold));
  }
  console.log(line(`${values.apply}, rules`, totals(now, () => true)));
  console.log(line(`${values.apply}, model (CV)`, totals(now, (r, i) => keptBy.get(r)![i]!)));
}
if (values.score) {
  const other = read(values.score);
  console.log(line(`${values.score}, rules`, totals(other, () => true)));
  console.log(line(`${values.score}, model`, totals(other, (r, i) => probability(model, new Map(r.features[i]!)) >= best.threshold)));
}

if (values.write) {
  const sources = values.snapshot.map((spec) => (spec.split('=')[0] ?? '').replace(/^.*\//, '')).join(' ');
  const out = writeWeightsModule({
    file: 'src/extract/entities/org-choice-weights.ts',
    command: 'src/learn/train-org-snapshots.ts ... --write',
    about: [
      `The learned organisation choice (docs/extractor.md, round 6): keep/drop of listed organizations, trained on`,
      `${examplesOf(rows).length} organizations that rules snapshots listed in articles they had not been written from`,
      `(${sources}); L2 lambda ${best.lambda}, threshold ${best.threshold} chosen by ${k}-fold cross-validation by article.`,
    ],
    type: 'EventKeepModel',
    typeFrom: '../events/logistic.ts',
    name: 'ORG_CHOICE_MODEL',
    value: { ...model, threshold: best.threshold },
  });
  console.log(`wrote ${out}`);
}
