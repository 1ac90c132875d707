import type { StatementEntry } from './answer-key.ts';
import { greedyMatch, type Candidate } from './greedy.ts';
import { prf, ratio, type Prf, type Ratio } from './metrics.ts';
import { keysMatch, type NameIndex } from './names.ts';
import type { Misses } from './score-entities.ts';

/** A quote must share at least this share of its words (Jaccard) with the gold quote to be "found". */
export const QUOTE_OVERLAP = 0.5;

/** Lower-cased words; punctuation, quote marks and trailing commas do not count. */
export function quoteWords(quote: string): Set<string> {
  return new Set(quote.toLowerCase().match(/[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*/gu) ?? []);
}

/** Jaccard similarity of two word sets: shared words over all words. Two empty quotes share nothing. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

export interface StatementScore extends Prf, Misses {
  /** Of the gold quotes found at all (overlap >= 0.5, any speaker), how many have the right speaker. */
  speakerAccuracy: Ratio;
}

/**
 * Statements of one article. Match: the speaker matches (names, widened through each side's entity
 * aliases) and the quotes' word Jaccard is >= 0.5; greedy one-to-one by overlap. Speaker accuracy is a
 * second, speaker-blind matching on overlap alone (ties go to the pair with the right speaker).
 */
export function scoreStatements(
  gold: readonly StatementEntry[],
  pred: readonly StatementEntry[],
  goldNames: NameIndex,
  predNames: NameIndex,
): StatementScore {
  const goldWords = gold.map((s) => quoteWords(s.quote));
  const predWords = pred.map((s) => quoteWords(s.quote));
  const strict: Candidate[] = [];
  const loose: Candidate[] = [];
  const speakerRight = new Set<string>();
  gold.forEach((g, gi) => {
    pred.forEach((p, pi) => {
      const overlap = jaccard(goldWords[gi] ?? new Set(), predWords[pi] ?? new Set());
      if (overlap < QUOTE_OVERLAP) return;
      const right = keysMatch(goldNames.keys(g.speaker), predNames.keys(p.speaker));
      if (right) {
        strict.push({ gold: gi, pred: pi, score: overlap });
        speakerRight.add(`${gi}:${pi}`);
      }
      // The small bonus only breaks ties between equally overlapping quotes.
      loose.push({ gold: gi, pred: pi, score: overlap + (right ? 1e-6 : 0) });
    });
  });
  const pairs = greedyMatch(strict);
  const found = greedyMatch(loose);
  const goldHit = new Set(pairs.map((c) => c.gold));
  const predHit = new Set(pairs.map((c) => c.pred));
  const label = (s: StatementEntry): string => `${s.speaker ?? '(no speaker)'}: ${s.quote}`;
  return {
    ...prf(gold.length, pred.length, pairs.length),
    speakerAccuracy: ratio(found.filter((c) => speakerRight.has(`${c.gold}:${c.pred}`)).length, found.length),
    missed: gold.filter((_, i) => !goldHit.has(i)).map(label),
    spurious: pred.filter((_, i) => !predHit.has(i)).map(label),
  };
}
