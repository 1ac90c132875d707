import { foldName } from '../extract/normalize.ts';
import type { Extraction, OrganizationEntity, PersonEntity, PlaceEntity } from '../extract/types.ts';
import { organizationNameKeys, personNameKeys } from './name-keys.ts';
import { isGazetteerPlace, organizationId, personId, placeId } from './node-ids.ts';
import { isSingleWordName, personKey } from './person-name.ts';

export type EntityLabel = 'Person' | 'Organization' | 'Place';

/** One name key to look up among existing entities of a label. */
export interface EntityLookup {
  label: EntityLabel;
  key: string;
}

/** An existing entity node that carries a looked-up key among its nameKeys. */
export interface EntityCandidate {
  id: string;
  label: EntityLabel;
  name: string;
  nameKeys: string[];
  countryCode: string | null;
  /** Place kind (city, admin1, ...), null for other labels. */
  kind: string | null;
}

/** Extraction entity key -> graph node id. */
export type Resolution = ReadonlyMap<string, string>;

/** The keys to look up before deciding which existing nodes this extraction's entities are. */
export function entityLookups(extraction: Extraction): EntityLookup[] {
  const out = new Map<string, EntityLookup>();
  const add = (label: EntityLabel, key: string): void => {
    if (key) out.set(`${label}\u0000${key}`, { label, key });
  };
  for (const p of extraction.people) add('Person', personKey(p.name));
  for (const o of extraction.organizations) for (const k of organizationNameKeys(o)) add('Organization', k);
  for (const p of extraction.places) if (!isGazetteerPlace(p)) add('Place', foldName(p.name));
  return [...out.values()];
}

/**
 * Decides the node id of every entity in the extraction, given the existing candidates. Conservative
 * on purpose: a merge needs one unambiguous match, because a wrong merge (two people who share a
 * surname) is worse for an analyst than a missed one.
 */
export function resolveEntities(extraction: Extraction, candidates: EntityCandidate[]): Resolution {
  const resolution = new Map<string, string>();
  const articlePeople = extraction.people.filter((p) => !isSingleWordName(p.name));
  for (const person of extraction.people) resolution.set(person.key, resolvePerson(person, articlePeople, candidates));
  for (const org of extraction.organizations) resolution.set(org.key, resolveOrganization(org, candidates));
  for (const place of extraction.places) resolution.set(place.key, resolvePlace(place, candidates));
  return resolution;
}

function single(ids: Iterable<string>): string | null {
  const distinct = new Set(ids);
  return distinct.size === 1 ? ([...distinct][0] as string) : null;
}

function resolvePerson(person: PersonEntity, articlePeople: PersonEntity[], candidates: EntityCandidate[]): string {
  const own = personId(person.name);
  const key = personKey(person.name);
  const people = candidates.filter((c) => c.label === 'Person');
  if (!isSingleWordName(person.name)) {
    if (people.some((c) => c.id === own)) return own;
    // A full name recorded as another full-name node's alias ("Bashar Assad" for "Bashar al-Assad").
    return single(people.filter((c) => !isSingleWordName(c.name) && c.nameKeys.includes(key)).map((c) => c.id)) ?? own;
  }
  // A one-word name: this article's own full-name person first (the article is the evidence), then
  // the graph's full-name people with that surname or alias, only when exactly one; else the
  // one-word node of its own (which may already exist from an earlier, equally unsure article).
  const inArticle = single(articlePeople.filter((p) => personNameKeys(p).includes(key)).map((p) => personId(p.name)));
  if (inArticle) return inArticle;
  const known = people.filter((c) => !isSingleWordName(c.name) && c.nameKeys.includes(key));
  return single(known.map((c) => c.id)) ?? own;
}

function resolveOrganization(org: OrganizationEntity, candidates: EntityCandidate[]): string {
  const own = organizationId(org.name);
  const orgs = candidates.filter((c) => c.label === 'Organization');
  if (orgs.some((c) => c.id === own)) return own;
  const nameKey = foldName(org.name);
  // Our name is a known alias ("U.N." when "United Nations" has that alias) ...
  const byAlias = single(orgs.filter((c) => c.nameKeys.includes(nameKey)).map((c) => c.id));
  if (byAlias) return byAlias;
  // ... or one of our aliases is a known organization's name.
  const aliasIds = new Set(org.aliases.map((a) => organizationId(a)));
  return single(orgs.filter((c) => aliasIds.has(c.id)).map((c) => c.id)) ?? own;
}

function resolvePlace(place: PlaceEntity, candidates: EntityCandidate[]): string {
  const own = placeId(place);
  if (isGazetteerPlace(place)) return own;
  const places = candidates.filter((c) => c.label === 'Place');
  if (places.some((c) => c.id === own)) return own;
  const key = foldName(place.name);
  const code = place.countryCode?.toLowerCase() ?? null;
  // Same name, same country, same kind of place: a province is never merged into its capital city.
  const vague = (kind: string | null): boolean => kind === null || kind === 'unknown' || kind === 'region';
  const same = places.filter(
    (c) =>
      c.nameKeys.includes(key) &&
      (code === null || c.countryCode?.toLowerCase() === code) &&
      (vague(c.kind) || vague(place.kind) || c.kind === place.kind),
  );
  return single(same.map((c) => c.id)) ?? own;
}
