import type { EntityContext } from './context.ts';
import { lower } from './context.ts';
import { TITLE_WORDS } from './data/titles.ts';
import { ORG_DESCRIPTORS } from './descriptors.ts';

/** Compounds that say who runs, owns or hosts what follows: "the state-run X", "the Paris-based X". */
const OWNER_COMPOUND = /^[\p{L}.]+-(?:run|owned|based|operated|funded)$/iu;
const OWNER_PARTICIPLE = /^(?:run|owned|based|operated|funded)$/i;

const PREPOSITIONS = new Set(['in', 'of', 'for', 'at', 'near', 'from', 'to', 'on']);

/** Words after the descriptor noun that still close the apposition ("X, a daily based in Y"). */
const APPOSITION_GOES_ON = new Set(['that', 'which', 'based', 'in', 'with', 'founded', 'known', 'and']);

/**
 * Signs that an otherwise unknown name is an organization, beside it: an owner or seat compound right
 * before it ("the state-run X", "the Geneva-based X", "a family-owned X"), or an apposition after it
 * whose head is an organization noun ("X, a prominent daily newspaper,", "X, the rights group that").
 * A title in the apposition makes it a person's ("X, a spokesman for the group"); a noun after the
 * organization noun makes it a modifier ("X, a party member").
 */
export function organizationCue(ctx: EntityContext, start: number, end: number): boolean {
  const before = ctx.tokens[start - 1]?.text ?? '';
  // "U.S.-based" is three tokens ("U.S.", "-", "based").
  if (OWNER_COMPOUND.test(before) || (OWNER_PARTICIPLE.test(before) && ctx.tokens[start - 2]?.text === '-'))
    return true;
  if (ctx.tokens[end]?.text !== ',' || !['a', 'an', 'the'].includes(lower(ctx.tokens[end + 1]))) return false;
  // "the Council for Refugees in X, an aid group": after a preposition the apposition is the phrase's.
  if (PREPOSITIONS.has(lower(ctx.tokens[start - 1]))) return false;
  for (let k = end + 2; k < end + 7; k++) {
    const t = ctx.tokens[k];
    const w = lower(t);
    if (t === undefined || TITLE_WORDS.has(w) || !/^\p{L}/u.test(w)) return false;
    if (!ORG_DESCRIPTORS.has(w)) continue;
    // "X, the group's spokesman": a possessive noun heads no apposition.
    const next = ctx.tokens[k + 1]?.text ?? '.';
    return (!/^\p{Ll}/u.test(next) && !/^['\u2019]s$/u.test(next)) || APPOSITION_GOES_ON.has(next);
  }
  return false;
}
