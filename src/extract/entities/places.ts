import type { PlaceEntity, PlaceKind } from '../types.ts';
import type { GazPlace } from '../../gazetteer/gazetteer.ts';
import { foldName } from './memo.ts';
import { variantKey } from './memo.ts';
import { choose } from './place-choice.ts';
import { commaParent, enclosingInSentence, mainCountry, rootCountry } from './place-parents.ts';
import type { Candidate } from './candidate.ts';
import type { EntityContext } from './context.ts';
import { evidence, lower, tokenText } from './context.ts';
import { PLACE_DESIGNATORS } from './data/words.ts';

/** Landmarks that lie inside one town ("al-Sabeen Square"); seas, strips and valleys do not. */
const SMALL_LANDMARKS = new Set([
  'square',
  'market',
  'mosque',
  'hospital',
  'hotel',
  'school',
  'street',
  'road',
  'bridge',
  'airport',
  'palace',
  'stadium',
  'camp',
  'checkpoint',
  'compound',
  'prison',
  'church',
  'shrine',
  'mall',
  'port',
  'harbor',
]);

export function placeKindOf(designator: string): PlaceKind {
  return PLACE_DESIGNATORS.get(designator) ?? 'unknown';
}

/** Builds doc.places from place candidates: each resolved against the gazetteer when it can be, with
 * every ancestor added (ancestors the text never names have no mentions). Returns candidate → key. */
export function buildPlaces(
  ctx: EntityContext,
  candidates: Candidate[],
  contextCountries: Map<string, number>,
): Map<Candidate, string> {
  const places = new Map<string, PlaceEntity>();
  const keyOf = new Map<Candidate, string>();
  const byStart = new Map(candidates.map((c) => [c.start, c]));
  const resolvedByName = new Map<string, string>();

  const addGaz = (p: GazPlace): PlaceEntity => {
    const existing = places.get(p.id);
    if (existing) return existing;
    const parent = p.parentId ? ctx.gazetteer.get(p.parentId) : undefined;
    const parentEntity = parent ? addGaz(parent) : undefined;
    const entity: PlaceEntity = {
      key: p.id,
      name: p.name,
      aliases: [],
      kind: gazKind(p),
      country: ctx.gazetteer.country(p.countryCode)?.name ?? null,
      countryCode: p.countryCode,
      lat: p.lat,
      lon: p.lon,
      geonameId: p.geonameId,
      gazetteerName: p.name,
      parentKey: parentEntity?.key ?? null,
      mentions: [],
    };
    places.set(p.id, entity);
    return entity;
  };

  const order = [...candidates].sort(
    (a, b) => (a.parentSpan ? 1 : 0) - (b.parentSpan ? 1 : 0) || a.start - b.start,
  );
  for (const c of order) {
    const name = tokenText(ctx, c.nameStart, c.nameEnd);
    const surface = tokenText(ctx, c.start, c.end);
    const fold = foldName(name);
    let parent: PlaceEntity | undefined;
    const parentCand = c.parentSpan ? byStart.get(c.parentSpan[0]) : commaParent(ctx, c, byStart);
    if (parentCand) {
      const pk =
        keyOf.get(parentCand) ??
        resolvedByName.get(foldName(tokenText(ctx, parentCand.nameStart, parentCand.nameEnd)));
      parent = pk ? places.get(pk) : undefined;
    }
    let entity: PlaceEntity | undefined;
    const earlier = resolvedByName.get(fold) ?? resolvedByName.get(`~${variantKey(name)}`);
    if (earlier && !c.parentSpan) entity = places.get(earlier);
    if (!entity) {
      const match = choose(ctx, name, c, parent, contextCountries);
      if (match) {
        entity = addGaz(match.place);
        // A place read with confidence makes its country part of the article's context for the rest.
        if (match.exact)
          contextCountries.set(
            match.place.countryCode,
            (contextCountries.get(match.place.countryCode) ?? 0) + 1,
          );
      }
    }
    if (!entity) {
      // Unresolved and without a stated parent: a local place goes in the place named just before it
      // ("In Damascus, ... the district of X"); else the article's main country.
      // A region may span countries ("the Afghanistan-Pakistan region"): it gets no guessed parent.
      const small = c.placeKind !== 'landmark' || SMALL_LANDMARKS.has(lower(ctx.tokens[c.nameEnd - 1]));
      const local = c.placeKind !== 'region' && c.placeKind !== 'admin1' && small;
      if (c.placeKind !== 'region')
        parent ??=
          (local ? enclosingInSentence(places, keyOf, c) : undefined) ??
          mainCountry(places, contextCountries);
      const key = `place:${fold}`;
      entity = places.get(key);
      if (!entity) {
        const country = parent ? rootCountry(places, parent) : null;
        entity = {
          key,
          name,
          aliases: [],
          kind: c.placeKind ?? 'unknown',
          country: country?.name ?? null,
          countryCode: country?.countryCode ?? null,
          lat: null,
          lon: null,
          geonameId: null,
          gazetteerName: null,
          parentKey: parent?.key ?? null,
          mentions: [],
        };
        places.set(key, entity);
      }
    }
    if (entity.mentions.length === 0) entity.name = displayName(name);
    else if (name.length > entity.name.length && foldName(name).endsWith(foldName(entity.name))) {
      const previous = entity.name;
      entity.name = name;
      addAlias(entity, previous);
    }
    addAlias(entity, name);
    addAlias(entity, surface);
    resolvedByName.set(fold, entity.key);
    resolvedByName.set(`~${variantKey(name)}`, entity.key);
    entity.mentions.push(
      evidence(ctx, ctx.tokens[c.start]?.start ?? 0, ctx.tokens[c.end - 1]?.end ?? 0, c.sentenceIndex),
    );
    keyOf.set(c, entity.key);
  }
  ctx.doc.places = [...places.values()];
  return keyOf;
}

function addAlias(p: PlaceEntity, alias: string): void {
  if (alias !== p.name && !p.aliases.includes(alias)) p.aliases.push(alias);
}

function gazKind(p: GazPlace): PlaceKind {
  if (p.kind === 'country') return 'country';
  if (p.kind === 'admin1') return 'admin1';
  return p.featureCode === 'PPLX'
    ? 'neighbourhood'
    : p.population >= 100_000 || p.featureCode.startsWith('PPLA') || p.featureCode === 'PPLC'
      ? 'city'
      : 'town';
}

/** A dateline's "KABUL" is named "Kabul". */
function displayName(name: string): string {
  if (name.length < 4 || name !== name.toUpperCase() || !/\p{Lu}{4}/u.test(name)) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}
