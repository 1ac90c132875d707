/**
 * Trains the learned speaker choice (docs/extractor.md, "Round 6 (session 6): learned speaker choice").
 *
 *   node --import tsx src/learn/train-speaker-choice.ts [DIR] [--folds 5] [--other FILE.json ...] [--rule] [--write]
 *
 * Reads the annotated articles of DIR (default /root/pool5), runs the rules, gives every statement its
 * speaker candidates (speaker-choice-candidates.ts) with features and labels (the scorer's name
 * matching against the gold statement the quote was found as), and reports k-fold cross-validation by
 * article: speaker accuracy and statements matched with the rules' speakers and with the model's. With
 * --other, the rules' picks of the articles named there come from an older rule set run on them before
 * the rules were written on them (their errors look like errors on unseen text). --rule adds "the rules
 * chose it" as a feature. With --write, fits on all articles and writes speaker-choice-weights.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadResources } from '../cli/resources.ts';
import { evaluateCorpus, readCorpus } from '../eval/corpus.ts';
import { extract } from '../extract/pipeline.ts';
import { pickCandidate } from '../extract/statements/speaker-choice-apply.ts';
import { foldOf } from './cross-validate.ts';
import { trainLogistic, type Example } from './logistic-train.ts';
import { trainChoiceSoftmax } from './choice-softmax.ts';
import { readSpeakerArticle, scoreChoices, type OtherRules, type SpeakerArticle, type StatementChoices } from './speaker-choice-data.ts';
import { writeWeightsModule } from './weights-module.ts';

const LAMBDAS = [100, 30, 10, 3, 1];
const MARGINS = [0, 0.1, 0.2, 0.3, 0.4];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    folds: { type: 'string', default: '5' },
    other: { type: 'string', multiple: true, default: [] },
    rule: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
    'only-other': { type: 'boolean', default: false },
    softmax: { type: 'boolean', default: false },
    lambda: { type: 'string', default: '1' },
    margin: { type: 'string', default: '0' },
    valid: { type: 'string' },
  },
});
const dir = resolve(positionals[0] ?? '/root/pool5');
const k = Number(values.folds);
const withRule = values.rule;
// an article may have several older rule sets' picks: one copy of it each (same id, so the same fold)
const others = new Map<string, OtherRules[]>();
for (const file of values.other) for (const [id, o] of Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, OtherRules>)) others.set(id, [...(others.get(id) ?? []), o]);
const { resources } = loadResources();
const articles = (await readCorpus(dir)).flatMap((a) => {
  const versions = others.get(a.id);
  return versions ? versions.map((o) => readSpeakerArticle(a, resources, o)) : [readSpeakerArticle(a, resources)];
});
const featuresOf = (s: StatementChoices): typeof s.textOnly => (withRule ? s.withRule : s.textOnly);

type Model = ReturnType<typeof trainLogistic>;
/** --only-other: learn only from the articles whose rule picks come from rules not written on them. */
const learnable = (all: readonly SpeakerArticle[]): StatementChoices[] =>
  (values['only-other'] ? all.filter((a) => a.simulated) : all).flatMap((a) => a.statements.filter((s) => s.found && s.labels.includes(1) && !s.sharedQuote));
function examplesOf(all: readonly SpeakerArticle[]): Example[] {
  return learnable(all).flatMap((s) => featuresOf(s).map((features, i) => ({ features, label: s.labels[i]! })));
}
function fit(all: readonly SpeakerArticle[], lambda: number): Model {
  if (values.softmax) return trainChoiceSoftmax(learnable(all).map((s) => ({ features: featuresOf(s), labels: s.labels })), lambda);
  return trainLogistic(examplesOf(all), lambda);
}
/** The model's pick, kept only when it beats the rules' pick by `margin` in probability (as in the extractor). */
function chooser(model: Model, margin: number): (s: StatementChoices) => number {
  return (s) => (s.sharedQuote ? s.rule : pickCandidate({ ...model, margin, withRule }, featuresOf(s)));
}
interface Totals { right: number; found: number; matched: number; gold: number; predicted: number }
function totals(list: readonly SpeakerArticle[], choose: (a: SpeakerArticle) => (s: StatementChoices) => number): Totals {
  const t: Totals = { right: 0, found: 0, matched: 0, gold: 0, predicted: 0 };
  for (const a of list) {
    const s = scoreChoices(a, choose(a));
    t.right += s.speakerAccuracy.right;
    t.found += s.speakerAccuracy.of;
    t.matched += s.matched;
    t.gold += s.gold;
    t.predicted += s.predicted;
  }
  return t;
}
const show = (t: Totals): string => `speaker ${t.right}/${t.found} (${(t.right / Math.max(1, t.found)).toFixed(3)}) matched ${t.matched} of gold ${t.gold}/predicted ${t.predicted}`;

const examples = examplesOf(articles);
console.log(`${articles.length} articles (${articles.filter((a) => a.simulated).length} with older rule picks), ${examples.length} candidate rows, features ${withRule ? 'with' : 'without'} the rule pick`);
const groups = { all: articles, simulated: articles.filter((a) => a.simulated), current: articles.filter((a) => !a.simulated) };

// held-out models: each fold's articles chosen by a model fitted on the other folds
for (const lambda of LAMBDAS) {
  const models = Array.from({ length: k }, (_, fold) => fit(articles.filter((a) => foldOf(a.id, k) !== fold), lambda));
  for (const margin of MARGINS) {
    const line = Object.entries(groups).filter(([, g]) => g.length > 0).map(([name, g]) => `${name}: ${show(totals(g, (a) => chooser(models[foldOf(a.id, k)]!, margin)))}`);
    console.log(`CV lambda ${lambda} margin ${margin}  ${line.join('  |  ')}`);
  }
}
console.log(`rules: ${Object.entries(groups).filter(([, g]) => g.length > 0).map(([name, g]) => `${name}: ${show(totals(g, () => (s) => s.rule))}`).join('  |  ')}`);

const lambda = Number(values.lambda);
const margin = Number(values.margin);
const model = fit(articles, lambda);
console.log(`fit on all (lambda ${lambda}, margin ${margin}): ${show(totals(articles, () => chooser(model, margin)))}`);
const top = Object.entries(model.weights).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 15);
console.log(`largest weights: ${top.map(([n, w]) => `${n} ${w.toFixed(2)}`).join(', ')}`);
if (values.valid) {
  // through the extractor itself, rules alone and with the model; totals only (the articles are never printed)
  const valid = await readCorpus(resolve(values.valid));
  const speakerModel = { ...model, margin, withRule };
  for (const [label, r] of [['rules', resources], ['model', { ...resources, speakerModel }]] as const) {
    const t = evaluateCorpus(valid, (article) => extract(article, r)).report.totals;
    const st = t.statements;
    console.log(`VALID ${label}: statements gold ${st.gold} predicted ${st.predicted} matched ${st.matched} F1 ${(st.f1 ?? 0).toFixed(3)} speaker ${st.speakerAccuracy.right}/${st.speakerAccuracy.of}` +
      ` | people ${t.people.matched}/${t.people.predicted} orgs ${t.organizations.matched}/${t.organizations.predicted} places ${t.places.matched}/${t.places.predicted}` +
      ` events ${t.events.matched}/${t.events.predicted} killed ${t.events.killed.right} injured ${t.events.injured.right} date ${t.events.date.right}`);
  }
}
if (values.write) {
  const out = writeWeightsModule({
    file: 'src/extract/statements/speaker-choice-weights.ts',
    command: `src/learn/train-speaker-choice.ts ${process.argv.slice(2).join(' ')}`,
    about: [`The learned speaker choice (docs/extractor.md): L2 lambda ${lambda}, margin ${margin}, ${articles.length} articles, ${examples.length} candidate rows.`],
    type: 'SpeakerChoiceModel',
    typeFrom: './speaker-choice-apply.ts',
    name: 'SPEAKER_CHOICE_MODEL',
    value: { ...model, margin, withRule },
  });
  console.log(`wrote ${out}`);
}
