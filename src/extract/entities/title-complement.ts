import type { Candidate } from './candidate.ts';
import type { EntityContext } from './context.ts';
import { isAcronym, isCapitalised, lower, tokenText } from './context.ts';
import type { Span } from './spans.ts';
import { classifySpan } from './classify.ts';
import { knownOrganization } from './lexicon.ts';
import { orgHeadKind } from './data/organizations.ts';
import { isTitleWord, looksLikePersonName } from './person-shape.ts';

/**
 * "Special Representative for Poland Ewa Nowak", "envoy to Chile Tomas Vidal", "Ambassador to the U.N.
 * Ann Roe": a title's complement (a country, a place or an organization) runs straight into its holder's
 * name, so one capitalised span holds both. Splits it: the complement keeps its own reading, the rest is
 * the person, whose role is the whole title with its complement. A lone word left after the complement
 * ("Special Representative for Peru Fisheries") is part of the portfolio, no name. Returns the
 * candidates, or null when the span is not such a run.
 */
export function holderAfterComplement(ctx: EntityContext, span: Span): Candidate[] | null {
  let p = span.start - 1;
  if (lower(ctx.tokens[p]) === 'the') p--;
  const prep = lower(ctx.tokens[p]);
  if ((prep !== 'for' && prep !== 'to') || !isTitleWord(lower(ctx.tokens[p - 1]))) return null;
  const split = complementEnd(ctx, span);
  if (split === 0) return null;
  const range = ctx.sentenceTokens[span.sentenceIndex] ?? [0, 0];
  const complement = classifySpan(ctx, { ...span, end: split });
  const parts = complement && complement.type !== 'person' ? [complement] : [];
  // "head of the Kabul University" keeps its reading: a lone organization word is no portfolio.
  if (span.end - split === 1) return orgHeadKind(lower(ctx.tokens[split])) === undefined ? parts : null;
  if (!looksLikePersonName(ctx, split, span.end)) return null;
  let roleStart = p - 1;
  while (
    roleStart > range[0] &&
    (isCapitalised(ctx.tokens[roleStart - 1]) || isTitleWord(lower(ctx.tokens[roleStart - 1])))
  )
    roleStart--;
  parts.push({
    type: 'person',
    sentenceIndex: span.sentenceIndex,
    start: span.start,
    end: span.end,
    nameStart: split,
    nameEnd: span.end,
    rolePrefix: [roleStart, split],
  });
  return parts;
}

/** End of the longest leading country, gazetteer place, known organization or acronym that leaves at
 * least one word of the span after it; 0 when the span opens with none. */
function complementEnd(ctx: EntityContext, span: Span): number {
  for (let j = span.end - 1; j > span.start; j--) {
    const text = tokenText(ctx, span.start, j);
    if (knownOrganization(text) || (j - span.start === 1 && isAcronym(ctx.tokens[span.start]))) return j;
    if (
      ctx.gazetteer
        .find(text)
        .some((m) => m.exact && (m.place.kind !== 'city' || m.place.population >= 100_000))
    )
      return j;
  }
  return 0;
}
