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
export { formatReport, formatTargets } from './table.ts';
export { coarseType } from './score-events.ts';
export { jaccard, quoteWords } from './score-statements.ts';
