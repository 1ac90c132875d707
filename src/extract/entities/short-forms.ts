/*
 * "the Lakeside Observatory" after (or before) "the Lakeside Observatory for Peace": a name cut before
 * its "for ..." / "of ..." part is a short form of the one longer name, not another organization.
 */
import type { OrganizationEntity } from '../types.ts';
import { foldName } from './memo.ts';

/** Words that open the part of a name a short form leaves off. */
const CUT_BEFORE = ['for', 'of', 'on', 'in'];

/**
 * The one organization whose name extends `org`'s name by a " for/of/on/in ..." part, or null when none
 * or several do. Names of one word or acronyms are left alone (too ambiguous to be short forms).
 */
export function longerFormOf(
  org: OrganizationEntity,
  all: readonly OrganizationEntity[],
): OrganizationEntity | null {
  if (org.name.split(/\s+/).length < 2 || /^[\p{Lu}.]+$/u.test(org.name)) return null;
  const own = foldName(org.name);
  const prefixes = CUT_BEFORE.map((w) => `${own} ${w} `);
  const targets = all.filter(
    (o) =>
      o !== org &&
      [o.name, ...o.aliases].some((n) => {
        const f = foldName(n);
        return prefixes.some((p) => f.startsWith(p));
      }),
  );
  return targets.length === 1 ? (targets[0] ?? null) : null;
}
