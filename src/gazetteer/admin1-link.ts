import type { GazPlace } from './gazetteer.ts';
import type { CitySource } from './build.ts';
import { variantKey } from './fold.ts';

/**
 * GeoNames admin codes (on cities) and the admin-1 list's ISO codes differ, so each (country, adminCode)
 * group of cities is matched to an admin-1 unit: first by name (the unit named like its seat, PPLA),
 * then greedily by distance from the group's population-weighted centre to the unit's centre.
 */
export interface AdminGroup {
  cc: string;
  lat: number;
  lon: number;
  w: number;
  seat: string | null;
}

export function addToGroup(groups: Map<string, AdminGroup>, c: Readonly<CitySource>): AdminGroup | null {
  if (c.adminCode === '') return null;
  const key = `${c.countryCode}.${c.adminCode}`;
  let g = groups.get(key);
  if (g === undefined) {
    g = { cc: c.countryCode, lat: 0, lon: 0, w: 0, seat: null };
    groups.set(key, g);
  }
  const w = Math.max(c.population, 1);
  g.lat += c.lat * w;
  g.lon += c.lon * w;
  g.w += w;
  if (c.featureCode === 'PPLA' || (c.featureCode === 'PPLC' && g.seat === null)) g.seat = variantKey(c.name);
  return g;
}

export function linkGroupsToAdmin1(
  groups: Map<string, AdminGroup>,
  states: Map<string, GazPlace[]>,
): Map<AdminGroup, string> {
  const result = new Map<AdminGroup, string>();
  const taken = new Set<string>();
  const pairs: Array<{ group: AdminGroup; state: GazPlace; d: number }> = [];
  for (const g of groups.values()) {
    for (const s of states.get(g.cc) ?? []) {
      const sameName = g.seat !== null && variantKey(s.name) === g.seat;
      const d = sameName ? -1 : (g.lat / g.w - s.lat) ** 2 + (g.lon / g.w - s.lon) ** 2;
      pairs.push({ group: g, state: s, d });
    }
  }
  pairs.sort((a, b) => a.d - b.d);
  for (const p of pairs) {
    if (result.has(p.group) || taken.has(p.state.id)) continue;
    result.set(p.group, p.state.id);
    taken.add(p.state.id);
  }
  return result;
}
