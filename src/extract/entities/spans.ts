import type { Token } from '../doc.ts';
import type { EntityContext } from './context.ts';
import { isAcronym, isCapitalised, lower, tokenText } from './context.ts';
import { knownOrganization } from './lexicon.ts';
import { ledCoalitionEnd } from './led-coalitions.ts';
import { FUNCTION_WORDS, GROUP_ADJECTIVES, MONTHS_AND_DAYS, WORLD_REGIONS } from './data/words.ts';
import { orgHeadKind, POSSESSIVE_NAME_NOUNS } from './data/organizations.ts';
import { NAME_PARTICLES, TITLE_WORDS } from './data/titles.ts';

/** A run of name tokens [start, end) within one sentence. */
export interface Span {
  start: number;
  end: number;
  sentenceIndex: number;
}

const ORG_CONNECTORS = new Set(['of', 'for', 'in', 'on', 'de']);
/** Place words after which "of" starts a new name ("Bati Kot District of Nangarhar"). */
const NO_OF_AFTER = new Set([
  'district',
  'province',
  'region',
  'governorate',
  'city',
  'town',
  'village',
  'county',
  'state',
  'neighborhood',
  'neighbourhood',
]);
/** Qualifiers that open a capitalised run without being part of the name ("Suspected Abu Sayyaf gunmen"). */
const OPENING_QUALIFIERS = new Set([
  'suspected',
  'alleged',
  'armed',
  'unidentified',
  'masked',
  'unknown',
  'reported',
  'reportedly',
  'presumed',
  'so-called',
  'pro-government',
  'anti-government',
  'hardline',
  'radical',
  'rival',
  'rogue',
]);
export const ADJECTIVE_PREFIX =
  /-(led|lead|backed|based|linked|allied|affiliated|supported|run|controlled|held|dominated|funded|owned|operated|aligned|inspired|born|speaking|majority|occupied|administered|brokered|mediated|sponsored|monitored|designated|hosted|facilitated)$/i;

/**
 * Maximal runs of capitalised tokens, joined across name particles ("Bashar al Assad", "Ansar al
 * Shariah"), "of" ("Secretary of State John Kerry", "Government of Somalia") and, inside an organization
 * name, "for/in/and/the" ("African Union Mission in Somalia"). Ordinals join too ("February 17th
 * Brigade"). A sentence's first word is dropped when it is a function word or the text also uses it in
 * lower case; leading determiners, months and days are dropped.
 */
export function capitalSpans(ctx: EntityContext, sentenceIndex: number): Span[] {
  const range = ctx.sentenceTokens[sentenceIndex];
  if (range === undefined) return [];
  const [first, last] = range;
  const out: Span[] = [];
  let i = first;
  while (i < last) {
    if (!isCapitalised(ctx.tokens[i])) {
      i++;
      continue;
    }
    let end = i + 1;
    let hasOrgHead = orgHeadKind(lower(ctx.tokens[i])) !== undefined;
    for (;;) {
      const t = ctx.tokens[end];
      if (end < last && isCapitalised(t)) {
        if (orgHeadKind(lower(t)) !== undefined) hasOrgHead = true;
        end++;
        continue;
      }
      const w = lower(t);
      // "the Free Farmers' Union", "the Unity People's Party": a common noun's possessive inside a name.
      if (possessiveInName(ctx, end, last) || numberInName(ctx, end, last)) {
        end += 2;
        continue;
      }
      const afterPlaceWord = NO_OF_AFTER.has(lower(ctx.tokens[end - 1]));
      const joinsName =
        NAME_PARTICLES.has(w) || (w === 'of' && !afterPlaceWord) || /^\d+(st|nd|rd|th)$/.test(w);
      // "Observatory for Human Rights" and "Mission in Somalia" join; "Party in Kirkuk" does not: after
      // "in" or "on" only a country completes such a name.
      // Inside an organization's "of/for" phrase, "and" joins too ("Group for the Support of Islam and
      // Muslims", "Organization for Security and Co-operation"), but not after a bare head ("Interior
      // Ministry and Kabul police").
      const inOfPhrase =
        hasOrgHead && ctx.tokens.slice(i, end).some((t) => t.text === 'of' || t.text === 'for');
      const andJoins =
        w === 'and' &&
        inOfPhrase &&
        isCapitalised(ctx.tokens[end + 1]) &&
        !startsOrganization(ctx, end + 1, last);
      const joinsOrg =
        (hasOrgHead &&
          (andJoins ||
            (ORG_CONNECTORS.has(w) &&
              (w === 'of' || w === 'for' || isCountry(ctx, end + 1) || (w === 'in' && isRegion(ctx, end + 1)) || topicAfterOn(ctx, end))))) ||
        (w === 'and' && sharedHeadAfterAnd(ctx, i, end, last));
      const knownJoin =
        w === 'in' || w === 'of' || w === 'the' ? joinsKnownOrganization(ctx, i, end, last) : 0;
      if (knownJoin > 0) {
        end = knownJoin;
        continue;
      }
      // "Bosnia and Herzegovina", "Jammu and Kashmir": one place the gazetteer knows by the whole name.
      const placeAnd = w === 'and' ? placeWithAnd(ctx, i, end, last) : 0;
      if (placeAnd > 0) {
        end = placeAnd;
        continue;
      }
      const portfolio = w === 'for' ? portfolioEnd(ctx, i, end, last) : 0;
      if (portfolio > 0) {
        end = portfolio;
        continue;
      }
      if (end + 1 < last && (joinsName || joinsOrg)) {
        let k = end + 1;
        if (w !== 'the' && lower(ctx.tokens[k]) === 'the' && hasOrgHead) k++;
        // "van der", "de la", "bin al": particles come in pairs inside a name.
        else if (NAME_PARTICLES.has(w) && NAME_PARTICLES.has(lower(ctx.tokens[k]))) k++;
        if (k < last && isCapitalised(ctx.tokens[k])) {
          end = k;
          continue;
        }
      }
      break;
    }
    // "al Zahra": a lower-case article before a capitalised word belongs to the name.
    let from = i;
    if (
      from > first &&
      /^(al|el)$/.test(ctx.tokens[from - 1]?.text ?? '') &&
      !isCapitalised(ctx.tokens[from - 2])
    )
      from--;
    // "the 3rd Mountain Brigade": an ordinal opening an organization's name (a unit's number) belongs to it.
    else if (hasOrgHead && from > first && /^\d+(?:st|nd|rd|th)$/.test(ctx.tokens[from - 1]?.text ?? '') && isDeterminer(ctx.tokens[from - 2]))
      from--;
    const span = trimSpan(ctx, { start: from, end, sentenceIndex }, first, hasOrgHead);
    if (span !== null) out.push(span);
    i = end;
  }
  return out;
}

function trimSpan(ctx: EntityContext, span: Span, sentenceStart: number, hasOrgHead: boolean): Span | null {
  let { start, end } = span;
  while (start < end && droppable(ctx, span, sentenceStart, hasOrgHead, start)) start++;
  if (end - start === 1 && GROUP_ADJECTIVES.has(lower(ctx.tokens[start]))) return null;
  // A lone "Iranian-backed" is an adjective; only "X-led coalition" names something.
  if (end - start === 1 && ADJECTIVE_PREFIX.test(lower(ctx.tokens[start])) && ledCoalitionEnd(ctx, start, end) === 0)
    return null;
  while (
    end > start &&
    (lower(ctx.tokens[end - 1]) === 'of' || MONTHS_AND_DAYS.has(lower(ctx.tokens[end - 1])))
  )
    end--;
  if (start >= end) return null;
  // Lone connector-like tokens ("The", "I") are not names.
  if (end - start === 1 && FUNCTION_WORDS.has(lower(ctx.tokens[start])) && !isAcronym(ctx.tokens[start]))
    return null;
  return { start, end, sentenceIndex: span.sentenceIndex };
}

// A module function, not a closure: tsx names every closure it creates (keepNames), at a cost per span.
function droppable(ctx: EntityContext, span: Span, sentenceStart: number, hasOrgHead: boolean, k: number): boolean {
  const t = ctx.tokens[k];
  const w = lower(t);
  if (FUNCTION_WORDS.has(w) || (MONTHS_AND_DAYS.has(w) && !hasOrgHead)) return !isAcronymName(ctx, k);
  // "Sunni-backed", "Iranian-supported": adjectives, not part of the name after them.
  if (ADJECTIVE_PREFIX.test(w) && k < span.end - 1) return true;
  // "Suspected militants", "Local Tidewater TV reported": a qualifier or an everyday modifier opening a
  // sentence is no part of a name (alone before a lower-case noun it is none at all).
  if (OPENING_QUALIFIERS.has(w) && (k < span.end - 1 || !isCapitalised(ctx.tokens[k + 1]))) return true;
  if (k === sentenceStart && SENTENCE_OPENING_MODIFIERS.has(w) && knownOrganization(tokenText(ctx, k, span.end)) === undefined)
    return true;
  if (NAME_PARTICLES.has(w) && isCapitalised(ctx.tokens[k + 1]) && k < span.end - 1) return false;
  const atSentenceStart =
    k === sentenceStart ||
    (k === sentenceStart + 1 && /^["\u201c\u2018'(]$/.test(ctx.tokens[sentenceStart]?.text ?? ''));
  // "State Department said ...", "Foreign Ministry officials ...": the word opens an organization's name.
  const opensOrg = isCapitalised(ctx.tokens[k + 1]) && orgHeadKind(lower(ctx.tokens[k + 1])) !== undefined;
  return atSentenceStart && ctx.lowerWords.has(w) && !opensOrg;
}

/** Everyday modifiers that open a sentence before a name without being part of it ("Local X TV said"). */
const SENTENCE_OPENING_MODIFIERS = new Set(['local', 'several', 'some', 'many', 'other', 'senior', 'unnamed', 'anonymous']);

/** "US" or "IS" in capitals is a name even though "us"/"is" are function words; a function word in
 * capitals that names no organization or country is shouting ("... the ARMY, IN 2020"). */
function isAcronymName(ctx: EntityContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (t === undefined || !/^[A-Z]{2,}$|^(?:[A-Z]\.){2,}$/.test(t.text)) return false;
  return knownOrganization(t.text) !== undefined || ctx.gazetteer.find(t.text).some((m) => m.exact && m.place.kind === 'country');
}

function isCountry(ctx: EntityContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (t === undefined) return false;
  return (
    CONTINENTS.has(t.text) || ctx.gazetteer.find(t.text).some((m) => m.exact && m.place.kind === 'country')
  );
}

/** "... Jihad in West Africa", "... Front in the Sahel": a world region (1 to 3 words, "the" before it
 * allowed) completes an organization's "in" phrase as a country does. */
function isRegion(ctx: EntityContext, k: number): boolean {
  const from = lower(ctx.tokens[k]) === 'the' ? k + 1 : k;
  for (let e = from + 1; e <= from + 3; e++) {
    if (!isCapitalised(ctx.tokens[e - 1]) && lower(ctx.tokens[e - 1]) !== 'of') return false;
    if (WORLD_REGIONS.has(tokenText(ctx, from, e).toLowerCase())) return true;
  }
  return false;
}

/** Continents and world regions that complete organization names ("... Cooperation in Europe"). */
const CONTINENTS = new Set(['Europe', 'Africa', 'Asia', 'America', 'Americas', 'Oceania', 'Eurasia']);

/** "al-Qaida in the Arabian Peninsula": a connector that completes a known organization's name. */
function joinsKnownOrganization(ctx: EntityContext, start: number, at: number, last: number): number {
  // The longest known name within a few more words ("Islamic State of Iraq and the Levant").
  let best = 0;
  for (let k = at + 1; k < last && k - at <= 8; k++) {
    const t = ctx.tokens[k];
    if (isCapitalised(t)) {
      if (!isCapitalised(ctx.tokens[k + 1]) && knownOrganization(tokenText(ctx, start, k + 1))) best = k + 1;
      continue;
    }
    if (!KNOWN_NAME_LINKS.has(lower(t))) break;
  }
  return best;
}

const KNOWN_NAME_LINKS = new Set(['the', 'of', 'in', 'and', 'for']);

function placeWithAnd(ctx: EntityContext, start: number, at: number, last: number): number {
  let k = at + 1;
  while (k < last && k - at <= 3 && isCapitalised(ctx.tokens[k])) k++;
  if (k === at + 1) return 0;
  const whole = ctx.gazetteer.find(tokenText(ctx, start, k));
  return whole.some((m) => m.exact && (m.place.kind === 'country' || m.place.kind === 'admin1')) ? k : 0;
}

/** "Deputy Minister for Arctic and Coastal Affairs": after a title, "for" and a
 * capitalised run with "and" up to "Affairs" belong to the office. Returns its end, or 0. */
function portfolioEnd(ctx: EntityContext, start: number, at: number, last: number): number {
  if (!ctx.tokens.slice(start, at).some((t) => TITLE_WORDS.has(t.text.toLowerCase()))) return 0;
  for (let k = at + 1; k < last && k < at + 10; k++) {
    const t = ctx.tokens[k];
    if (t?.text === 'Affairs') return k + 1;
    if (!isCapitalised(t) && t?.text !== 'and' && t?.text !== 'the') return 0;
  }
  return 0;
}

/** Whether the capitalised run at `k` is an organization of its own ("... and the Eastern Command"). */
function startsOrganization(ctx: EntityContext, k: number, last: number): boolean {
  let e = k;
  while (e < last && isCapitalised(ctx.tokens[e])) e++;
  return (
    orgHeadKind(lower(ctx.tokens[e - 1])) !== undefined ||
    knownOrganization(tokenText(ctx, k, e)) !== undefined
  );
}

/** Whether the token at `at` is a possessive ("'s", or "'" after a plural) of a common noun in a name, with a
 * capitalised word after it ("the Free Farmers' Union"). */
function possessiveInName(ctx: EntityContext, at: number, last: number): boolean {
  const t = ctx.tokens[at]?.text;
  if (t === undefined || at + 1 >= last || !isCapitalised(ctx.tokens[at + 1])) return false;
  const noun = lower(ctx.tokens[at - 1]);
  if (!POSSESSIVE_NAME_NOUNS.has(noun)) return false;
  if (t === "'s" || t === '\u2019s') return true;
  return (t === "'" || t === '\u2019') && noun.endsWith('s') && ctx.tokens[at]?.start === ctx.tokens[at - 1]?.end;
}

/** "the", "a", "its": a determiner before the ordinal, as before a unit's number ("of the 3rd Brigade"). */
function isDeterminer(t: Token | undefined): boolean {
  const w = lower(t);
  return w === 'the' || w === 'a' || w === 'its' || w === 'their' || w === 'his' || w === 'her';
}

/** Heads of bodies named for a topic after "on" ("Commission on Water Rights"); a ministry or army "on" a day,
 * a holiday or a platform ("the Interior Ministry on Christmas Eve", "on Twitter") is no such name. */
const TOPIC_HEADS = new Set(['authority', 'commission', 'committee', 'council', 'forum', 'panel', 'institute', 'centre', 'center', 'network', 'campaign', 'initiative']);
/** Words opening a capitalised run after "on" that is a time or a medium, not a topic. */
const NOT_TOPICS = new Set(['eid', 'christmas', 'easter', 'ramadan', 'new', 'independence', 'twitter', 'facebook', 'telegram', 'x', 'youtube', 'instagram', 'state']);

/** "Commission on Water Rights", "Council on the Arctic Seas": right after a topic head, "on" and a capitalised
 * topic join the name; a day or month, a holiday or a platform after it ("the Council on Monday") do not. */
function topicAfterOn(ctx: EntityContext, at: number): boolean {
  const head = lower(ctx.tokens[at - 1]);
  if (lower(ctx.tokens[at]) !== 'on' || !TOPIC_HEADS.has(head) || orgHeadKind(head) === undefined) return false;
  const k = lower(ctx.tokens[at + 1]) === 'the' ? at + 2 : at + 1;
  const first = lower(ctx.tokens[k]);
  if (!isCapitalised(ctx.tokens[k]) || MONTHS_AND_DAYS.has(first) || NOT_TOPICS.has(first)) return false;
  let e = k;
  while (isCapitalised(ctx.tokens[e])) e++;
  const last = lower(ctx.tokens[e - 1]);
  return last !== 'day' && last !== 'eve';
}

/**
 * "Truth and Reconciliation Commission", "Peace and Order Forces": one or two head-less words, "and", and a
 * capitalised run ending in an organisation head share that head. Not after a country, nationality, place or
 * known name ("Peru and Chile Police" are two forces).
 */
function sharedHeadAfterAnd(ctx: EntityContext, start: number, at: number, last: number): boolean {
  if (at - start > 2 || !isCapitalised(ctx.tokens[at + 1])) return false;
  for (let k = start; k < at; k++) if (orgHeadKind(lower(ctx.tokens[k])) !== undefined) return false;
  let e = at + 1;
  while (e < last && isCapitalised(ctx.tokens[e])) e++;
  if (e - (at + 1) > 3 || orgHeadKind(lower(ctx.tokens[e - 1])) === undefined) return false;
  const left = tokenText(ctx, start, at);
  return (
    ctx.gazetteer.nationality(ctx.tokens[start]?.text ?? '') === undefined &&
    !ctx.gazetteer.find(left).some((m) => m.exact) &&
    knownOrganization(left) === undefined
  );
}

/** "Harbour 5 TV", "Northwind 7 International": a small number between capitalised words of a name whose run ends in
 * an organisation head. Not after a month or day ("May 5 Army patrols"). */
function numberInName(ctx: EntityContext, at: number, last: number): boolean {
  if (!/^\d{1,3}$/.test(ctx.tokens[at]?.text ?? '') || MONTHS_AND_DAYS.has(lower(ctx.tokens[at - 1]))) return false;
  let e = at + 1;
  while (e < last && isCapitalised(ctx.tokens[e])) e++;
  return e > at + 1 && orgHeadKind(lower(ctx.tokens[e - 1])) !== undefined;
}
