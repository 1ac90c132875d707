import type { EventType } from '../types.ts';
import { allMatches } from '../all-matches.ts';
import { intendedCeasefire } from './ceasefire-intent.ts';
import { firstLetters } from './first-letters.ts';
import {
  AGREEMENT_NOUNS, ANAPHORIC_DETERMINERS, CEASEFIRE_BLOCKERS, CEASEFIRE_NOUNS, CEASEFIRE_VERBS, NEW_EVENT_MARKERS,
  NOT_AN_EVENT_AFTER, NOT_AN_EVENT_BEFORE, PEACE_CONTEXT, TRIGGER_WORDS, UMBRELLA_MARKERS,
} from './event-words.ts';

/** A word or phrase in a sentence that reports an event, with what its noun phrase says about it. */
export interface Trigger {
  type: EventType;
  start: number;
  end: number;
  text: string;
  weak: boolean;
  anaphorOnly: boolean;
  verb: boolean;
  /** "the blast", "Friday's attack", "that airstrike": refers back to an event already reported. */
  anaphoric: boolean;
  /** "a separate bomb", "another blast": a new event even where one was just reported. */
  newMarker: boolean;
  /** Plural without determiner or number ("attacks in the region"): maybe a generic statement. */
  barePlural: boolean;
  /** "a wave of attacks", "a series of bombings". */
  umbrella: boolean;
  /** Capitalised modifier naming who did it ("Russian air strikes", "a Saudi-led coalition airstrike"). */
  actorModifier: string | null;
  /** Inside quotation marks: may refer to an event but never opens one. */
  inQuote: boolean;
  /** "hit by a rocket", "by warplanes": the means; names an event only when none was just reported. */
  instrument?: boolean;
  /** The determiner of its noun phrase ("a", "the", "two", "friday's"), lower-cased, or null. */
  det: string | null;
}

const alt = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');
const COMPILED = [...TRIGGER_WORDS]
  .sort((a, b) => b.pattern.length - a.pattern.length)
  .map((t) => ({ ...t, re: new RegExp(`(?:${t.pattern})(?![\\w-])`, 'iy') }));
// One pass finds where trigger words stand; at each place every entry is tried and the longest wins.
const ANY_TRIGGER = new RegExp(`(?<![\\w-])(?:${COMPILED.map((t) => t.pattern).join('|')})(?![\\w-])`, 'gi');
// Only the entries that can start with the letter found there are tried (in the same order, so ties
// are won by the same entry): 120 sticky regexes per place were the trigger finder's main cost.
const BY_FIRST_LETTER = new Map<string, typeof COMPILED>();
const ANY_START = COMPILED.filter((t) => firstLetters(t.pattern) === null);
for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
  BY_FIRST_LETTER.set(letter, COMPILED.filter((t) => firstLetters(t.pattern)?.has(letter) ?? true));
}
const candidatesAt = (text: string, at: number): typeof COMPILED => BY_FIRST_LETTER.get(text.charAt(at).toLowerCase()) ?? ANY_START;
const BLOCK_AFTER = new RegExp(`^\\s+(?:${alt(NOT_AN_EVENT_AFTER)})\\b`, 'i');
const BLOCK_BEFORE = new RegExp(`(?:\\b(?:${alt(NOT_AN_EVENT_BEFORE)})|-)\\s*$`, 'i');
const DETERMINERS = new Set([...ANAPHORIC_DETERMINERS, 'a', 'an', 'another', 'two', 'three', 'four', 'five', 'several', 'twin',
  'multiple', 'some', 'many', 'dozens', 'of', 'most']);
const COUNT = /^(?:\d+|six|seven|eight|nine|ten|eleven|twelve|dozen|twenty|thirty|forty|fifty|hundreds?)$/;
const FIGHTING_NOUN_BEFORE = /\b(?:in|of|the|heavy|fierce|intense|renewed|new|more|further|ongoing|sporadic|deadly|bitter|street|factional|and|after|amid|during|despite|by|to|from|as|with|overnight|weeks|days|months|hours|sectarian|tribal|clan)\s+$/i;
// "rebels often attack", "militants regularly stage attacks", "have been launching attacks", "continue to stage attacks"
const FEELING_SUBJECT = /\b(?:resentment|anger|tensions?|frustration|rage|fury|discontent|outrage|hatred|grievances?)\b(?:\s+[\w'-]+){0,6}\s+$/i;
const CONFLICT_TOTAL_AFTER = /^\s+(?:that|which)\s+(?:has|have)\s+(?:so\s+far\s+|already\s+)?(?:left|killed|claimed|cost)\b/i;
const FREQUENT_TARGET = /\b(?:frequent|regular|constant|common|repeated|routine|favou?rite)\s+targets?\s+(?:of|for)\s+(?:[\w-]+\s+){0,5}$/i;
const HABITUAL = /\b(?:(?:frequently|often|regularly|routinely|usually|typically|commonly|sometimes|always|occasionally|rarely|never)\s+(?:(?:stage|carry\s+out|launch|mount|conduct|fire)\s+)?|(?:have|has)\s+been\s+(?:launching|staging|carrying\s+out|mounting|conducting)\s+|continues?\s+to\s+(?:stage|launch|carry\s+out|mount)\s+(?:[\w-]+\s+){0,2})$/i;
const CROWD_CONTROL = /\b(?:sound|stun|smoke|flash(?:-bang)?|tear[- ]gas|rubber)\s+(?:(?:grenades?|canisters?|bullets?|rounds?)\s+(?:\w+\s+)?)?$/i;
const RECENT_SPAN = /^[^.;]*?\b(?:in\s+recent\s+(?:days|weeks|months|years)|over\s+the\s+(?:past|last)\s+\w+|for\s+(?:days|weeks|months|years))\b/i;
const COUNT_WORD = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)$/;
// "captured Kobani", "seized the town of X": the place is a name (the trigger patterns ignore case)
const NAMED_PLACE_AFTER = /^\s+(?:(?:the|an?)\s+(?:[\w-]+\s+){0,3}(?:city|town|village|district|base|province|region|area|airport|barracks|outpost|garrison|stronghold|headquarters)\b|[A-Z])/;
const NOT_A_STRIKE_BEFORE = /\b(?:hunger|general|labou?r|workers['\u2019]?|national|on|to|could|would|will|may|might)\s+$/i;
const CONDITIONAL = /\b(?:if|unless|in\s+case|should)\s+(?:[\w'-]+\s+){0,3}(?:(?:is|are|was|were|be|been|get|got|came)\s+)?(?:under\s+)?$/i;
const DOWNED_BEFORE = /\b(?:shot\s+down|intercepted|downed|intercepting|shooting\s+down)\s+(?:[\w-]+\s+){0,3}$/i;
const DOWNED_AFTER = /^\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:\w+ly\s+)?(?:shot\s+down|intercepted|downed)\b/i;
const NATIONALITY_LIKE = /^[A-Z][a-z]+(?:an|ian|ese|ish|i|ch)$/;
const VAGUE_DETERMINERS = new Set(['of', 'several', 'multiple', 'many', 'some', 'dozens', 'most']);
const NUMERAL = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twin|double|triple|a|an|another)$/i;
const CF_NOUN = new RegExp(`(?<![\\w-])(?:${alt(CEASEFIRE_NOUNS)})(?![\\w-])`, 'gi');
const AGREE_NOUN = new RegExp(`(?<![\\w-])(?:${alt(AGREEMENT_NOUNS)})(?![\\w-])`, 'gi');
const PEACE = new RegExp(`\\b(?:${alt(PEACE_CONTEXT)})\\b`, 'i');
const CF_VERB = new RegExp(`\\b(?:${alt(CEASEFIRE_VERBS)})\\b`, 'gi');
const CF_BLOCK = new RegExp(`\\b(?:${alt(CEASEFIRE_BLOCKERS)})\\b`, 'i');
const PERCEIVED = /\b(?:heard|hear|hears|saw|see|sees|felt|feel|witnessed)\s+(?:an?|the|two|several)\s+(?:[\w-]+\s+){0,2}$/i;
const NEGATED_VERB = /\b(?:not|never)\s+(?:yet\s+)?$/i;
const DEFIED_BEFORE = /\b(?:despite|rendering|violat\w*|breach\w*|break\w*|broke|undermin\w*|ignor\w*|flout\w*)\s+(?:an?|the|its|their)\s+(?:1[89]|20)\d\d\s+(?:[a-z-]+\s+)?$/i;
const YEAR_BEFORE = /\b(?:1[89]|20)\d\d\s+(?:[a-z-]+\s+)?$/;
const ONE_COORDINATED = /\b(?:an?|one)\s+(?:[\w]+-)?coordinated\s+(?:\w+\s+){0,2}$/i;
const UMBRELLA = new RegExp(`\\b(?:${alt(UMBRELLA_MARKERS)})\\s+(?:\\w+\\s+){0,2}$`, 'i');

/** Words of the noun phrase before a trigger, back to its determiner (at most four words). */
function premodifiers(text: string, at: number): { det: string | null; mods: string[] } {
  const words = text.slice(Math.max(0, at - 80), at).split(/\s+/).filter(Boolean);
  const mods: string[] = [];
  for (let i = words.length - 1; i >= 0 && mods.length < 4; i--) {
    const w = words[i]!;
    if (/[,.;:!?"\u201c\u201d()\u2013\u2014]$/.test(w) || /^[-\u2013\u2014]+$/.test(w)) break;
    const lw = w.toLowerCase().replace(/[\u2019]/g, "'");
    if (DETERMINERS.has(lw) || /^[a-z]+day's$/.test(lw) || COUNT.test(lw)) return { det: lw, mods: mods.reverse() };
    if (/^(?:in|on|at|by|for|with|from|after|before|during|over|of|and|or|to|that|which|who|was|were|is|are|has|have|had|said|says|out|carried|launched|launch|launches|staged|conducted|mounted|claimed|condemned|denied|blamed|killed|behind)$/.test(lw)) break;
    mods.push(w);
  }
  return { det: null, mods: mods.reverse() };
}

function describe(text: string, start: number, end: number, type: EventType, flags: { weak?: boolean; anaphorOnly?: boolean; verb?: boolean },
  inQuote: boolean): Trigger {
  const { det, mods } = premodifiers(text, start);
  const word = text.slice(start, end);
  const lowerMods = mods.map((m) => m.toLowerCase());
  const plural = /(?:s|men)$/i.test(word) && !/(?:ss|ing)$/i.test(word);
  // a capital at the start of a sentence is no sign of a name, unless it reads like a nationality
  const sentenceStart = text.slice(0, start).trim() === mods.join(' ');
  const actor = mods.filter((m, i) => (/^[A-Z]/.test(m) && !(i === 0 && sentenceStart && !NATIONALITY_LIKE.test(m))) || /-led$/.test(m));
  const actorModifier = actor.length && !flags.verb ? mods.slice(mods.indexOf(actor[0]!)).join(' ').replace(/[,;]$/, '') : null;
  return {
    type, start, end, text: word,
    weak: flags.weak ?? false, anaphorOnly: flags.anaphorOnly ?? false, verb: flags.verb ?? false,
    // "the abduction of a Dutch engineer": a first mention, described by what follows
    anaphoric: !flags.verb && det !== null && ANAPHORIC_DETERMINERS.includes(det)
      && !(det === 'the' && /^\s+of\s+(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|dozens)\s/i.test(text.slice(end, end + 20))),
    // "two more attacks": more of them, so others than the one reported
    newMarker: (det !== null && NEW_EVENT_MARKERS.includes(det)) || lowerMods.some((m) => NEW_EVENT_MARKERS.includes(m))
      || (det !== null && COUNT_WORD.test(det) && lowerMods[0] === 'more'),
    barePlural: !flags.verb && plural && (det === null || VAGUE_DETERMINERS.has(det)) && !mods.some((m) => NUMERAL.test(m)),
    // "a highly-coordinated attack" is one attack; "coordinated attacks", "a wave of attacks" are many
    umbrella: UMBRELLA.test(text.slice(Math.max(0, start - 40), start)) && (plural || !ONE_COORDINATED.test(text.slice(Math.max(0, start - 40), start))),
    actorModifier: actorModifier && !/^(?:Related|Photo|In)$/.test(actorModifier) ? actorModifier : null,
    inQuote,
    det,
  };
}

const ANY_CEASEFIRE_NOUN = new RegExp(`(?:${alt(CEASEFIRE_NOUNS)}|${alt(AGREEMENT_NOUNS)})`, 'i');

function ceasefireTriggers(text: string, inQuote: (at: number) => boolean): Trigger[] {
  const out: Trigger[] = [];
  if (!ANY_CEASEFIRE_NOUN.test(text)) return out;
  const verbs = allMatches(CF_VERB, text).map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const nouns = allMatches(CF_NOUN, text);
  if (PEACE.test(text)) nouns.push(...allMatches(AGREE_NOUN, text));
  const agreementAnaphors = allMatches(AGREE_NOUN, text).filter((m) => !nouns.includes(m));
  for (const m of nouns) {
    const start = m.index;
    const end = start + m[0].length;
    if (out.some((t) => start < t.end && end > t.start)) continue;
    const reached = verbs.some((v) => {
      const between = v.end <= start ? text.slice(v.end, start) : text.slice(end, v.start);
      const words = between.split(/\s+/).filter(Boolean).length;
      // "has not signed a truce", "never agreed to a ceasefire": a verb denied reaches nothing
      return words <= 12 && !CF_BLOCK.test(between) && !/[;]/.test(between) && !NEGATED_VERB.test(text.slice(Math.max(0, v.start - 16), v.start));
    });
    const t = describe(text, start, end, 'CEASEFIRE', {}, inQuote(start));
    if (CF_BLOCK.test(text.slice(Math.max(0, start - 25), start)) || intendedCeasefire(text.slice(0, start))) continue;
    // "the truce, which began on Monday": a ceasefire said to be reached or holding is reported here;
    // "a 2009 peace agreement": one dated by its year was reached then
    // ("despite a 1998 ceasefire", "rendering a 2011 truce meaningless": a truce that no longer holds is no development)
    const dated = YEAR_BEFORE.test(text.slice(Math.max(0, start - 24), start)) && !DEFIED_BEFORE.test(text.slice(Math.max(0, start - 60), start));
    if (reached || dated) out.push({ ...t, anaphoric: false });
    else if (t.anaphoric) out.push({ ...t, anaphorOnly: true });
  }
  // "announced the agreement": an agreement or deal refers back to a ceasefire already reported
  for (const m of agreementAnaphors) {
    const t = describe(text, m.index, m.index + m[0].length, 'CEASEFIRE', { anaphorOnly: true }, inQuote(m.index));
    if (t.anaphoric) out.push(t);
  }
  return out;
}

/**
 * Event triggers in one sentence (`text` is the sentence, offsets relative to it), longest first,
 * never overlapping. `inQuote(at)` tells whether a relative offset is inside quotation marks.
 */
export function findTriggers(text: string, inQuote: (at: number) => boolean = () => false): Trigger[] {
  const out: Trigger[] = ceasefireTriggers(text, inQuote);
  ANY_TRIGGER.lastIndex = 0;
  for (let hit = ANY_TRIGGER.exec(text); hit; hit = ANY_TRIGGER.exec(text)) {
    const start = hit.index;
    let best: { t: (typeof COMPILED)[number]; end: number } | null = null;
    for (const t of candidatesAt(text, start)) {
      t.re.lastIndex = start;
      const m = t.re.exec(text);
      if (m && (!best || start + m[0].length > best.end)) best = { t, end: start + m[0].length };
    }
    if (!best) continue;
    ANY_TRIGGER.lastIndex = best.end;
    const { t, end } = best;
    const word = text.slice(start, end);
    const before = text.slice(Math.max(0, start - 40), start);
    if (out.some((o) => start < o.end && end > o.start)) continue;
    if (BLOCK_AFTER.test(text.slice(end, end + 40)) || BLOCK_BEFORE.test(before)) continue;
    // "Pakistan formally protests the strikes": the verb, a complaint, not a protest in the street
    if (/^protests$/i.test(word) && /^\s+(?:the|a|an|this|that|these|those|its|their|his|her)\b/i.test(text.slice(end, end + 8))) continue;
    // "sound grenades detonated", "tear gas shells": crowd control, not a bombing or shelling
    if ((t.type === 'BOMBING' || t.type === 'SHELLING') && CROWD_CONTROL.test(before)) continue;
    if (t.type === 'ARMED_CLASH' && /^(?:captured|seized|recaptured|retook|liberated|(?:took|regained) control of|drove .+ out of)$/i.test(word) && !NAMED_PLACE_AFTER.test(text.slice(end, end + 60))) continue;
    // "a general strike", "on strike", "vowed to strike", "strike a deal": no attack
    if (/^strikes?$/i.test(word) && (NOT_A_STRIKE_BEFORE.test(before) || /^\s+(?:an?\s+(?:deal|balance|agreement)|back)\b/i.test(text.slice(end, end + 20)))) continue;
    // "rebels frequently attack convoys", "would only end if they were attacked": a habit or a condition,
    // not an event that happened
    if (HABITUAL.test(before) && !/ed$/i.test(word)) continue;
    // "a man from the attacked village", "the bombed building": a participle describing a noun, no new event
    if (t.verb && /^(?:attacked|bombed|shelled|raided|targeted)$/i.test(word) && /\b(?:the|an?|this|that)\s+$/i.test(before)) continue;
    // "resentment against the rule exploded in 2004", "anger exploded": a feeling flared up, nothing blew up
    if (/^exploded$/i.test(word) && FEELING_SUBJECT.test(text.slice(Math.max(0, start - 70), start))) continue;
    // "in violence that has so far left over 3,000 people dead": the whole conflict and its running total, no one event
    if (!t.verb && /^(?:fighting|violence|conflict|insurgency|war|unrest)$/i.test(word) && CONFLICT_TOTAL_AFTER.test(text.slice(end, end + 60))) continue;
    // "the district is a regular target for drone strikes": what keeps happening there, no one event
    if (!t.verb && FREQUENT_TARGET.test(text.slice(Math.max(0, start - 80), start))) continue;
    if (CONDITIONAL.test(before)) continue;
    // "air defences shot down 12 drones", "two missiles were intercepted": a weapon stopped opens no
    // strike, but may say more about one already reported
    // "warplanes, which have both bombed the area in recent weeks": what has been happening, not one event
    if (t.verb && /\b(?:have|has)\s+(?:\w+\s+)?$/i.test(before) && RECENT_SPAN.test(text.slice(end, end + 60))) continue;
    // "militants armed with rockets and guns stormed": weapons carried, not fired
    if ((t.type === 'SHELLING' || t.type === 'AIRSTRIKE') && !t.verb && /\barmed\s+with\s+(?:[\w-]+\s+){0,3}$/i.test(before)) continue;
    // "struck by four missiles", "carried out by warplanes": the means of a strike just reported
    if ((t.type === 'SHELLING' || t.type === 'AIRSTRIKE') && !t.verb && /\b(?:by|with|using)\s+(?:(?:an?|the|two|three|four|five|six|\d+|several|[A-Z][\w-]*|or|allied|government|regime)\s+){0,4}$/.test(before)) {
      out.push({ ...describe(text, start, end, t.type, t, inQuote(start)), instrument: true });
      continue;
    }
    // "a neighbour said she heard a powerful blast": what someone perceived of an event already reported
    // and the same for a weapon "shot down" or "intercepted" (before or after the event word)
    if (((t.type === 'BOMBING' || t.type === 'ARMED_CLASH' || t.type === 'ATTACK') && PERCEIVED.test(before)) ||
      DOWNED_BEFORE.test(before) || DOWNED_AFTER.test(text.slice(end, end + 40))) {
      out.push(describe(text, start, end, t.type, { ...t, anaphorOnly: true }, inQuote(start)));
      continue;
    }
    // "rebels fighting the government", "the coalition fighting in X": a participle, not the noun
    if (/^fighting$/i.test(word) && /\b[a-z][\w-]*\s+$/.test(before) && !FIGHTING_NOUN_BEFORE.test(before)) continue;
    // "the coalition, fighting in X, was urged to ...": a participle set off by commas describes the noun before it
    if (/^fighting$/i.test(word) && /\b[a-z][\w-]*,\s+$/.test(before) && /^\s+(?:in|against|alongside|for|with)\b[^,.;]{1,60},/i.test(text.slice(end, end + 80))) continue;
    out.push(describe(text, start, end, t.type, t, inQuote(start)));
  }
  out.sort((a, b) => a.start - b.start);
  // "missile strikes", "rocket attacks": the first word only modifies the head noun after it, whose
  // number says whether one event or attacks in general are meant
  for (let i = 0; i + 1 < out.length; i++) {
    const [a, b] = [out[i]!, out[i + 1]!];
    if (!a.verb && !b.verb && /^\s$/.test(text.slice(a.end, b.start))) a.barePlural = b.barePlural;
  }
  return out;
}
