import type { EntityContext } from './context.ts';
import { isCapitalised, lower, tokenText } from './context.ts';
import { GROUP_ADJECTIVES } from './data/words.ts';
import { TITLE_WORDS } from './data/titles.ts';

/** Lower-case nouns that introduce an organization's name: "the aid group Lifeline", "the rights
 * organisation, X", "the broadcaster X". */
export const ORG_DESCRIPTORS: ReadonlySet<string> = new Set([
  'group',
  'organization',
  'organisation',
  'charity',
  'movement',
  'militia',
  'faction',
  'outfit',
  'party',
  'alliance',
  'network',
  'agency',
  'broadcaster',
  'newspaper',
  'daily',
  'channel',
  'ngo',
  'operator',
  'company',
  'firm',
  'sect',
  'station',
  'magazine',
  'weekly',
  'website',
]);

/** Lower-case nouns that introduce a place's name: "the provincial capital, X", "the capital X". */
const PLACE_DESCRIPTORS = new Set([
  'capital',
  'city',
  'town',
  'village',
  'hometown',
  'district',
  'province',
  'region',
  'neighborhood',
  'neighbourhood',
  'suburb',
]);

/** Plural and collective place nouns before "of": "the towns of A and B", "the community of X". */
export const PLACE_LIST_NOUNS: ReadonlyMap<string, 'town' | 'city' | 'admin1' | 'admin2' | 'region'> =
  new Map([
    ['towns', 'town'],
    ['villages', 'town'],
    ['cities', 'city'],
    ['community', 'town'],
    ['communities', 'town'],
    ['provinces', 'admin1'],
    ['states', 'admin1'],
    ['districts', 'admin2'],
    ['regions', 'region'],
    ['areas', 'region'],
    ['island', 'region'],
    ['islands', 'region'],
    ['peninsula', 'region'],
  ]);

/**
 * What a lower-case noun right before a name (directly or across a comma) says it is: "the Italian aid
 * group, X" is an organization, "the provincial capital, X" a place. The noun must not be a possessor
 * ("the group's leader X") or part of a capitalised name.
 */
export function descriptorBefore(
  ctx: EntityContext,
  start: number,
  end: number,
): 'organization' | 'place' | 'person' | null {
  let k = start - 1;
  if (ctx.tokens[k]?.text === ',') {
    // An apposition closes before the sentence goes on: not "in the village, Ahmed said".
    const after = ctx.tokens[end]?.text ?? '.';
    if (/^\p{Ll}/u.test(after) && !['and', 'or', 'in', 'near', 'on'].includes(after)) return null;
    k--;
  }
  const t = ctx.tokens[k];
  // "Helmand province, Gulab Khan": the noun ends another name, it introduces nothing.
  const before = ctx.tokens[k - 1];
  const namesBefore =
    isCapitalised(before) &&
    !ctx.gazetteer.nationality(before?.text ?? '') &&
    !GROUP_ADJECTIVES.has(lower(before));
  if (t === undefined || isCapitalised(t) || namesBefore) return null;
  const w = t.text;
  // "a spokesman for the group, X", "the governor of the region, X": the noun closes a role phrase;
  // the name is in apposition to the role, so it is a person.
  if ((ORG_DESCRIPTORS.has(w) || PLACE_DESCRIPTORS.has(w)) && roleHeadsPhrase(ctx, k)) return 'person';
  if (ORG_DESCRIPTORS.has(w)) return 'organization';
  if (PLACE_DESCRIPTORS.has(w)) return 'place';
  return null;
}

const ROLE_PREPOSITIONS = new Set(['of', 'for', 'from', 'at', 'in', 'with']);

/** Whether the noun at `k` is the object of a preposition after a lower-case title word: "spokesman
 * for the group", "administrator of the local town" (up to three determiners or adjectives between). */
function roleHeadsPhrase(ctx: EntityContext, k: number): boolean {
  let j = k - 1;
  while (
    j > k - 4 &&
    /^\p{Ll}+$/u.test(ctx.tokens[j]?.text ?? '') &&
    !ROLE_PREPOSITIONS.has(lower(ctx.tokens[j]))
  )
    j--;
  if (!ROLE_PREPOSITIONS.has(ctx.tokens[j]?.text ?? '')) return false;
  const role = ctx.tokens[j - 1];
  return role !== undefined && /^\p{Ll}/u.test(role.text) && TITLE_WORDS.has(role.text);
}

const DIRECTION_ADJECTIVES = new Set(['northern', 'southern', 'eastern', 'western', 'central']);
const NAME_COMPASS = new Set(['north', 'south', 'east', 'west', 'middle']);

/**
 * "Southern Afghanistan", "Shi'ite Muslim Bab Tarik": leading direction, religious or nationality
 * words before a place's own name. Returns where the name starts; `start` when the whole span is a name
 * the gazetteer knows ("Northern Cape", "Central African Republic") or nothing would remain.
 */
export function placeNameStart(ctx: EntityContext, start: number, end: number): number {
  let k = start;
  while (k < end - 1) {
    const t = ctx.tokens[k]?.text ?? '';
    const w = t.toLowerCase();
    // "North Darfur", "West Bank", "Upper Nile": a bare compass word is part of the name.
    const modifier = DIRECTION_ADJECTIVES.has(w) || (GROUP_ADJECTIVES.has(w) && !NAME_COMPASS.has(w));
    if (!modifier && !ctx.gazetteer.nationality(t)) break;
    k++;
  }
  if (k === start || ctx.gazetteer.find(tokenText(ctx, start, end)).some((m) => m.exact)) return start;
  return k;
}

/** "West African", "South Asian", "Sunni Arab": words that each modify (directions, regional, religious
 * and ethnic words, nationalities) ending in an adjective. Not a place ("the West African state"),
 * unlike "Middle East" or "West Africa", which end in a noun. */
export function isAdjectivePhrase(ctx: EntityContext, start: number, end: number): boolean {
  if (end - start < 2) return false;
  for (let k = start; k < end; k++) {
    const t = ctx.tokens[k]?.text ?? '';
    if (!GROUP_ADJECTIVES.has(t.toLowerCase()) && !ctx.gazetteer.nationality(t)) return false;
  }
  const last = ctx.tokens[end - 1]?.text ?? '';
  return /(?:an|ern|ic|ese|ish|i|ist)$/i.test(last) || ctx.gazetteer.nationality(last) !== undefined;
}

/** Prepositions after which "<Name> Agency" is a tribal agency, a district ("in Dorvan Agency"). */
const AGENCY_PLACE_BEFORE = new Set([
  'in',
  'of',
  'near',
  'into',
  'to',
  'across',
  'throughout',
  'inside',
  'from',
  'as',
]);

/** "in Dorvan Agency", "the border of X agency": a one-word name with "agency" where places stand.
 * Returns the end of the place (after "agency"), or 0. */
export function agencyDistrictEnd(ctx: EntityContext, start: number, end: number): number {
  const inside = end - start === 2 && lower(ctx.tokens[end - 1]) === 'agency';
  if (!inside && !(end - start === 1 && lower(ctx.tokens[end]) === 'agency')) return 0;
  let k = start - 1;
  if (lower(ctx.tokens[k]) === 'the') k--;
  if (!AGENCY_PLACE_BEFORE.has(lower(ctx.tokens[k])) || lower(ctx.tokens[k - 1]) === 'according') return 0;
  return inside ? end : end + 1;
}
