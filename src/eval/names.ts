import { foldName } from '../extract/normalize.ts';
import type { NamedEntry } from './answer-key.ts';

/**
 * Name matching per fixtures/README.md: two names match when they fold to the same key (case, accents,
 * leading "the", "al-"/"al " and punctuation ignored; see nameKey), or when either side's name or alias
 * equals the other's. A bare string (a speaker, an event place) is first widened to the aliases of the entity of
 * the same article that it names, so "Kerry" matches "John Kerry" when that article lists the alias.
 */
export type NameKeys = ReadonlySet<string>;

/**
 * foldName, with full stops dropped first: the rules remove punctuation, and an abbreviation's stops
 * must vanish ("U.N." is "UN"), not become spaces ("u n") as foldName's word-splitting would make them.
 */
export function nameKey(name: string): string {
  return foldName(name.replace(/\./g, ''));
}

/** Folded keys of an entity: its name and every alias (empty folds dropped). */
export function entityKeys(entry: NamedEntry): NameKeys {
  return new Set([entry.name, ...entry.aliases].map(nameKey).filter((k) => k !== ''));
}

export function keysMatch(a: NameKeys, b: NameKeys): boolean {
  for (const k of a) if (b.has(k)) return true;
  return false;
}

/** True when the two entities' names fold equal (a stronger match than via an alias). */
export function sameName(a: NamedEntry, b: NamedEntry): boolean {
  return nameKey(a.name) === nameKey(b.name);
}

/** Widens bare names to the alias sets of one article's people, organizations and places. */
export class NameIndex {
  private readonly byKey = new Map<string, Set<string>>();

  constructor(entities: readonly NamedEntry[]) {
    for (const entity of entities) {
      const keys = entityKeys(entity);
      for (const k of keys) {
        const set = this.byKey.get(k) ?? new Set<string>();
        for (const other of keys) set.add(other);
        this.byKey.set(k, set);
      }
    }
  }

  /** The name's own key plus the keys of every entity it names; empty for null or blank names. */
  keys(name: string | null): NameKeys {
    if (name === null) return new Set();
    const key = nameKey(name);
    if (key === '') return new Set();
    return new Set([key, ...(this.byKey.get(key) ?? [])]);
  }
}
