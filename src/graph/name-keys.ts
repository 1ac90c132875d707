import { foldName } from '../extract/normalize.ts';
import type { OrganizationEntity, PersonEntity, PlaceEntity } from '../extract/types.ts';
import { personKey, surnameKey } from './person-name.ts';

function unique(values: Array<string | null>): string[] {
  return [...new Set(values.filter((v): v is string => v !== null && v !== ''))];
}

/**
 * Folded forms a person is looked up by: the name with and without titles, each alias, and the
 * surname, so that a later article saying only "Kerry" finds "John Kerry".
 */
export function personNameKeys(person: Pick<PersonEntity, 'name' | 'aliases'>): string[] {
  const forms = [person.name, ...person.aliases];
  return unique([...forms.map(personKey), ...forms.map(foldName), surnameKey(person.name)]);
}

export function organizationNameKeys(org: Pick<OrganizationEntity, 'name' | 'aliases'>): string[] {
  return unique([org.name, ...org.aliases].map(foldName));
}

export function placeNameKeys(place: Pick<PlaceEntity, 'name' | 'aliases' | 'gazetteerName'>): string[] {
  return unique([place.name, place.gazetteerName ?? '', ...place.aliases].map(foldName));
}
