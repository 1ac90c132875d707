/**
 * The two other learned re-decisions tried in session 4 (docs/events.md), measured by 5-fold
 * cross-validation by article on the rule events; neither is built into the extractor.
 *
 *   node --import tsx src/learn/try-event-alternatives.ts [DIR]
 *
 * 1. Coarse-type re-classifier: one-vs-rest logistic regression over the rule's type, the trigger words
 *    and the words of the evidence sentence; a type is switched when another beats the rule's by a margin.
 * 2. Date or no date: for events with a day, the keep features predict whether the day is right; the day
 *    is dropped below a threshold.
 */
import { resolve } from 'node:path';
import { loadResources } from '../cli/resources.ts';
import { readCorpus } from '../eval/corpus.ts';
import { keysMatch, NameIndex } from '../eval/names.ts';
import { coarseType } from '../eval/score-events.ts';
import { scoreArticle } from '../eval/score.ts';
import { probability, type Features } from '../extract/events/logistic.ts';
import { alignEvents } from './align-events.ts';
import { foldOf } from './cross-validate.ts';
import { readCandidates, type ArticleCandidates } from './event-candidates.ts';
import { trainLogistic } from './logistic-train.ts';

const K = 5;
const TYPES = ['BOMBING', 'AIRSTRIKE', 'SHELLING', 'ARMED_CLASH', 'ATTACK', 'ABDUCTION', 'CEASEFIRE', 'PROTEST'];
const { resources } = loadResources();
const articles = (await readCorpus(resolve(process.argv[2] ?? '/root/pool4'))).map((a) => readCandidates(a, resources));

interface Row {
  a: ArticleCandidates;
  i: number;
  /** The gold coarse type (matched, or a free gold event of another type at its place), else null. */
  type: string | null;
  /** For a matched event with a day: 1 when the day is right. */
  dateRight: 0 | 1 | null;
  words: Features;
}

const rows: Row[] = articles.flatMap((a) => {
  const goldPlaces = new NameIndex(a.gold.places);
  const predPlaces = new NameIndex(a.pred.places);
  const pairs = alignEvents(a.gold.events, a.pred.events, goldPlaces, predPlaces);
  const taken = new Set(pairs.values());
  return a.pred.events.map((p, i): Row => {
    const where = predPlaces.keys(p.place);
    const other = a.gold.events.find((g, j) => !taken.has(j) && coarseType(g.type) !== coarseType(p.type)
      && (keysMatch(goldPlaces.keys(g.place), where) || g.placeAlternatives.some((x) => keysMatch(goldPlaces.keys(x), where))));
    const gold = pairs.has(i) ? a.gold.events[pairs.get(i)!]! : null;
    const c = a.candidates[i]!;
    const words = new Map<string, number>([[`rule=${coarseType(p.type)}`, 1]]);
    for (const w of c.event.evidence.sentence.toLowerCase().match(/[a-z]+/g) ?? []) words.set(`w:${w}`, 0.5);
    for (const t of c.triggers) words.set(`t:${t}`, 1);
    return { a, i, type: gold ? coarseType(p.type) : other ? coarseType(other.type) : null,
      dateRight: gold && p.date ? (gold.date === p.date ? 1 : 0) : null, words };
  });
});

/** Events F1 and date right when each rule event is rewritten by `edit`. */
function totals(edit: (r: Row) => Partial<ArticleCandidates['pred']['events'][number]> | null): string {
  let gold = 0, predicted = 0, matched = 0, date = 0;
  for (const a of articles) {
    const events = a.pred.events.map((e, i) => ({ ...e, ...edit(rows.find((r) => r.a === a && r.i === i)!) }));
    const s = scoreArticle(a.id, a.gold, { ...a.pred, events }).scores.events;
    gold += s.gold; predicted += s.predicted; matched += s.matched; date += s.date.right;
  }
  return `F1 ${((2 * matched) / (gold + predicted)).toFixed(3)} matched ${matched} date ${date}/${matched}`;
}

console.log(`rules: ${totals(() => null)}`);
const typed = rows.filter((r) => r.type !== null);
console.log(`type: ${typed.length} labelled rule events, ${typed.filter((r) => r.type !== r.words.keys().next().value!.slice(5)).length} of another coarse type`);
for (const lambda of [3, 1, 0.3, 0.1]) {
  const guess = new Map<Row, { type: string; margin: number }>();
  for (let fold = 0; fold < K; fold++) {
    const train = typed.filter((r) => foldOf(r.a.id, K) !== fold);
    const models = TYPES.map((t) => trainLogistic(train.map((r) => ({ features: r.words, label: r.type === t ? 1 : 0 })), lambda));
    for (const r of rows.filter((x) => foldOf(x.a.id, K) === fold)) {
      const p = models.map((m) => probability(m, r.words));
      const best = p.indexOf(Math.max(...p));
      guess.set(r, { type: TYPES[best]!, margin: p[best]! - p[TYPES.indexOf(coarseType(r.a.pred.events[r.i]!.type))]! });
    }
  }
  const report = [0, 0.1, 0.2].map((margin) => {
    const switched = rows.filter((r) => guess.get(r)!.margin > margin && guess.get(r)!.type !== coarseType(r.a.pred.events[r.i]!.type));
    const right = switched.filter((r) => r.type === guess.get(r)!.type).length;
    return `margin ${margin}: ${switched.length} switched, ${right} right, ${totals((r) => (switched.includes(r) ? { type: guess.get(r)!.type } : null))}`;
  });
  console.log(`type, lambda ${lambda}: ${report.join(' | ')}`);
}

const dated = rows.filter((r) => r.dateRight !== null);
console.log(`date: ${dated.length} matched rule events with a day, ${dated.filter((r) => r.dateRight === 0).length} wrong`);
for (const lambda of [10, 3, 1]) {
  const p = new Map<Row, number>();
  for (let fold = 0; fold < K; fold++) {
    const model = trainLogistic(dated.filter((r) => foldOf(r.a.id, K) !== fold).map((r) => ({ features: r.a.features[r.i]!, label: r.dateRight! })), lambda);
    for (const r of rows.filter((x) => foldOf(x.a.id, K) === fold)) p.set(r, probability(model, r.a.features[r.i]!));
  }
  const report = [0.3, 0.4, 0.5, 0.6].map((t) => `below ${t}: ${totals((r) => (p.get(r)! < t ? { date: null } : null))}`);
  console.log(`date, lambda ${lambda}: ${report.join(' | ')}`);
}
