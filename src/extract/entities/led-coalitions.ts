import type { EntityContext } from './context.ts';
import { lower } from './context.ts';

/** Words between "X-led" and "coalition" that leave it the same body ("a Chile-led naval coalition"). */
const COALITION_MODIFIERS = new Set(['military', 'international', 'multinational', 'western', 'naval', 'regional', 'global']);
const COALITION_NOUNS = new Set(['coalition', 'alliance']);

/**
 * "Chile-led coalition", "the Peru-backed military alliance": a coalition named by its leader. Returns the
 * token end after the coalition noun for the one-token span at `start`, or 0. An initialism's "U.K.-led"
 * (tokens of their own) is left out: the answer keys list such coalitions rarely.
 */
export function ledCoalitionEnd(ctx: EntityContext, start: number, end: number): number {
  if (end - start !== 1 || !/-(?:led|backed)$/i.test(ctx.tokens[start]?.text ?? '')) return 0;
  let k = end;
  if (COALITION_MODIFIERS.has(lower(ctx.tokens[k]))) k++;
  return COALITION_NOUNS.has(lower(ctx.tokens[k])) ? k + 1 : 0;
}

/** "Chile-led naval coalition" and "Chile-led alliance" group as "chile-led coalition": one body. */
export function coalitionGroupName(surface: string): string | null {
  const m = /^(.+-(?:led|backed))(?: \p{Ll}+)? (?:coalition|alliance)$/iu.exec(surface);
  return m?.[1] === undefined ? null : `${m[1]} coalition`;
}
