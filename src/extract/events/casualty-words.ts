import type { CasualtyKind } from '../types.ts';

/**
 * General English vocabulary of casualty reports. Plain data: no article's names or numbers.
 */

/** Verb and adjective forms, by the kind of figure they report. */
export const KIND_WORDS: Readonly<Record<CasualtyKind, readonly string[]>> = {
  killed: ['killed', 'killing', 'kills', 'kill', 'dead', 'died', 'slain', 'murdered', 'executed', 'shot dead', 'beheaded',
    'stabbed to death', 'burned to death', 'gunned down', 'lost their lives', 'beheading', 'murdering', 'massacred',
    'massacring', 'slaughtered', 'slaughtering', 'perished', 'claimed the lives of', 'claiming the lives of'],
  injured: ['wounded', 'wounding', 'wounds', 'injured', 'injuring', 'injures', 'hurt', 'hurting'],
  missing: ['missing', 'unaccounted for'],
  abducted: ['abducted', 'abducting', 'kidnapped', 'kidnapping', 'taken hostage', 'taken captive', 'seized'],
};

/** Forms that take the figure as their object ("killing 12 people", "wounded 40 others"). */
export const ACTIVE_FORMS = ['killed', 'killing', 'kills', 'kill', 'wounded', 'wounding', 'wounds', 'injured',
  'injuring', 'injures', 'abducted', 'abducting', 'kidnapped', 'kidnapping', 'seized', 'left'];

/** Words that never belong to the "who they are" phrase after a number. */
export const GROUP_STOP = new Set([
  'and', 'or', 'but', 'in', 'on', 'at', 'by', 'from', 'with', 'to', 'of', 'for', 'near', 'during', 'after',
  'before', 'when', 'while', 'as', 'were', 'was', 'are', 'is', 'been', 'being', 'had', 'have', 'has', 'who',
  'that', 'which', 'left', 'among', 'inside', 'outside', 'across', 'including', 'reportedly', 'also',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today',
  'attacks', 'attack', 'bombings', 'blasts', 'explosions', 'separate', 'killed', 'dead', 'died', 'wounded',
  'injured', 'hurt', 'missing', 'abducted', 'kidnapped', 'said', 'say', 'says', 'according', 'since', 'later',
]);

/** Group words that say nothing about who the victims are. */
export const GENERIC_GROUP = new Set(['people', 'persons', 'person', 'others', 'other', 'more', 'individuals', 'of', 'them', 'another']);

/** Subjects whose "has killed N" is a running total of a war, not one event's toll. */
export const BACKGROUND_SUBJECTS = ['war', 'conflict', 'insurgency', 'uprising', 'revolution', 'violence',
  'fighting', 'crisis', 'campaign', 'epidemic', 'famine', 'unrest'];

/** Nouns for one person: "killing a policeman" is one killed. */
export const ONE_PERSON = ['man', 'woman', 'child', 'boy', 'girl', 'soldier', 'policeman', 'policewoman', 'police officer',
  'officer', 'civilian', 'guard', 'worker', 'journalist', 'reporter', 'student', 'teacher', 'doctor', 'nurse', 'passerby',
  'resident', 'villager', 'farmer', 'driver', 'pilot', 'peacekeeper', 'militant', 'fighter', 'rebel', 'commander',
  'official', 'lawmaker', 'judge', 'cleric', 'priest', 'imam', 'trader', 'shopkeeper', 'bystander', 'pedestrian', 'person',
  'protester', 'protestor', 'demonstrator', 'activist', 'worshipper', 'shepherd', 'herder', 'fisherman', 'volunteer',
  'paramedic', 'medic', 'engineer', 'tourist', 'guest', 'customer', 'mayor', 'chief', 'cameraman', 'photographer', 'interpreter', 'translator', 'bodyguard', 'contractor', 'serviceman', 'servicewoman', 'marine', 'sailor', 'airman',
  'adult', 'teenager', 'teen', 'toddler', 'baby', 'infant', 'pastor'];

/** Kin of someone named before: "killing his son" is one killed. */
export const KIN = ['son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'father', 'mother', 'nephew', 'niece', 'cousin',
  'uncle', 'grandson', 'granddaughter'];

/**
 * Nouns for one person of rank, the target of a strike ("killed a senior rebel commander"): the corpus gives
 * at least one killed ({1, null}), as the article does not say nobody else died with them; an ordinary
 * victim counted ("killing a policeman") is exactly one.
 */
export const RANKED_ONE = ['leader', 'commander', 'chief', 'expert', 'operative', 'mastermind', 'strategist', 'lieutenant',
  'deputy', 'ringleader', 'kingpin', 'warlord', 'governor'];

/** Targets that make an attack a fight between armed sides (fixtures/README.md: ARMED_CLASH). */
export const ARMED_TARGETS = ['base', 'bases', 'checkpoint', 'checkpoints', 'outpost', 'outposts', 'post', 'posts', 'convoy',
  'convoys', 'garrison', 'barracks', 'troops', 'soldiers', 'army', 'forces', 'police', 'policemen', 'militants',
  'militia', 'militias', 'rebels', 'insurgents', 'fighters', 'patrol', 'positions', 'camp'];
/** Targets that keep it an attack on the unarmed. */
export const UNARMED_TARGETS = ['civilians', 'market', 'mosque', 'church', 'school', 'hospital', 'hotel', 'restaurant',
  'wedding', 'bus', 'village', 'villagers', 'worshippers', 'students', 'consulate', 'embassy', 'shrine', 'funeral',
  'office', 'offices', 'homes', 'home', 'residents', 'passengers', 'protesters', 'crowd', 'festival', 'stadium'];

/** Who carried out an attack: their own dead are not more victims of it ("five attackers were also killed"). */
export const ATTACKER_GROUPS = ['attackers', 'attacker', 'assailants', 'gunmen', 'gunman', 'bombers', 'bomber', 'militants',
  'insurgents', 'terrorists', 'jihadists', 'raiders', 'kidnappers', 'hijackers'];

/** The assailants of the attack itself: "11 soldiers and 17 attackers died" is the soldiers' toll. */
export const ASSAILANT_GROUPS = ['attackers', 'assailants', 'gunmen', 'bombers', 'raiders', 'kidnappers', 'hijackers'];
