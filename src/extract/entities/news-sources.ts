import type { Candidate } from './candidate.ts';
import type { EntityContext } from './context.ts';
import { isCapitalised, lower } from './context.ts';

/** Nouns for a news organization's staff or work after its name ("an X reporter", "according to an X count"). */
const NEWS_STAFF = new Set([
  'reporter',
  'reporters',
  'correspondent',
  'correspondents',
  'journalist',
  'journalists',
  'photographer',
  'cameraman',
  'count',
  'tally',
]);

/** Verbs of a news organization's work after its name ("X reported", "X is reporting"). */
const REPORT_VERBS = new Set(['reported', 'reporting', 'quoted', 'quotes', 'aired']);

/** Verbs that credit a report's sources: "information for this report was provided by X, Y and Z". */
const CREDIT_VERBS = new Set(['provided', 'came', 'contributed', 'supplied']);

/**
 * Whether an otherwise unknown name is a news organization by how the text uses it: it reports or
 * quotes ("X reported", "X is reporting"), its staff or tally follow it ("an X reporter", "according
 * to an X count"), or it is listed in a credit line ("Some information ... provided by X and Y").
 */
export function isNewsSource(ctx: EntityContext, c: Candidate): boolean {
  let k = c.end;
  if (['also', 'has', 'is', 'was', 'later', 'earlier'].includes(lower(ctx.tokens[k]))) k++;
  const verb = lower(ctx.tokens[k]);
  // "reports" and "broadcast" are nouns too ("Conflicting reports").
  if (REPORT_VERBS.has(verb)) return true;
  if (NEWS_STAFF.has(lower(ctx.tokens[c.end]))) return true;
  return inCreditLine(ctx, c) || afterCapitalThe(ctx, c);
}

/** Words before a publication's title in running text ("told The X", "in an interview with The X"). */
const TITLE_CUES = new Set(['told', 'to', 'with', 'by', 'in', 'from', 'for']);

/**
 * "a farmer told The Lantern that ...": a capitalised "The" inside a sentence, after a lower-case word,
 * opens a publication's title (places such as "The Hague" were read before this test).
 */
function afterCapitalThe(ctx: EntityContext, c: Candidate): boolean {
  const the =
    ctx.tokens[c.start]?.text === 'The'
      ? c.start
      : ctx.tokens[c.start - 1]?.text === 'The'
        ? c.start - 1
        : -1;
  if (the < 0 || c.end - c.start > 4) return false;
  const first = ctx.sentenceTokens[c.sentenceIndex]?.[0] ?? 0;
  return the > first && TITLE_CUES.has(ctx.tokens[the - 1]?.text ?? '');
}

/** "provided by A, B and C" / "came from the A": walks back over the list to "by"/"from" and its verb. */
function inCreditLine(ctx: EntityContext, c: Candidate): boolean {
  const first = ctx.sentenceTokens[c.sentenceIndex]?.[0] ?? 0;
  let k = c.start - 1;
  while (k > first) {
    const w = lower(ctx.tokens[k]);
    if (w === 'by' || w === 'from') break;
    if (w !== ',' && w !== 'and' && w !== 'the' && !isCapitalised(ctx.tokens[k])) return false;
    k--;
  }
  if (k <= first) return false;
  if (!CREDIT_VERBS.has(lower(ctx.tokens[k - 1]))) return false;
  for (let j = first; j < k; j++) if (/^reports?$/.test(lower(ctx.tokens[j]))) return true;
  return false;
}
