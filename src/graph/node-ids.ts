import { foldName } from '../extract/normalize.ts';
import type { PlaceEntity } from '../extract/types.ts';
import { personKey } from './person-name.ts';

/**
 * Graph ids (docs/graph-model.md). Entities are shared across articles, so their ids come from their
 * names or gazetteer ids; facts belong to one article, so their ids start with the article id.
 */
export function personId(name: string): string {
  return `person:${personKey(name)}`;
}

export function organizationId(name: string): string {
  return `org:${foldName(name)}`;
}

/** Gazetteer codes the extractor uses as keys for countries and their subdivisions ("country:SY", "admin1:SY.DI"). */
const GAZETTEER_CODE = /^(country|admin1|admin2):[A-Za-z0-9._-]+$/;

/** True when the place's identity comes from the gazetteer (a GeoNames id or a country/admin code). */
export function isGazetteerPlace(place: Pick<PlaceEntity, 'key' | 'geonameId'>): boolean {
  return place.geonameId !== null || GAZETTEER_CODE.test(place.key);
}

/**
 * `geo:<geonameId>` for a resolved city or town, the gazetteer code for a country or subdivision
 * (`country:SY`, `admin1:SY.DI`), else `place:<countryCode or xx>:<folded name>`.
 */
export function placeId(place: Pick<PlaceEntity, 'key' | 'name' | 'geonameId' | 'countryCode'>): string {
  if (place.geonameId !== null) return `geo:${place.geonameId}`;
  if (GAZETTEER_CODE.test(place.key)) return place.key;
  return `place:${(place.countryCode ?? 'xx').toLowerCase()}:${foldName(place.name)}`;
}

/** Event, Casualty and Statement ids: the article id and the extraction's own key. */
export function factId(articleId: string, key: string): string {
  return `${articleId}/${key}`;
}

/** An unnamed actor ("a witness", "police") is one node per article and phrase. */
export function anonymousId(articleId: string, phrase: string): string {
  return `${articleId}/anon:${foldName(phrase)}`;
}
