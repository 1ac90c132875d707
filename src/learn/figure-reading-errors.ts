/**
 * DEV diagnosis of wrong figures and dates (docs/events.md, round 7): for every matched event whose
 * killed, injured or date differs from the key, whether the key's value is among what the extractor read
 * in the article at all (a reading error when not, a choice error when read but put elsewhere), with the
 * event's evidence and the figures read. Prints article text: run it on DEV folders only.
 *
 *   node --import tsx src/learn/figure-reading-errors.ts DIR [--slot killed|injured|date] [--summary]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadResources } from '../cli/resources.ts';
import { readCorpus } from '../eval/corpus.ts';
import { runPipeline } from '../extract/pipeline.ts';
import { choicesOf, SLOTS, type Slot } from './figure-choice-data.ts';
import { parseAnswerKey } from '../eval/answer-key.ts';
import { NameIndex } from '../eval/names.ts';
import { toExtraction } from '../extract/pipeline.ts';
import { alignEvents } from './align-events.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: {
  slot: { type: 'string' }, summary: { type: 'boolean', default: false } } });
const corpus = await readCorpus(resolve(positionals[0] ?? '/root/pool6'));
const { resources } = loadResources();
const counts = new Map<string, number>();
const show = (v: unknown): string => JSON.stringify(v);
for (const article of corpus) {
  const doc = runPipeline(article.article, resources);
  const choices = choicesOf(article, doc);
  const pred = parseAnswerKey(toExtraction(doc), 'prediction');
  const pairs = [...alignEvents(article.gold.events, pred.events, new NameIndex(article.gold.places), new NameIndex(pred.places))];
  choices.events.forEach((c, n) => {
    const [pi, gi] = pairs[n]!;
    const e = doc.events[pi]!;
    const g = article.gold.events[gi]!;
    for (const slot of SLOTS as Slot[]) {
      if (values.slot && values.slot !== slot) continue;
      const s = c[slot];
      if (s.labels[s.rule] === 1) continue;
      const gv = slot === 'date' ? g.date : g[slot];
      const reach = s.labels.some((l) => l === 1);
      const kind = gv === null ? 'key-null' : reach ? 'choice' : 'reading';
      counts.set(`${slot}:${kind}`, (counts.get(`${slot}:${kind}`) ?? 0) + 1);
      if (values.summary) continue;
      console.log(`\n== ${article.id} [${slot}] ${kind}  gold ${show(gv)}  pred ${show(slot === 'date' ? e.date : e[slot])}  published ${article.article.published ?? '?'}`);
      console.log(`   gold: ${g.type} @ ${g.place} ${g.date}  k ${show(g.killed)} i ${show(g.injured)}`);
      console.log(`   pred: ${e.type} @ ${e.place}  evidence: ${e.evidence.sentence.slice(0, 400)}`);
      if (slot !== 'date') {
        for (const r of doc.casualties.filter((x) => x.kind === slot)) {
          console.log(`     ${r.eventKey === e.key ? '*' : ' '} ${r.eventKey} ${show({ min: r.min, max: r.max })} ${r.evidence.sentence.slice(0, 220)}`);
        }
      }
    }
  });
}
console.log('\n', Object.fromEntries([...counts].sort()));
