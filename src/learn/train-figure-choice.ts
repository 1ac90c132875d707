/**
 * Trains the learned choice of events' killed/injured figures and dates (docs/events.md, "Round 6
 * (session 6): learned figure and date choice").
 *
 *   node --import tsx src/learn/train-figure-choice.ts DIR [--folds 5] [--no-rule] [--simulate TREE:SUBDIR]...
 *     [--valid DIR2] [--write]
 *
 * Runs the extractor on DIR's annotated articles, labels every candidate of each event the scorer
 * matches, reports k-fold cross-validation by article (rules vs model) per slot and L2 strength, fits
 * on all of DIR with the strength chosen by cross-validation, and with --valid prints only the totals
 * of that model on DIR2. --simulate reads SUBDIR's articles (also in DIR) with an older tree that had not
 * seen them (figure-choice-simulated.ts); the strength is then chosen on those articles. With --write,
 * writes src/extract/events/figure-choice-weights.ts.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadResources } from '../cli/resources.ts';
import { readCorpus } from '../eval/corpus.ts';
import type { ChoiceModel } from '../extract/events/figure-choice-apply.ts';
import { readChoices, SLOTS, type ArticleChoices, type Slot } from './figure-choice-data.ts';
import { asFitted, chooser, countPicks, countSlot, fitSlot, heldOutPicks, type FeatureFilter, type SlotCounts } from './figure-choice-fit.ts';
import { readSimulated } from './figure-choice-simulated.ts';
import { writeWeightsModule } from './weights-module.ts';

const LAMBDAS = [30, 10, 3, 1, 0.3];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    folds: { type: 'string', default: '5' }, write: { type: 'boolean', default: false }, 'no-rule': { type: 'boolean', default: false },
    valid: { type: 'string' }, slots: { type: 'string', default: SLOTS.join(',') }, drop: { type: 'string', default: '' },
    margin: { type: 'string', default: '0' }, softmax: { type: 'boolean', default: false },
    simulate: { type: 'string', multiple: true, default: [] },
  },
});
const dir = resolve(positionals[0] ?? '/root/pool5');
const k = Number(values.folds);
const withRule = !values['no-rule'];
const dropped = values.drop.split(',').filter(Boolean);
const keep: FeatureFilter = (n) => (withRule || (n !== 'rule' && n !== 'ruleFitted')) && !dropped.some((d) => n === d || n.startsWith(`${d}=`) || n.startsWith(`${d}:`));
const slots = values.slots.split(',') as Slot[];
const margin = Number(values.margin);
const { resources } = loadResources();
let articles = (await readCorpus(dir)).map((a) => readChoices(a, resources));
const simulatedIds = new Set<string>();
if (values.simulate.length) {
  const ids = new Set(articles.map((a) => a.id));
  const simulated: ArticleChoices[] = [];
  for (const spec of values.simulate) {
    const [tree, sub] = spec.split(':') as [string, string];
    simulated.push(...await readSimulated(tree, (await readCorpus(resolve(sub))).filter((a) => ids.has(a.id))));
  }
  for (const a of simulated) simulatedIds.add(a.id);
  articles = [...articles.filter((a) => !simulatedIds.has(a.id)).map(asFitted), ...simulated];
}
const judged = simulatedIds.size ? articles.filter((a) => simulatedIds.has(a.id)) : articles;
const pct = (n: number, d: number) => `${n}/${d} (${(n / d).toFixed(3)})`;
const line = (t: SlotCounts) => `rules ${pct(t.rules, t.events)}  model ${pct(t.model, t.events)}  reachable ${t.reachable}`;
console.log(`${articles.length} articles, ${articles.reduce((n, a) => n + a.events.length, 0)} matched events; rule feature ${withRule ? 'on' : 'off'}`
  + `${simulatedIds.size ? `; ${simulatedIds.size} articles read by older trees (CV figures over them)` : ''}${dropped.length ? `; dropped ${dropped.join(',')}` : ''}`);

const models: Partial<Record<Slot, ChoiceModel>> = {};
const chosenLambda: Partial<Record<Slot, number>> = {};
for (const slot of slots) {
  let best: { lambda: number; t: SlotCounts } | null = null;
  for (const lambda of LAMBDAS) {
    const t = countPicks(judged, slot, heldOutPicks(articles, slot, k, lambda, keep, margin, values.softmax));
    console.log(`${slot.padEnd(8)} CV lambda ${String(lambda).padEnd(4)} ${line(t)}`);
    if (!best || t.model > best.t.model) best = { lambda, t };
  }
  chosenLambda[slot] = best!.lambda;
  models[slot] = fitSlot(articles, slot, best!.lambda, keep, values.softmax);
  const fit = countSlot(judged, slot, chooser(models[slot]!, keep, margin));
  const top = Object.entries(models[slot]!.weights).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 10);
  console.log(`${slot.padEnd(8)} chosen lambda ${best!.lambda}; training fit ${line(fit)}; largest: ${top.map(([n, w]) => `${n} ${w.toFixed(2)}`).join(', ')}`);
}

if (values.valid) {
  // totals only: the validation articles' texts and misses are never printed
  const valid = (await readCorpus(resolve(values.valid))).map((a) => readChoices(a, resources));
  for (const slot of slots) console.log(`VALID ${slot.padEnd(8)} ${line(countSlot(valid, slot, chooser(models[slot]!, keep, margin)))}`);
}

if (values.write) {
  // "ruleFitted" is never set by the extractor: it is left out of the shipped weights
  const strip = (m: ChoiceModel): ChoiceModel => ({ bias: m.bias, weights: Object.fromEntries(Object.entries(m.weights).filter(([n]) => keep(n) && n !== 'ruleFitted')) });
  const body = slots.map((s) => `  ${s}: ${JSON.stringify(strip(models[s]!), null, 2).replace(/\n/g, '\n  ')},`).join('\n');
  const out = writeWeightsModule({
    file: 'src/extract/events/figure-choice-weights.ts',
    command: `src/learn/train-figure-choice.ts ${process.argv.slice(2).join(' ')}`,
    about: [
      `The learned figure and date choice (docs/events.md, round 6): ${articles.length} articles; L2 per slot chosen by`,
      `${k}-fold cross-validation by article: ${slots.map((s) => `${s} ${chosenLambda[s]}`).join(', ')}.`,
    ],
    type: 'FigureChoiceModels',
    typeFrom: './figure-choice-apply.ts',
    name: 'FIGURE_CHOICE_MODELS',
    // one object per slot under the two settings, laid out by hand: JSON would put the settings last
    value: `{\n  withRule: ${withRule},${margin ? `\n  margin: ${margin},` : ''}\n${body}\n}`,
  });
  console.log(`wrote ${out}`);
}
