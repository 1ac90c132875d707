import type { EntityContext } from './context.ts';

/** Whether a name alone is a place by the gazetteer, with a stricter bar for small or variant matches. */
export function isPlaceInGazetteer(
  ctx: EntityContext,
  text: string,
  multiWord: boolean,
  locative: boolean,
): boolean {
  for (const m of ctx.gazetteer.find(text)) {
    const p = m.place;
    if (p.kind === 'country' && (m.exact || text.length > 5)) return true;
    if (!m.exact && !locative) continue;
    if (p.kind === 'admin1' && (m.exact || locative)) return true;
    if (p.population >= 100_000 && m.exact) return true;
    if (locative && (p.population >= 1000 || multiWord) && (m.exact || p.population >= 20_000)) return true;
    if (multiWord && m.exact && p.population >= 1000) return true;
  }
  return false;
}
