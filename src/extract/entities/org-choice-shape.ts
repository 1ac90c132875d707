import type { Doc } from '../doc.ts';
import type { OrganizationEntity } from '../types.ts';
import type { OrgChoiceGazetteer } from './org-choice-features.ts';

/**
 * Name-shape features that say a listed name may be no organization of its own: an adjective standing for
 * a group ("X-ist" with "X-ist rebels" as its other form), a place with an organisation word after it (a
 * tribal agency, a city's television), an acronym of a place the text names, a language desk without its
 * broadcaster. Read from the name's shape and the gazetteer, never from its words.
 */
export function shapeFeatures(doc: Doc, org: OrganizationEntity, gazetteer: OrgChoiceGazetteer, on: (name: string) => void): void {
  const words = org.name.split(/\s+/).filter((w) => w !== '');
  const last = words.at(-1) ?? '';
  if (org.aliases.some((a) => a.startsWith(`${org.name} `) && /^\p{Ll}/u.test(a.slice(org.name.length + 1)))) on('alias:lower-tail');
  if (words.length <= 2 && /^\p{Lu}\p{Ll}+(?:ist|ists|ian|ians|ese|ic)$/u.test(last)) on('shape:adjective-name');
  if (gazetteer.nationality(last) !== undefined) on('last:nationality');
  if (isPlace(org.name, gazetteer)) on('gaz:whole-place');
  if (words.length >= 2) {
    const modifier = words.slice(0, -1).join(' ');
    if (gazetteer.find(modifier).some((m) => m.exact && m.place.kind === 'country')) on('gaz:modifier-country');
    else if (isPlace(modifier, gazetteer)) on('gaz:modifier-place');
  }
  if (last.toLowerCase() === 'service' || last.toLowerCase() === 'services') on('head:service');
  const letters = /^(?:[A-Z]\.?){2,8}$/.test(org.name) ? org.name.replace(/\./g, '') : null;
  if (letters !== null && doc.places.some((p) => [p.name, ...p.aliases].some((n) => initials(n) === letters))) on('acronym:of-place');
}

function isPlace(name: string, gazetteer: OrgChoiceGazetteer): boolean {
  return gazetteer.find(name).some((m) => m.exact);
}

/** "Central African Republic" -> "CAR": the capitals of its words, small words skipped. */
function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}
