import type { Doc } from '../doc.ts';
import type { Resources } from '../pipeline.ts';
import type { PlaceHit } from './places.ts';

// a capitalised word that may be a nationality adjective ("Colombian", "Afghan")
const CAPITALISED = /\b[A-Z][a-z]{3,}\b/g;

/**
 * The country an article is about, for an event that names no place at all: the country its places lie
 * in most often, where a nationality adjective counts as a mention of its country too. An article on a
 * war told through "the Colombian government" and "Colombian rebels" may name as a place only the city
 * abroad where talks are held; its events are still in the country of the adjectives. Only an article
 * that names no country twice is read this way.
 */
export function articleCountry(doc: Doc, resources: Resources, places: readonly PlaceHit[]): string | null {
  const counts = new Map<string, number>();
  const add = (c: string, n: number) => counts.set(c, (counts.get(c) ?? 0) + n);
  for (const p of places) if (p.country) add(p.country, 1);
  const top = () => [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  // a country named twice or more is the article's own; adjectives are often the foreign actors' ("Ugandan troops")
  if (Math.max(0, ...counts.values()) >= 2) return top();
  for (const m of doc.text.matchAll(CAPITALISED)) {
    const c = resources.gazetteer.nationality(m[0]);
    // ties go to the places: the adjective only tips an article that names its own country rarely
    if (c) add(c.name, 0.99);
  }
  return top();
}
