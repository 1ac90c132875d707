/**
 * End-to-end figures of the learned figure and date choice (docs/events.md, round 6): the scorer's event
 * totals for DIR with the rules alone and with the shipped weights, then the choice's own CPU cost per
 * article. Totals only: no article's text or misses are printed.
 *
 *   node --import tsx src/learn/measure-figure-choice.ts DIR [--rounds 7]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadResources } from '../cli/resources.ts';
import { evaluateCorpus, readCorpus } from '../eval/corpus.ts';
import { extract, runPipeline } from '../extract/pipeline.ts';
import { applyFigureChoice } from '../extract/events/figure-choice-apply.ts';
import { FIGURE_CHOICE_MODELS } from '../extract/events/figure-choice-weights.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string', default: '7' } } });
const corpus = await readCorpus(resolve(positionals[0] ?? '/root/pool5'));
for (const learnedFigures of [false, true]) {
  const { resources } = loadResources({ learnedFigures });
  const { report } = evaluateCorpus(corpus, (article) => extract(article, resources));
  const e = report.totals.events;
  const p = report.totals.statements;
  console.log(`${learnedFigures ? 'with the choice' : 'rules alone    '}  events gold ${e.gold} predicted ${e.predicted} matched ${e.matched}  `
    + `killed ${e.killed.right}/${e.killed.of}  injured ${e.injured.right}/${e.injured.of}  date ${e.date.right}/${e.date.of}  `
    + `statements matched ${p.matched}`);
}

// cost: the choice alone, on the documents the rules finished (median of several rounds)
const { resources } = loadResources();
const docs = corpus.map((a) => runPipeline(a.article, resources));
const times: number[] = [];
for (let r = 0; r < Number(values.rounds); r++) {
  const copies = docs.map((d) => ({ ...d, events: d.events.map((e) => ({ ...e })), casualties: [...d.casualties] }));
  const before = process.cpuUsage();
  for (const d of copies) applyFigureChoice(d, FIGURE_CHOICE_MODELS);
  const used = process.cpuUsage(before);
  times.push((used.user + used.system) / 1000 / docs.length);
}
times.sort((a, b) => a - b);
console.log(`cost: ${times[times.length >> 1]!.toFixed(3)} ms CPU per article (median of ${times.length} rounds over ${docs.length} articles)`);
