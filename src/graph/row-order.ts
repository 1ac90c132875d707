import type { ActorEdgeRow, LockRow, RoleRow } from './write-params.ts';

/** One edge per event, actor and kind. */
export function uniqueEdges(edges: ActorEdgeRow[]): ActorEdgeRow[] {
  return [...new Map(edges.map((e) => [`${e.eventId}|${e.actorId}|${e.rel}`, e])).values()];
}

/** One role per person and target (the first title the article gives). */
export function uniqueRoles(roles: RoleRow[]): RoleRow[] {
  return [...new Map(roles.map((r) => [`${r.personId}|${r.targetId}`, r])).values()];
}

/**
 * Enclosing places before the places inside them (then by id): creating a child's IN edge touches its
 * parent, so one global order for those locks keeps two articles from deadlocking on a country and
 * its provinces.
 */
export function ancestorsFirst<T extends { id: string; parentId: string | null }>(rows: T[]): T[] {
  const parentOf = new Map(rows.map((r) => [r.id, r.parentId]));
  const depth = (id: string): number => {
    let d = 0;
    for (let p = parentOf.get(id); p && d < 16; p = parentOf.get(p)) d++;
    return d;
  };
  const depths = new Map(rows.map((r) => [r.id, depth(r.id)]));
  return [...rows].sort((a, b) => (depths.get(a.id) ?? 0) - (depths.get(b.id) ?? 0));
}

/** Rows sorted by id, so concurrent transactions meet shared entities in the same order. */
export function byId<T extends { id: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** One lock per entity, sorted by id: the one global order in which every article's write locks them. */
export function sortLocks(locks: LockRow[]): LockRow[] {
  return byId([...new Map(locks.map((l) => [l.id, l])).values()]);
}

/** The first row of each id. */
export function uniqueById<T extends { id: string }>(rows: T[]): T[] {
  const out = new Map<string, T>();
  for (const r of rows) if (!out.has(r.id)) out.set(r.id, r);
  return [...out.values()];
}
