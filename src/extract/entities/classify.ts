import type { Candidate } from './candidate.ts';
import type { EntityContext } from './context.ts';
import { isCapitalised, isLocativeContext, lower, tokenText } from './context.ts';
import type { Span } from './spans.ts';
import { knownOrganization, NOUN_USE_FOLLOWERS, SPEECH_VERBS } from './lexicon.ts';
import {
  ARMED_GROUP_CUES,
  FACILITY_HEADS,
  MISSION_HEADS,
  WORSHIP_SITES,
  MISSION_MODIFIERS,
  ORG_HEADS,
  orgHeadKind,
  ORG_TAIL_WORDS,
} from './data/organizations.ts';
import { FAITHS, GROUP_ADJECTIVES, LANDMARK_HEADS, PLACE_DESIGNATORS, WORLD_REGIONS } from './data/words.ts';
import { foldName } from './memo.ts';
import { placeKindOf } from './places.ts';
import { isTitleWord, looksLikePersonName, splitTitle } from './person-shape.ts';
import { isPlaceInGazetteer } from './gazetteer-gate.ts';
import { organizationCue } from './org-cues.ts';
import { ledCoalitionEnd } from './led-coalitions.ts';
import { isForceNoun, isGenericForcePhrase } from './generic-forces.ts';
import { subBodyEnd } from './sub-bodies.ts';
import { LANGUAGES } from './data/languages.ts';
import { PEOPLES } from './data/peoples.ts';
import { cachedRegExp, escapeRegExp } from '../regex-cache.ts';
import {
  descriptorBefore,
  isAdjectivePhrase,
  agencyDistrictEnd,
  PLACE_LIST_NOUNS,
  placeNameStart,
} from './descriptors.ts';

const MEDIA_TAILS = new Set(['television', 'tv', 'radio', 'newspaper', 'agency', 'news']);
const FIGHTER_TAILS = new Set([
  'militants',
  'fighters',
  'gunmen',
  'guerrillas',
  'separatists',
  'rebels',
  'insurgents',
  'militia',
]);

/** First words of geographic names ("Lake Chad", "Mount Sinjar"). */
const LANDMARK_FIRST = new Set([
  'lake',
  'mount',
  'mt.',
  'cape',
  'gulf',
  'sea',
  'river',
  'jebel',
  'jabal',
  'wadi',
]);

/**
 * First pass over a capitalised span: decides what it is from its own words and its immediate
 * context. Returns null for spans that need the whole document first (lone words without evidence).
 */
export function classifySpan(ctx: EntityContext, span: Span): Candidate | null {
  const { start, sentenceIndex } = span;
  let { end } = span;
  const base = { sentenceIndex, start, end, nameStart: start, nameEnd: end };
  const text = tokenText(ctx, start, end);
  const lastWord = lower(ctx.tokens[end - 1]);
  const next = lower(ctx.tokens[end]);
  const prev = lower(ctx.tokens[start - 1]);
  const range = ctx.sentenceTokens[sentenceIndex] ?? [0, 0];

  // "Chile-led coalition", "US-backed forces": the adjective names an organization only with "coalition".
  const coalitionEnd = ledCoalitionEnd(ctx, start, end);
  if (coalitionEnd > 0) return { ...base, type: 'organization', end: coalitionEnd, nameEnd: coalitionEnd, orgKind: 'military' };
  const subBody = subBodyEnd(ctx, start, end, range[1]);
  if (subBody > 0) {
    // "the UN refugee agency" may be a listed body's other name: the same organization as its acronym.
    const listed = knownOrganization(tokenText(ctx, start, subBody));
    return { ...base, type: 'organization', end: subBody, nameEnd: subBody, orgKind: 'international', ...(listed ? { known: listed } : {}) };
  }

  const person = splitTitle(ctx, start, end);
  if (person !== null) return { ...base, ...person, type: 'person' };
  // "Commander of Ground Forces", "the Director of the Ruritanian Red Cross": an office of a body is no body;
  // the body after "of" is the organization (or nothing: "Speaker of Parliament", a generic force).
  const office = officeOfStart(ctx, start, end);
  if (office > 0) {
    const inner = classifySpan(ctx, { start: office, end, sentenceIndex });
    if (inner === null || inner.type === 'organization') return inner;
  }
  // "Security Forces said", "Riot Police": general words only, an unnamed actor.
  if (isGenericForcePhrase(ctx, start, end)) return null;

  // Lower-case continuations: "Islamic State group", "Fars news agency", "Houthi rebels".
  const two = `${next} ${lower(ctx.tokens[end + 1])}`;
  const tail = ORG_TAIL_WORDS.has(two) ? 2 : ORG_TAIL_WORDS.has(next) ? 1 : 0;
  const known = knownOrganization(text);
  const nationality = ctx.gazetteer.nationality(text);
  // "Tamil rebels", "Kurdish fighters": a people named by its language, like a nationality, names no group;
  // so does a people's own name ("<people> gunmen", data/peoples.ts).
  const language = end - start === 1 && (LANGUAGES.has(lastWord) || PEOPLES.has(lastWord));
  // The gazetteer's readings of the whole span, asked once: several tests below read them.
  const matches = ctx.gazetteer.find(text);
  const isCountryName = matches.some((m) => m.exact && m.place.kind === 'country');
  // "U.S. military" names an institution; "Libyan military", "African Union military base" do not.
  // "<country> army" is no tail: like "<nationality> army" it describes the country's troops.
  const placeName =
    !known &&
    matches.some((m) => m.exact && (m.place.kind !== 'city' || m.place.population >= 10_000));
  // "Kabul fighters" are people from a place; "Kurdistan regional government" is still an institution.
  const fighterTail = tail === 1 && FIGHTER_TAILS.has(next);
  // "Beirut television" is a city's stations, not a named one; "U.S. coalition" is generic.
  const placeTail = tail > 0 && (MEDIA_TAILS.has(next) || next === 'coalition');
  const tailOk =
    next === 'military'
      ? isCountryName && lower(ctx.tokens[end + 1]) !== 'base'
      : known ||
        (!nationality && !language && !(placeName && (fighterTail || placeTail)) && !(isCountryName && placeTail)) ||
        (next === 'opposition' && !modifiesNoun(ctx, end + 1));
  // "in Dorvan Agency": a tribal agency is a district.
  const agencyEnd = known ? 0 : agencyDistrictEnd(ctx, start, end);
  if (agencyEnd > 0)
    return {
      ...base,
      type: 'place',
      end: agencyEnd,
      nameEnd: start + 1,
      placeKind: 'admin2',
      locative: true,
    };
  const firstWord = lower(ctx.tokens[start]);
  // "the Somali Islamist militant group": adjectives only, an unnamed group.
  if (tail > 0 && end + tail <= range[1] && tailOk && (known || !isAdjectivePhrase(ctx, start, end))) {
    const kind = ORG_TAIL_WORDS.get(tail === 2 ? two : next) ?? 'other';
    end += tail;
    // "Sunni Fahra rebels", "Kurdish Zeravan fighters", "the Sunni Muslim Fahra movement": faith or people
    // words before a one-word name describe the group; its name is the word after them.
    let lead = 0;
    while (!known && start + lead < end - tail - 1 && FAITH_OR_PEOPLE.has(lower(ctx.tokens[start + lead]))) lead++;
    const described = lead > 0 && end - tail - (start + lead) === 1;
    if (described && isForceNoun(ctx, start + lead)) return null;
    return {
      ...base,
      ...(described ? { start: start + lead, nameStart: start + lead } : {}),
      type: 'organization',
      end,
      nameEnd: end,
      orgKind: known?.kind ?? kind,
      ...(known ? { known } : {}),
    };
  }
  // "Telmar hospital", "Ostrava school": a named institution with a lower-case head. A town's name
  // before it ("a Kabul hospital") only says where an unnamed one stands.
  // "the Varda mosque", "the Al Noor Mosque": a named place of worship is a site, a place (not after a town:
  // "a Kabul mosque" only says where an unnamed one stands).
  const worship = WORSHIP_SITES.has(next) ? end + 1 : WORSHIP_SITES.has(lastWord) && end - start > 1 ? end : 0;
  if (worship > 0 && !known && !nationality && !placeName && !isCountryName && !allFaithWords(ctx, start, worship === end ? end - 1 : end))
    return { ...base, type: 'place', end: worship, nameEnd: worship, placeKind: 'landmark', locative: isLocativeContext(ctx, start) };
  // "a Sunni Muslim mosque": faith words alone name none.
  if (FACILITY_HEADS.has(next) && end < range[1] && !known && !nationality && !placeName && !isCountryName && !allFaithWords(ctx, start, end))
    return { ...base, type: 'organization', end: end + 1, nameEnd: end + 1, orgKind: 'other' };
  const mission = known ? missionEnd(ctx, end, range[1]) : 0;
  if (mission > 0)
    return { ...base, type: 'organization', end: mission, nameEnd: mission, orgKind: 'international' };
  if (known) return { ...base, type: 'organization', orgKind: known.kind, known };
  const demonymLead = end - start > 1 ? ctx.gazetteer.nationality(ctx.tokens[start]?.text ?? '') : undefined;
  if (demonymLead && !isCountryName) {
    const rest = knownOrganization(tokenText(ctx, start + 1, end));
    if (rest) return { ...base, type: 'organization', orgKind: rest.kind, known: rest };
  }
  // "Living Word Church", "the Catholic Church", "Ministry of Health": an organization by its head word.
  const head = orgHead(ctx, start, end);
  // "a broadcaster's Afghan Service": a language desk of the organization before it, not one of its own.
  if (
    head !== null &&
    end - start === 2 &&
    lastWord === 'service' &&
    /^['\u2019]s$/.test(ctx.tokens[start - 1]?.text ?? '') &&
    ctx.gazetteer.nationality(ctx.tokens[start]?.text ?? '')
  )
    return null;
  // "Eastern Bank": a province or country the gazetteer has under the whole name is a place, even when its
  // last word is an organisation head.
  const wholeUnit = matches.some((m) => m.exact && (m.place.kind === 'admin1' || m.place.kind === 'country'));
  if (head !== null && end - start > 1 && !LANDMARK_HEADS.has(lastWord) && !wholeUnit)
    return { ...base, type: 'organization', orgKind: head };
  // "Jaish al-Adl", "Jaish-e-Mohammad", "Lashkar-e-Taiba": Arabic/Urdu armed-group name openers.
  const cue =
    (ARMED_GROUP_CUES.has(firstWord) && end - start > 1) ||
    (ARMED_GROUP_CUES.has(firstWord.split('-')[0] ?? '') && firstWord.includes('-'));
  // "Lashkar Gah" is a city: a gazetteer name wins over the cue.
  const isTown = cue && matches.some((m) => m.exact && m.place.population >= 1000);
  if (cue && !isTown) return { ...base, type: 'organization', orgKind: 'armed_group' };

  if (nationality) return { ...base, type: 'nationality', countryCode: nationality.code };
  if (WORLD_REGIONS.has(foldName(text)))
    return { ...base, type: 'place', placeKind: 'region', locative: true };
  if (isAdjectivePhrase(ctx, start, end)) return null;
  // "the Danish aid group, Lifeline", "the provincial capital, Korvath".
  const described = GROUP_ADJECTIVES.has(firstWord)
    ? null
    : (descriptorBefore(ctx, start, end) ?? (organizationCue(ctx, start, end) ? 'organization' : null));
  if (described === 'organization' && !placeName && !isCountryName)
    return { ...base, type: 'organization', orgKind: 'other' };
  if (described === 'place') return { ...base, type: 'place', locative: true };
  // A name in apposition to a role is a person even if a place is spelled so, unless the text puts
  // that name where places stand.
  if (described === 'person' && looksLikePersonName(ctx, start, end, false, true) && !usedAsPlace(ctx, text))
    return { ...base, type: 'person' };
  if (end - start === 1 && GROUP_ADJECTIVES.has(firstWord)) return null;

  const locative = isLocativeContext(ctx, start);
  // "the X district of Y" / "the city of Y": Y is the place of that kind, X its parent. But in
  // "X District of Y province" Y is the parent (see below).
  const yHasDesignator = PLACE_DESIGNATORS.has(next) || PLACE_DESIGNATORS.has(lastWord);
  if (
    prev === 'of' &&
    (PLACE_DESIGNATORS.has(lower(ctx.tokens[start - 2])) ||
      PLACE_LIST_NOUNS.has(lower(ctx.tokens[start - 2]))) &&
    !isCapitalised(ctx.tokens[start - 2]) &&
    !yHasDesignator
  ) {
    const designator = lower(ctx.tokens[start - 2]);
    // "a Shiite district of Baghdad", "a suburb of X": Y encloses the unit, it is not one.
    if (indefiniteBefore(ctx, start - 2)) return { ...base, type: 'place', locative: true };
    const parentEnd = start - 2;
    let parentStart = parentEnd;
    while (parentStart > range[0] && isCapitalised(ctx.tokens[parentStart - 1])) parentStart--;
    const parent: [number, number] | undefined =
      parentStart < parentEnd ? [parentStart, parentEnd] : undefined;
    return {
      ...base,
      type: 'place',
      // "the Gulf state of Qatar": a country, not a province.
      ...(designator === 'state' && isCountryName
        ? {}
        : { placeKind: PLACE_LIST_NOUNS.get(designator) ?? placeKindOf(designator) }),
      locative: true,
      ...(parent ? { parentSpan: parent } : {}),
    };
  }
  // "Nangarhar province", "Bati Kot District", "the Homs neighborhood" (then X is the parent, above).
  if (PLACE_DESIGNATORS.has(lastWord) && end - start > 1 && lastWord !== 'state') {
    return {
      ...base,
      type: 'place',
      nameStart: placeNameStart(ctx, start, end - 1),
      nameEnd: end - 1,
      placeKind: placeKindOf(lastWord),
      locative,
      ...parentAfterOf(ctx, end),
    };
  }
  if (
    PLACE_DESIGNATORS.has(next) &&
    next !== 'base' &&
    ctx.tokens[end]?.text !== 'State' &&
    !(
      lower(ctx.tokens[end + 1]) === 'of' &&
      !parentAfterOf(ctx, end + 1).parentSpan &&
      lower(ctx.tokens[end + 2]) !== 'the'
    )
  ) {
    return {
      ...base,
      type: 'place',
      end: end + 1,
      nameStart: placeNameStart(ctx, start, end),
      placeKind: placeKindOf(next),
      locative,
      ...parentAfterOf(ctx, end + 1),
    };
  }
  if ((LANDMARK_HEADS.has(lastWord) || LANDMARK_FIRST.has(firstWord)) && end - start > 1)
    // "Ivory Coast", "Gaza Strip": a country or province named like a feature is that unit.
    return isCountryName || matches.some((m) => m.exact && m.place.kind === 'admin1')
      ? { ...base, type: 'place', locative }
      : { ...base, type: 'place', placeKind: 'landmark', locative };
  // A lone word waits for the second pass, which knows the document's people first ("Kerry" is also an
  // Irish county); countries are safe now.
  if (end - start === 1) return isCountryName ? { ...base, type: 'place', locative } : null;
  if (isPlaceInGazetteer(ctx, text, true, locative)) return { ...base, type: 'place', locative };
  // "Southern Afghanistan": a direction word before a country or province.
  const own = placeNameStart(ctx, start, end);
  const ownName = own > start ? tokenText(ctx, own, end) : '';
  if (own > start && ctx.gazetteer.find(ownName).some((m) => m.exact && m.place.kind !== 'city'))
    return { ...base, type: 'place', nameStart: own, locative };
  if (looksLikePersonName(ctx, start, end)) return { ...base, type: 'person', weak: true };
  // "Islamist Ansar al-Sharia", "Sufi X": try again without a leading group or nationality word.
  if (GROUP_ADJECTIVES.has(firstWord) || ctx.gazetteer.nationality(ctx.tokens[start]?.text ?? '')) {
    const inner = classifySpan(ctx, { start: start + 1, end, sentenceIndex });
    if (inner && inner.type !== 'person') return inner;
  }
  return null;
}

/** Faiths and peoples whose adjective stands before a group's name without being part of it. */
const FAITH_OR_PEOPLE: ReadonlySet<string> = new Set([...FAITHS, 'alawite', 'druze', 'kurdish', 'arab', 'pashtun', 'tuareg']);

function orgHead(ctx: EntityContext, start: number, end: number): Candidate['orgKind'] | null {
  // "the General Staff", "Joint Staff": a military body; "Chief of Staff" stays a title.
  if (end - start === 2 && /^(?:General|Joint) Staff$/.test(tokenText(ctx, start, end))) return 'military';
  for (let k = end - 1; k >= start; k--) {
    const w = lower(ctx.tokens[k]);
    const kind = orgHeadKind(w);
    // A plural head needs a modifier: "Armed Forces" names a body, "Authorities in X" does not.
    if (k === start && kind !== undefined && !ORG_HEADS.has(w)) continue;
    if (kind !== undefined && isCapitalised(ctx.tokens[k])) {
      // The head must end the name or be followed by "of/in/for ..." ("Government of Somalia").
      if (k === end - 1 || ['of', 'in', 'for', 'on'].includes(lower(ctx.tokens[k + 1]))) return kind;
    }
  }
  return null;
}

/** Where the body starts in "<Title> of [the] <Body>" ("Commander of Ground Forces"), else 0. */
function officeOfStart(ctx: EntityContext, start: number, end: number): number {
  if (!isTitleWord(lower(ctx.tokens[start])) || lower(ctx.tokens[start + 1]) !== 'of') return 0;
  const body = lower(ctx.tokens[start + 2]) === 'the' ? start + 3 : start + 2;
  return body < end ? body : 0;
}

/** "X District of Y province": Y (a name with its own unit word) is X's parent. */
function parentAfterOf(ctx: EntityContext, at: number): { parentSpan?: [number, number] } {
  if (lower(ctx.tokens[at]) !== 'of') return {};
  let k = at + 1;
  while (isCapitalised(ctx.tokens[k])) k++;
  if (k === at + 1 || !PLACE_DESIGNATORS.has(lower(ctx.tokens[k]))) return {};
  return { parentSpan: [at + 1, k] };
}

/**
 * "African Union peacekeeping mission in Chad", "the UN mission", "an EU naval force": a body that a
 * known organization sends is an organization of its own. A bare "force" needs a modifier ("NATO
 * force" is troops); "in X" joins when X is a country or a gazetteer place. Returns the end, or 0.
 */
function missionEnd(ctx: EntityContext, end: number, last: number): number {
  let k = end;
  while (k < last && k - end < 2 && MISSION_MODIFIERS.has(lower(ctx.tokens[k]))) k++;
  const head = lower(ctx.tokens[k]);
  if (!MISSION_HEADS.has(head) || (head !== 'mission' && k === end)) return 0;
  k++;
  if (lower(ctx.tokens[k]) !== 'in' || !isCapitalised(ctx.tokens[k + 1])) return k;
  let e = k + 1;
  while (e < last && e - k <= 3 && isCapitalised(ctx.tokens[e])) e++;
  const place = ctx.gazetteer
    .find(tokenText(ctx, k + 1, e))
    .some((m) => m.exact && (m.place.kind !== 'city' || m.place.population >= 10_000));
  return place ? e : k;
}

/** "Syrian opposition groups", "opposition threats": a lower-case noun after the word makes it a
 * modifier; a verb, preposition or punctuation after it leaves it a noun ("the Syrian opposition said"). */
function modifiesNoun(ctx: EntityContext, at: number): boolean {
  const t = ctx.tokens[at];
  return (
    t !== undefined && /^\p{Ll}/u.test(t.text) && !NOUN_USE_FOLLOWERS.has(t.text) && !SPEECH_VERBS.has(t.text)
  );
}

/** Whether "a"/"an" opens the noun phrase ending at token `at` ("a Shiite district"). */
function indefiniteBefore(ctx: EntityContext, at: number): boolean {
  for (let k = at - 1; k >= at - 4 && k >= 0; k--) {
    const w = lower(ctx.tokens[k]);
    if (w === 'a' || w === 'an') return true;
    if (!/^\p{L}[\p{L}'-]*$/u.test(ctx.tokens[k]?.text ?? '') || FUNCTION_LIKE.has(w)) return false;
  }
  return false;
}
const FUNCTION_LIKE = new Set(['the', 'of', 'in', 'and', 'or', 'to', 'from', 'at', 'on', 'this', 'that']);

/** Whether the text has the name after a locative preposition somewhere ("in X", "near X"). */
function usedAsPlace(ctx: EntityContext, name: string): boolean {
  const escaped = escapeRegExp(name);
  return cachedRegExp(`\\b(?:in|near|at|into|outside|around|from|to) ${escaped}\\b`, '').test(ctx.doc.text);
}

/** Whether every word of [start, end) is a faith or people word ("Sunni Muslim"). */
function allFaithWords(ctx: EntityContext, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!FAITH_OR_PEOPLE.has(lower(ctx.tokens[k]))) return false;
  return true;
}
