import type { GazMatch, GazPlace } from '../../gazetteer/gazetteer.ts';
import type { PlaceEntity, PlaceKind } from '../types.ts';
import type { Candidate } from './candidate.ts';
import type { EntityContext } from './context.ts';

const KIND_FILTER: Partial<Record<PlaceKind, ReadonlyArray<GazPlace['kind']>>> = {
  admin1: ['admin1'],
  city: ['city'],
  town: ['city'],
  region: ['admin1'],
  admin2: ['city'],
  neighbourhood: ['city'],
};

/** Best gazetteer reading of a place name: its stated kind and parent first, then the article's
 * countries, exactness and population. Neighbourhoods and districts resolve only inside their parent. */
export function choose(
  ctx: EntityContext,
  name: string,
  c: Candidate,
  parent: PlaceEntity | undefined,
  context: Map<string, number>,
): GazMatch | null {
  const allowed = c.placeKind ? KIND_FILTER[c.placeKind] : undefined;
  if (c.placeKind === 'landmark') return null;
  let best: GazMatch | null = null;
  let bestScore = -Infinity;
  for (const m of ctx.gazetteer.find(name)) {
    const p = m.place;
    if (allowed && !allowed.includes(p.kind)) continue;
    if (parent && parent.countryCode && p.countryCode !== parent.countryCode) continue;
    const local = c.placeKind === 'admin2' || c.placeKind === 'neighbourhood';
    if (local && !parent && !context.has(p.countryCode)) continue;
    // A spelling variant needs the article's country, or a locative reading of a big or provincial place.
    const plausible =
      context.has(p.countryCode) ||
      p.kind === 'country' ||
      (c.locative === true && (p.kind === 'admin1' || p.population >= 100_000));
    if (!m.exact && !plausible) continue;
    const score =
      (m.exact ? 3 : 0) +
      (context.has(p.countryCode) ? 4 : 0) +
      Math.log10(p.population + 1) +
      (p.kind === 'country' ? 10 : p.kind === 'admin1' ? 4.5 : 0);
    if (score > bestScore) {
      best = m;
      bestScore = score;
    }
  }
  if (best === null && allowed?.includes('admin1')) return provinceOfCity(ctx, name, context);
  return best;
}

/** "Lviv region" where the data name the unit differently ("Lvivska oblast"): the province whose seat
 * is the city of that name. */
function provinceOfCity(ctx: EntityContext, name: string, context: Map<string, number>): GazMatch | null {
  for (const m of ctx.gazetteer.find(name)) {
    const p = m.place;
    const seat = p.featureCode === 'PPLA' || p.featureCode === 'PPLC';
    if (!m.exact || p.kind !== 'city' || !seat || !(context.has(p.countryCode) || p.population >= 100_000))
      continue;
    const parent = p.parentId ? ctx.gazetteer.get(p.parentId) : undefined;
    if (parent?.kind === 'admin1') return { place: parent, exact: true };
  }
  return null;
}
