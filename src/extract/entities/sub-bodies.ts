import type { EntityContext } from './context.ts';
import { isCapitalised, lower, tokenText } from './context.ts';
import { knownOrganization } from './lexicon.ts';

/** Nouns for a body inside an international organization ("refugee agency", "rights office"). */
const SUB_BODY_NOUNS = new Set(['agency', 'office', 'watchdog']);

/**
 * "the OPEC energy agency", "the UNDP Food Safety office", "the World Food Programme's Road Support Office": a
 * body of an international organization, named by its parent and its work, is an organization of its own (the
 * parent is not mentioned as a separate body). At least one word must stand between the parent and the noun
 * ("the UNDP office in X" is the parent's office). Returns the token end of the whole name for the span
 * [start, end), or 0.
 */
export function subBodyEnd(ctx: EntityContext, start: number, end: number, last: number): number {
  const parent = parentEnd(ctx, start, end);
  if (parent === 0) return 0;
  // "the World Food Programme's Road Support Office": a possessive parent and a capitalised body ending in the noun.
  if (parent === end && /^['\u2019]s?$/.test(ctx.tokens[end]?.text ?? '')) {
    let e = end + 1;
    while (e < last && isCapitalised(ctx.tokens[e])) e++;
    return e - (end + 1) >= 2 && SUB_BODY_NOUNS.has(lower(ctx.tokens[e - 1])) ? e : 0;
  }
  // "the OPEC energy agency", "the UNDP Food Safety office": capitalised words of the span, then up to two
  // lower-case words, then the noun.
  let k = end;
  while (k < last && k - end < 2 && /^\p{Ll}+$/u.test(ctx.tokens[k]?.text ?? '') && !SUB_BODY_NOUNS.has(lower(ctx.tokens[k]))) k++;
  if (k === parent || k >= last || !SUB_BODY_NOUNS.has(lower(ctx.tokens[k]))) return 0;
  return k + 1;
}

/** The end of the longest well-known international organization opening the span, or 0. */
function parentEnd(ctx: EntityContext, start: number, end: number): number {
  for (let k = end; k > start; k--) if (knownOrganization(tokenText(ctx, start, k))?.kind === 'international') return k;
  return 0;
}
