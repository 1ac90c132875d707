import { foldName as foldNameUncached } from '../normalize.ts';
import { variantKey as variantKeyUncached } from '../../gazetteer/fold.ts';

/**
 * Memoised pure string functions. Articles repeat the same few thousand words and names, and folding
 * (Unicode normalisation plus several regexes) is the entity component's main cost. Bounded: a full
 * cache is cleared, so memory stays flat over a long run. Results never depend on call order.
 */
export function memo<T>(fn: (s: string) => T, max = 20_000): (s: string) => T {
  // An undefined answer (most words are no known organization) is stored as NONE, so a hit is one
  // Map lookup, not a get and then a has.
  const cache = new Map<string, T | typeof NONE>();
  return (s: string): T => {
    const hit = cache.get(s);
    if (hit !== undefined) return (hit === NONE ? undefined : hit) as T;
    if (cache.size >= max) cache.clear();
    const value = fn(s);
    cache.set(s, value === undefined ? NONE : value);
    return value;
  };
}

const NONE: unique symbol = Symbol('none');

export const foldName = memo(foldNameUncached);

export const variantKey = memo(variantKeyUncached);
