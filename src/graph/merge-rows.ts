import type { EntityRowBase, MentionRow } from './write-params.ts';

function mergeMentions(a: MentionRow, b: MentionRow): MentionRow {
  const pairs = [
    ...a.starts.map((s, i) => [s, a.ends[i] as number] as const),
    ...b.starts.map((s, i) => [s, b.ends[i] as number] as const),
  ];
  const unique = [...new Map(pairs.map((p) => [`${p[0]}-${p[1]}`, p])).values()].sort((x, y) => x[0] - y[0]);
  const firstIsA = (a.starts[0] ?? Infinity) <= (b.starts[0] ?? Infinity);
  return {
    count: unique.length,
    starts: unique.map((p) => p[0]),
    ends: unique.map((p) => p[1]),
    sentence: firstIsA ? (a.sentence ?? b.sentence) : (b.sentence ?? a.sentence),
  };
}

/**
 * Entities of one extraction that resolved to the same node ("Kerry" beside "John Kerry") become one
 * row: the longer name, every alias and key, all mentions; for other fields the first non-null value
 * wins and booleans are or-ed. One row per id keeps MERGE and the MENTIONED_IN edge single.
 */
export function mergeEntityRows<T extends EntityRowBase>(rows: T[]): T[] {
  const byId = new Map<string, T>();
  for (const row of rows) {
    const prev = byId.get(row.id);
    if (!prev) {
      byId.set(row.id, row);
      continue;
    }
    const name = row.name.length > prev.name.length ? row.name : prev.name;
    const merged = { ...prev } as Record<string, unknown>;
    for (const [k, v] of Object.entries(row)) {
      const old = merged[k];
      if (typeof old === 'boolean' && typeof v === 'boolean') merged[k] = old || v;
      else if (old === null || old === undefined) merged[k] = v;
    }
    const aliases = [...new Set([...prev.aliases, ...row.aliases, prev.name, row.name])].filter((a) => a !== name);
    byId.set(row.id, {
      ...(merged as T),
      name,
      aliases,
      nameKeys: [...new Set([...prev.nameKeys, ...row.nameKeys])],
      mention: mergeMentions(prev.mention, row.mention),
    });
  }
  return [...byId.values()];
}
