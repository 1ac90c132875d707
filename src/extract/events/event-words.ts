import type { EventType } from '../types.ts';
import { ARMED_KILLERS } from './armed-killers.ts';

/**
 * General English words that report an attack or a development, by event type (fixtures/README.md
 * taxonomy). Plain data: no article's names, places or numbers. Patterns are case-insensitive and matched
 * at word boundaries; longer phrases are tried first so "car bomb" wins over "bomb".
 */
export interface TriggerWord {
  pattern: string;
  type: EventType;
  /** "attack", "assault": says something happened but not how; a more specific word refines it. */
  weak?: boolean;
  /** "strike", "incident": only ever refers back to an event already reported. */
  anaphorOnly?: boolean;
  /** A verb form ("exploded", "shelled"): a clause with it reports one specific event. */
  verb?: boolean;
}

const w = (type: EventType, patterns: string[], extra: Partial<TriggerWord> = {}): TriggerWord[] =>
  patterns.map((pattern) => ({ pattern, type, ...extra }));

const CROWD_VERBS = 'protested|demonstrated|marched|rallied|took to the streets';

export const TRIGGER_WORDS: readonly TriggerWord[] = [
  ...w('SUICIDE_BOMBING', ['suicide (?:car |truck |vehicle )?bomb(?:er|ers|ing|ings|s)?', 'suicide (?:attack|attacks|attacker|attackers|blast|blasts|explosion|bombers?)',
    'suicide vests?', 'detonated (?:himself|herself|themselves)', 'blew (?:himself|herself|themselves) up', 'martyrdom operations?']),
  ...w('CAR_BOMBING', ['car[- ]bomb(?:s|ing|ings|er|ers)?', 'truck[- ]bomb(?:s|ing|ings)?', 'vehicle[- ]bomb(?:s|ing|ings)?', 'vbieds?',
    '(?:car|truck|vehicle|van|lorry)s? (?:packed|laden|loaded|rigged|filled) with explosives']),
  ...w('IED', ['roadside bombs?', 'roadside blasts?', 'ieds?', 'improvised explosive devices?', 'landmines?', 'land mines?', 'planted bombs?', 'sticky bombs?',
    // "explosives planted on a motorcycle": a planted device
    'explosives? (?:planted|hidden|placed|concealed|attached|strapped|stashed)', 'planted explosives?', 'magnetic bombs?', 'magnetic mines?',
    // "killed in a mine attack", "a mine blast"
    'mine attacks?', 'mine blasts?', 'mine explosions?']),
  ...w('BOMBING', ['bombings?', 'bombs?', 'blasts?', 'explosions?', 'explosive devices?', 'grenade attacks?']),
  ...w('BOMBING', ['bombed', 'exploded', 'detonated', 'blew up'], { verb: true }),
  ...w('AIRSTRIKE', ['air[- ]?strikes?', 'air raids?', 'airstrikes?', 'warplanes?', 'war planes?', 'fighter jets?', 'drone strikes?', 'drone attacks?',
    'aerial bombardments?', 'helicopter gunships?', 'bombing raids?',
    // "aerial bombing" is dropped from aircraft; so are barrel bombs, which only aircraft carry
    'aerial bomb(?:ing|ings|s)?', 'barrel bombs?']),
  ...w('SHELLING', ['shelling', 'shells', 'artillery fire', 'artillery', 'rockets?', 'mortars?', 'mortar rounds?', 'missiles?']),
  ...w('SHELLING', ['shelled', 'fired (?:rockets?|missiles?|mortars?)', 'fired (?:artillery|tank|mortar) (?:shells|rounds)', 'fired artillery'], { verb: true }),
  ...w('ARMED_CLASH', ['clashes', 'clash', 'firefights?', 'gun ?battles?', 'gunfights?', 'fierce fighting', 'heavy fighting', 'fighting', 'skirmish(?:es)?',
    'exchanges? of fire', 'shootouts?',
    // "cross-border firing killed 11", "retaliatory fire by troops killed seven": two sides firing across a line
    'cross-border (?:fire|firing|gunfire)', 'retaliatory (?:fire|firing|gunfire)',
    // "killed in a battle with troops", "a victory over government forces": fighting told without "clash"
    'battles?(?= (?:with|between|in|near|at) )',
    'victor(?:y|ies) over(?= (?:[\\w-]+ ){0,2}(?:forces|troops|soldiers|rebels|militants|fighters|insurgents|army)\\b)']),
  // "troops returned fire": the other side of a fight
  ...w('ARMED_CLASH', ['clashed', 'fought', 'traded fire', 'exchanged fire', 'returned fire'], { verb: true }),
  ...w('ATTACK', ['gunmen', 'shooting', 'shootings', 'massacre', 'ambush(?:es)?', '(?:killing )?rampages?', 'killing spree',
    // "denounced the killing of at least 150 villagers": a mass killing named by its toll
    'killings? of(?= (?:at least |more than |nearly |about |some |over |up to )?(?:\\d[\\d,]*|dozens|hundreds|scores|two|three|four|five|six|seven|eight|nine|ten|\\w+teen|\\w+ty)\\b)']),
  ...w('ATTACK', [ARMED_KILLERS], { verb: true }),
  // "the raid" may be an air raid or a ground assault: it says something happened, not how
  ...w('ATTACK', ['raids?'], { weak: true }),
  ...w('ATTACK', ['opened fire', 'stormed', 'ambushed', 'shot dead', 'gunned down', 'raided', 'overran', 'massacred', 'beheaded',
    'stabbed to death', 'hacked to death'], { verb: true }),
  ...w('ATTACK', ['attacks?', 'assaults?'], { weak: true }),
  ...w('ATTACK', ['attacked', 'assaulted'], { weak: true, verb: true }),
  // "the Taliban targeted several checkpoints": an attack whose kind the object or the words around tell
  ...w('ATTACK', ['targeted(?= (?:an?|the|several|two|three|four|five|\\d+|multiple) )'], { weak: true, verb: true }),
  ...w('ATTACK', ['incidents?', 'violence', 'operation', 'offensive'], { weak: true, anaphorOnly: true }),
  // "an Israeli strike", "the strikes", "X struck targets in Y": in war news a strike without another word
  // is from the air; a rocket, a bomb or gunmen named with it say more and win
  ...w('AIRSTRIKE', ['strikes?'], { weak: true }),
  ...w('AIRSTRIKE', ['struck(?= (?:\\w+ ){0,3}(?:targets?|positions?|bases?|sites?|depots?|caches?|hideouts?|strongholds?|camps?|compounds?|installations?))'], { weak: true, verb: true }),
  // "captured the town of X", "seized X": taking a named place is fighting (capturing a person is an abduction)
  ...w('ARMED_CLASH', ['(?:captured|seized|recaptured|retook|liberated|took control of|regained control of)(?= (?:the (?:\\w+ )?(?:city|town|village|district|base|province|region|area) of )?[A-Z])'], { verb: true }),
  // "troops drove the rebels out of X": taking a named place from the other side
  ...w('ARMED_CLASH', ['drove (?:[\\w-]+ ){1,4}out of(?= (?:the (?:\\w+ )?(?:city|town|village|district|base|province|region|area) of )?[A-Z])'], { verb: true }),
  // "the kidnap and murder of a teenager": the noun as well as the verb
  ...w('ABDUCTION', ['kidnappings?', 'abductions?', 'hostage[- ]taking', 'kidnap(?= (?:of|and)\\b)']),
  // "captured a general": a person seized; "captured the town" is no abduction
  // ("seized 30 students", "took 12 foreign workers hostage": people seized)
  ...w('ABDUCTION', ['(?:captured|seized)(?= (?:an? |the |two |three |four |five |\\d+ |dozens of |more than \\d+ )?(?:[A-Za-z-]+ )?(?:general|colonel|commander|officers?|soldiers?|'
    + 'policem[ae]n|journalists?|reporters?|aid workers?|workers?|civilians?|tourists?|hostages?|priests?|engineers?|students|schoolgirls|schoolchildren|passengers|villagers|women|children|people)\\b)'], { verb: true }),
  ...w('ABDUCTION', ['kidnapped', 'abducted', 'took (?:[\\w-]+ ){0,4}hostages?', 'taken hostage'], { verb: true }),
  ...w('PROTEST', ['protests?', 'demonstrations?', 'protesters', 'demonstrators', 'rall(?:y|ies)', 'sit-ins?']),
  // "thousands of people protested in X": a crowd in the street ("X protested the strikes" is a complaint)
  // (the crowd is checked behind the verb only once the verb has matched: a lookbehind first would run at every position)
  ...w('PROTEST', [`(?:${CROWD_VERBS})(?<=\\b(?:thousands|hundreds|dozens|people|crowds?|students|residents|supporters|workers|villagers|women|youths|activists)\\b[^.;,]{0,40}(?:${CROWD_VERBS}))`
    + '(?= (?:in|outside|through|across|near|at|on|against|to demand|to protest|over)\\b)'], { verb: true }),
  // not "protested" or "demonstrated": governments protest to each other, and data demonstrate things
  ...w('PROTEST', ['marched', 'rallied', 'took to the streets'], { verb: true }),
];

/** Words that make an event noun not an event: "bombing campaign", "missile defence", "attack helicopter". */
export const NOT_AN_EVENT_AFTER = ['campaign', 'campaigns', 'defense', 'defence', 'systems?', 'launchers?', 'helicopters?',
  'aircraft', 'plot', 'plots', 'threat', 'threats', 'warning', 'warnings', 'capability', 'capabilities', 'program', 'programme',
  'force', 'forces', 'shield', 'squad', 'factory', 'maker', 'makers', 'parts', 'test', 'tests', 'strategy',
  'rifles?', 'weapons?', 'vehicles?', 'boats?', 'submarines?', 'dogs?'];
export const NOT_AN_EVENT_BEFORE = ['anti', 'no', 'no further', 'no new', 'no more', 'any', 'any further', 'any new', 'threat of', 'threats of', 'fear of', 'fears of', 'risk of', 'plan to', 'plans to', 'planning',
  'lodged a', 'formal', 'diplomatic', 'lull in',
  // "aimed at stopping rocket fire", "to curb further fighting": what someone wants to end is not an event
  'end the', 'ending the', 'stop the', 'halt the', 'curb the', 'prevent the',
  'stop', 'stopping', 'halt', 'halting', 'curb', 'curbing', 'curb further', 'prevent', 'preventing', 'prevent further', 'deter', 'deterring', 'avert', 'averting', 'end to', 'end to the', 'halt to', 'halt to the', 'pause in', 'pause in the', 'stop to', 'stop to the', 'century',
  // "to end years of fighting", "a decades-long war": the span of a conflict, no one event
  'years of', 'decades of', 'decade of', 'years-long', 'decades-long', 'decade-long', 'long-running'];

/** Ceasefire nouns, and the verbs that make them a development (agreed, reached, holding). */
export const CEASEFIRE_NOUNS = ['ceasefire', 'cease-fire', 'ceasefires', 'cease-fires', 'truce', 'truces', 'cessation of hostilities',
  'armistice', 'peace deal', 'peace agreement', 'peace accord', 'peace treaty'];
/** "Agreement", "deal": a ceasefire only with a peace word nearby ("lay down their arms", "peace"). */
export const AGREEMENT_NOUNS = ['agreement', 'deal', 'accord'];
export const PEACE_CONTEXT = ['peace', 'lay down (?:their|its|his) (?:arms|weapons)', 'disarm', 'disarmament', 'hostilities', 'truce',
  'cease-?fire', 'stop fighting', 'end (?:the )?fighting'];
export const CEASEFIRE_VERBS = ['agreed', 'agree', 'agrees', 'reached', 'reach', 'reaches', 'announced', 'announces', 'signed', 'signs',
  'declared', 'declares', 'brokered', 'negotiated', 'struck', 'accepted', 'accepts', 'approved', 'sealed', 'concluded', 'holding', 'holds', 'held',
  'took effect', 'takes effect', 'came into (?:force|effect)', 'went into effect', 'in effect', 'in force', 'began', 'begins',
  'begun', 'started', 'starts', 'comes into (?:force|effect)', 'will (?:begin|start|take effect)', 'observe', 'observing'];
/** Words that make a ceasefire hypothetical rather than reached: "ready for a ceasefire", "called for a truce". */
export const CEASEFIRE_BLOCKERS = ['possibility', 'possible', 'proposed', 'proposal', 'calls? for', 'called for', 'urged', 'demand(?:ed|s)?',
  'ready', 'hopes?', 'push(?:ed)? for', 'seek(?:s|ing)?', 'sought', 'reject(?:ed|s)?', 'closer to', 'talks on', 'would', 'could'];

/** Determiners and words that make a mention refer back to an event already reported. */
export const ANAPHORIC_DETERMINERS = ['the', 'that', 'this', 'those', 'these', 'such', "today's", "yesterday's", "sunday's", "monday's",
  "tuesday's", "wednesday's", "thursday's", "friday's", "saturday's", 'its', 'their'];
/** Words that open a new event even at the same place: "a separate bomb", "another blast". */
export const NEW_EVENT_MARKERS = ['separate', 'another', 'second', 'third', 'fourth', 'fifth', 'other', 'earlier', 'previous', 'similar', 'later'];
/** Sentence openings that introduce another event: "Separately, ...", "In another attack, ...". */
export const NEW_EVENT_OPENERS = /^(?:separately|elsewhere|later(?:\s+(?:that|in\s+the)\s+(?:day|morning|afternoon|evening|night))?(?=\s*,)|in\s+(?:a\s+)?(?:another|separate)\s+(?:incident|attack|development)|in\s+other\s+violence|also\s+on\s+\w+day|also\s+\w+day)\b/i;
/** Umbrella phrases: "a wave of attacks", "a series of bombings". */
export const UMBRELLA_MARKERS = ['wave of', 'series of', 'string of', 'spate of', 'spree of', 'chain of', 'rash of', 'coordinated'];
/** Lines that are links, not text: "Related: ...", "Read more: ...". */
export const LINK_LINE = /^(?:(?:related|read more|see also|watch|more|photos?|video|listen|also read)\s*:|FILE(?:\s+PHOTO)?\s*[-\u2013\u2014:])/i;
