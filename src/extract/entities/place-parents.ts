import type { PlaceEntity } from '../types.ts';
import type { Candidate } from './candidate.ts';
import type { EntityContext } from './context.ts';
import { tokenText } from './context.ts';

export function rootCountry(places: Map<string, PlaceEntity>, p: PlaceEntity): PlaceEntity | null {
  if (p.countryCode === null) return null;
  return places.get(`country:${p.countryCode}`) ?? { ...p, name: p.country ?? p.name };
}

/** "Damascus, Syria" / "Rimbo, Sweden" / "X, in Idlib province": the place after a comma is the parent. */
export function commaParent(
  ctx: EntityContext,
  c: Candidate,
  byStart: Map<number, Candidate>,
): Candidate | undefined {
  if (ctx.tokens[c.end]?.text !== ',') return undefined;
  const next =
    byStart.get(c.end + 1) ?? (ctx.tokens[c.end + 1]?.text === 'in' ? byStart.get(c.end + 2) : undefined);
  return next &&
    (next.placeKind === 'admin1' ||
      next.placeKind === 'region' ||
      ctx.gazetteer
        .find(tokenText(ctx, next.nameStart, next.nameEnd))
        .some((m) => m.exact && (m.place.kind === 'country' || m.place.kind === 'admin1')))
    ? next
    : undefined;
}

/** The nearest resolved place named before `c`, in its sentence or the two before ("in the province of
 * Ghazni ... reinforcements were sent to Andar district"): a province or city first, else a country. */
export function enclosingInSentence(
  places: Map<string, PlaceEntity>,
  keyOf: Map<Candidate, string>,
  c: Candidate,
): PlaceEntity | undefined {
  let local: [Candidate, PlaceEntity] | undefined;
  let country: [Candidate, PlaceEntity] | undefined;
  for (const [other, key] of keyOf) {
    if (
      other.sentenceIndex < c.sentenceIndex - 2 ||
      other.sentenceIndex > c.sentenceIndex ||
      other.end > c.start
    )
      continue;
    const entity = places.get(key);
    if (!entity || (entity.geonameId === null && entity.kind !== 'admin1' && entity.kind !== 'country'))
      continue;
    const slot = entity.kind === 'country' ? country : local;
    if (slot && slot[0].start > other.start) continue;
    if (entity.kind === 'country') country = [other, entity];
    else local = [other, entity];
  }
  return local?.[1] ?? country?.[1];
}

/** The article's country when one clearly dominates (two or more mentions, at least 60% of them). */
export function mainCountry(
  places: Map<string, PlaceEntity>,
  context: Map<string, number>,
): PlaceEntity | undefined {
  let code: string | undefined;
  let n = 0;
  let total = 0;
  for (const [cc, count] of context) {
    total += count;
    if (count > n) [code, n] = [cc, count];
  }
  return code && n >= 2 && n >= 0.6 * total ? places.get(`country:${code}`) : undefined;
}
