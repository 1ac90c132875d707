import type { Candidate } from './candidate.ts';
import type { EntityContext } from './context.ts';
import { isCapitalised, lower, tokenText } from './context.ts';
import { TITLE_WORDS } from './data/titles.ts';
import { knownOrganization } from './lexicon.ts';

/** Lower-case words that can stand in a title before a name ("provincial police chief X"). */
const ROLE_MODIFIERS = new Set([
  'rebel',
  'militant',
  'foreign',
  'interior',
  'defense',
  'defence',
  'police',
  'provincial',
  'district',
  'military',
  'army',
  'security',
  'intelligence',
  'regional',
  'local',
  'senior',
  'top',
  'party',
  'government',
  'state',
  'press',
  'deputy',
  'acting',
  'former',
  'interim',
  'opposition',
  'tribal',
  'religious',
]);
const ROLE_PREPOSITIONS = new Set(['of', 'for', 'from', 'at', 'with']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our']);
const STOP = new Set([
  ',',
  '.',
  ';',
  ':',
  '"',
  '\u201c',
  '\u201d',
  '(',
  ')',
  '-',
  '\u2014',
  'said',
  'says',
  'told',
  'and',
  'who',
  'which',
]);

/** Role in an apposition: after the name (", the governor of Y province,") or before it
 * ("his Russian counterpart, X"), or lower-case title words right before it ("Ministry spokesman X"). */
export function apposition(ctx: EntityContext, c: Candidate, nameStart: number): [number, number] | null {
  const range = ctx.sentenceTokens[c.sentenceIndex] ?? [0, 0];
  // Before, without a comma: "Interior Ministry spokesman X", "Houthi rebel leader X" (before the
  // candidate's own title, if it has one: "police chief | Gen. X").
  const from = c.rolePrefix ? c.start : nameStart;
  let k = from;
  let sawTitle = false;
  while (k > range[0] && k > from - 6) {
    const t = ctx.tokens[k - 1];
    const w = lower(t);
    if (TITLE_WORDS.has(w)) sawTitle = true;
    else if (!(isCapitalised(t) || ctx.gazetteer.nationality(t?.text ?? '') || ROLE_MODIFIERS.has(w))) break;
    k--;
  }
  if (sawTitle && k < from) return [k, c.rolePrefix ? c.rolePrefix[1] : nameStart];
  // After: ", the/a ... <title> ... ,"
  if (ctx.tokens[c.end]?.text === ',') {
    let e = c.end + 1;
    let title = false;
    // "the commander of U.S. and NATO forces": "and" before a name continues the apposition.
    const stops = (k: number): boolean =>
      STOP.has(lower(ctx.tokens[k])) && !(lower(ctx.tokens[k]) === 'and' && isCapitalised(ctx.tokens[k + 1]));
    while (e < range[1] && e < c.end + 12 && !stops(e)) {
      if (TITLE_WORDS.has(lower(ctx.tokens[e]))) title = true;
      e++;
    }
    const det = lower(ctx.tokens[c.end + 1]);
    if (
      title &&
      (det === 'the' ||
        det === 'a' ||
        det === 'an' ||
        TITLE_WORDS.has(det) ||
        isCapitalised(ctx.tokens[c.end + 1]))
    )
      return [c.end + 1, e];
  }
  // Before, with a comma: "his Russian counterpart, X".
  if (ctx.tokens[nameStart - 1]?.text === ',') {
    let s = nameStart - 1;
    let title = false;
    while (s > range[0] && s > nameStart - 8 && !STOP.has(lower(ctx.tokens[s - 1]))) {
      const w = lower(ctx.tokens[s - 1]);
      if (TITLE_WORDS.has(w)) title = true;
      s--;
      // A determiner or possessive opens the noun phrase: "met | her Egyptian counterpart, X"; after a
      // preposition it opens the role's complement ("the governor of | the region, X").
      if (DETERMINERS.has(w) && !ROLE_PREPOSITIONS.has(lower(ctx.tokens[s - 1]))) break;
    }
    if (title) return [s, nameStart - 1];
  }
  return null;
}

/** A known organization's name inside a role ("U.N. Secretary-General"). */
export function knownOrgIn(ctx: EntityContext, start: number, end: number): string | null {
  for (let a = start; a < end; a++) {
    for (let b = end; b > a; b--) {
      const org = knownOrganization(tokenText(ctx, a, b));
      if (org) return org.name;
    }
  }
  return null;
}
