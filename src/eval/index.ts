/** The scorer of fixtures/README.md: pure functions over gold and predicted answer keys. */
export { parseAnswerKey, type AnswerKey } from './answer-key.ts';
export {
  scoreArticle,
  totalScores,
  buildReport,
  type ArticleScore,
  type EvalReport,
  type Scores,
} from './score.ts';
export { checkTargets, TARGETS, type TargetCheck } from './targets.ts';
export { formatReport, formatTargets, formatIntervals } from './table.ts';
export { bootstrapIntervals, type MetricInterval } from './bootstrap.ts';
export { coarseType } from './score-events.ts';
export { jaccard, quoteWords } from './score-statements.ts';
