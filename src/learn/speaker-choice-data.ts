import { parseAnswerKey, type AnswerKey } from '../eval/answer-key.ts';
import type { AnnotatedArticle } from '../eval/corpus.ts';
import { greedyMatch, type Candidate } from '../eval/greedy.ts';
import { keysMatch, NameIndex } from '../eval/names.ts';
import { jaccard, quoteWords, QUOTE_OVERLAP, scoreStatements } from '../eval/score-statements.ts';
import { createDoc, type Doc } from '../extract/doc.ts';
import type { Features } from '../extract/events/logistic.ts';
import { toExtraction, type Resources } from '../extract/pipeline.ts';
import { splitSentences } from '../extract/sentences.ts';
import { findEntities } from '../extract/entities/index.ts';
import { findStatements } from '../extract/statements/index.ts';
import { candidateId, choiceContext, speakerCandidates, type SpeakerCandidate } from '../extract/statements/speaker-choice-candidates.ts';
import { candidateFeatures } from '../extract/statements/speaker-choice-features.ts';
import type { ActorRef } from '../extract/types.ts';

/** Another rule set's statements for an article (an older tree run on text it had not seen). */
export interface OtherRules {
  statements: Array<{ speaker: string; quote: string }>;
  entities: Array<{ name: string; aliases: string[] }>;
}

/** One statement of the rules with its speaker candidates. */
export interface StatementChoices {
  candidates: SpeakerCandidate[];
  /** Per candidate, with and without the rules' pick as a feature. */
  withRule: Features[];
  textOnly: Features[];
  /** Per candidate: 1 when it matches the speaker of the gold statement the quote was found as. */
  labels: Array<0 | 1>;
  /** Index of the rules' pick among the candidates (always 0). */
  rule: number;
  /** False when the quote matches no gold quote (the statement then teaches nothing). */
  found: boolean;
  /** Another statement has the same quote ("X and Y said"): the rules' split stands. */
  sharedQuote: boolean;
}

export interface SpeakerArticle {
  id: string;
  gold: AnswerKey;
  pred: AnswerKey;
  statements: StatementChoices[];
  /** True when the rules' picks came from another (older) rule set. */
  simulated: boolean;
}

/** Sentences, entities and statements with the rules only (no speaker model), as the extractor runs them. */
export function rulesDoc(article: AnnotatedArticle, resources: Resources): Doc {
  const doc = createDoc(article.article);
  const rulesOnly: Resources = { gazetteer: resources.gazetteer };
  splitSentences(doc);
  findEntities(doc, rulesOnly);
  findStatements(doc, rulesOnly);
  return doc;
}

/**
 * Candidates, features and labels for every statement of the article. With `other`, the rules' picks
 * (the speaker of each statement, and so "who spoke before") are replaced by that rule set's picks for
 * the same quotes, to learn how far a rule pick is to be trusted on text the rules were not written on.
 */
export function readSpeakerArticle(article: AnnotatedArticle, resources: Resources, other?: OtherRules): SpeakerArticle {
  const doc = rulesDoc(article, resources);
  const pred = parseAnswerKey(toExtraction(doc), `prediction for ${article.id}`);
  const goldNames = new NameIndex([...article.gold.people, ...article.gold.organizations, ...article.gold.places]);
  const predNames = new NameIndex([...pred.people, ...pred.organizations, ...pred.places]);
  const ctx = choiceContext(doc);
  if (other) doc.statements = doc.statements.map((s) => ({ ...s, speakerRef: otherPick(ctx.refByKey, predNames, other, s.quote) ?? s.speakerRef }));
  const found = foundGold(article.gold, doc.statements.map((s) => s.quote));
  const statements = doc.statements.map((s, i): StatementChoices => {
    const candidates = speakerCandidates(ctx, i, s.speakerRef);
    const ruleId = candidateId(s.speakerRef);
    const g = found.get(i);
    return {
      candidates,
      withRule: candidates.map((c) => candidateFeatures(ctx, i, c, ruleId, { withRule: true })),
      textOnly: candidates.map((c) => candidateFeatures(ctx, i, c, ruleId, { withRule: false })),
      labels: candidates.map((c) => (g !== undefined && keysMatch(goldNames.keys(article.gold.statements[g]!.speaker), predNames.keys(c.ref.name)) ? 1 : 0)),
      rule: 0,
      found: g !== undefined,
      sharedQuote: doc.statements.some((o, j) => j !== i && o.quote === s.quote),
    };
  });
  return { id: article.id, gold: article.gold, pred, statements, simulated: other !== undefined };
}

/** Gold statement found for each predicted quote: the scorer's speaker-blind greedy matching on overlap. */
function foundGold(gold: AnswerKey, quotes: readonly string[]): Map<number, number> {
  const goldWords = gold.statements.map((s) => quoteWords(s.quote));
  const loose: Candidate[] = [];
  quotes.forEach((q, pi) => {
    const words = quoteWords(q);
    goldWords.forEach((gw, gi) => {
      const overlap = jaccard(gw, words);
      if (overlap >= QUOTE_OVERLAP) loose.push({ gold: gi, pred: pi, score: overlap });
    });
  });
  return new Map(greedyMatch(loose).map((c) => [c.pred, c.gold]));
}

/** The other rule set's speaker for the same quote, as an entity of this document when it names one. */
function otherPick(refs: ReadonlyMap<string, ActorRef>, predNames: NameIndex, other: OtherRules, quote: string): ActorRef | null {
  const words = quoteWords(quote);
  let best: { speaker: string; overlap: number } | null = null;
  for (const s of other.statements) {
    const overlap = jaccard(words, quoteWords(s.quote));
    if (overlap >= QUOTE_OVERLAP && (!best || overlap > best.overlap)) best = { speaker: s.speaker, overlap };
  }
  if (!best) return null;
  const otherNames = new NameIndex(other.entities);
  const keys = otherNames.keys(best.speaker);
  for (const ref of refs.values()) if (keysMatch(keys, predNames.keys(ref.name))) return ref;
  return { type: 'anonymous', name: best.speaker, key: null };
}

/** The article's statement scores when statement i takes candidate choose(i). */
export function scoreChoices(a: SpeakerArticle, choose: (s: StatementChoices, i: number) => number): ReturnType<typeof scoreStatements> {
  const goldNames = new NameIndex([...a.gold.people, ...a.gold.organizations, ...a.gold.places]);
  const predNames = new NameIndex([...a.pred.people, ...a.pred.organizations, ...a.pred.places]);
  const seen = new Set<string>();
  const statements = a.pred.statements.flatMap((p, i) => {
    const s = a.statements[i]!;
    const speaker = s.candidates[choose(s, i)]!.ref.name;
    const id = `${speaker}\u0000${p.quote}`;
    if (seen.has(id)) return [];
    seen.add(id);
    return [{ ...p, speaker }];
  });
  return scoreStatements(a.gold.statements, statements, goldNames, predNames);
}
