import type { Extraction } from '../extract/types.ts';
import type { EntityCandidate, EntityLookup, Resolution } from './entity-resolution.ts';
import { personNameKeys } from './name-keys.ts';
import { isSingleWordName, personKey, surnameKey } from './person-name.ts';

/** A one-word person node ("Kerry") to fold into the full-name person it turned out to be. */
export interface Absorption {
  fromId: string;
  toId: string;
}

/** The one-word forms of each full-name person: its surname and one-word aliases. */
function oneWordKeys(person: { name: string; aliases: string[] }): string[] {
  const aliases = person.aliases.filter(isSingleWordName).map(personKey);
  return [...new Set([surnameKey(person.name), ...aliases].filter((k): k is string => !!k))];
}

/** Extra lookups: one-word people already in the graph that a full name in this article may explain. */
export function oneWordLookups(extraction: Extraction): EntityLookup[] {
  return extraction.people
    .filter((p) => !isSingleWordName(p.name))
    .flatMap((p) => oneWordKeys(p).map((key) => ({ label: 'Person' as const, key })));
}

/**
 * The mirror of resolving "Kerry" to a known "John Kerry": when an earlier article left a one-word
 * person ("Kerry") because no full name was known yet, and this article brings the one full-name
 * person with that surname or alias, the one-word node is folded into it. Same evidence rule as the
 * forward direction: only when that full name is the only one in the graph and in this article.
 */
export function oneWordAbsorptions(
  extraction: Extraction,
  resolution: Resolution,
  candidates: EntityCandidate[],
): Absorption[] {
  const people = candidates.filter((c) => c.label === 'Person');
  const fullInArticle = extraction.people.filter((p) => !isSingleWordName(p.name));
  const out = new Map<string, Absorption>();
  for (const person of fullInArticle) {
    const toId = resolution.get(person.key);
    if (!toId) continue;
    for (const key of oneWordKeys(person)) {
      const otherFull = [
        ...people.filter((c) => !isSingleWordName(c.name) && c.nameKeys.includes(key)).map((c) => c.id),
        ...fullInArticle.filter((p) => personNameKeys(p).includes(key)).map((p) => resolution.get(p.key)),
      ].filter((id) => id !== toId);
      if (otherFull.length > 0) continue;
      for (const c of people) {
        if (c.id !== toId && isSingleWordName(c.name) && personKey(c.name) === key) out.set(c.id, { fromId: c.id, toId });
      }
    }
  }
  return [...out.values()];
}
