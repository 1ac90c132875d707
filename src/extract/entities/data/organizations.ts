import type { OrganizationKind } from '../../types.ts';

/**
 * Institutions that are also buildings: a named hospital, school or church is an organization
 * (it has staff and speaks), not a place ("Living Word Church", "X hospital").
 * Lower-cased; the capitalised head makes "X Hospital" one, the lower-case one "X hospital" too.
 */
export const FACILITY_HEADS: ReadonlySet<string> = new Set([
  'hospital',
  'clinic',
  'school',
  'college',
  'university',
  'academy',
  'seminary',
  'madrasa',
  'madrassa',
  'madrasah',
  'church',
  'cathedral',
  'chapel',
]);

/**
 * Places of worship named as sites, not bodies: a named mosque or temple is where something happened ("the
 * Al Noor Mosque", "the X mosque"), a place; a named church stays an organization (often a congregation or a
 * denomination: "Living Word Church"). Lower-cased.
 */
export const WORSHIP_SITES: ReadonlySet<string> = new Set(['mosque', 'temple', 'synagogue', 'monastery']);

/**
 * Common nouns whose possessive stands inside an organization's name ("the Free Farmers' Union", "the
 * United Peoples' Front", "a Children's Fund"): "X's" joins the capitalised words after it. A name's
 * possessive ("Norland's Defence Ministry") is no part of one. Lower-cased.
 */
export const POSSESSIVE_NAME_NOUNS: ReadonlySet<string> = new Set([
  'people',
  'peoples',
  'children',
  'women',
  'workers',
  'martyrs',
  'citizens',
  'farmers',
  'peasants',
  'students',
  'veterans',
  'mothers',
  'patriots',
  'teachers',
  'doctors',
  'lawyers',
  'journalists',
  'traders',
  'employees',
  'nurses',
  'pilots',
  'miners',
  'fishermen',
  'victims',
  'prisoners',
  'refugees',
  'elders',
  'scholars',
  'soldiers',
  'youths',
]);

/**
 * Head words that make a capitalised name an organization ("Interior Ministry", "Security Council",
 * "February 17th Brigade"), with the kind they suggest. Lower-cased.
 */
export const ORG_HEADS: ReadonlyMap<string, OrganizationKind> = new Map<string, OrganizationKind>([
  ['ministry', 'government'],
  ['department', 'government'],
  ['government', 'government'],
  ['parliament', 'government'],
  ['assembly', 'government'],
  ['senate', 'government'],
  ['congress', 'government'],
  ['authority', 'government'],
  ['administration', 'government'],
  ['police', 'government'],
  ['agency', 'government'],
  ['office', 'government'],
  ['service', 'government'],
  ['court', 'government'],
  ['commission', 'government'],
  ['directorate', 'government'],
  ['bureau', 'government'],
  ['embassy', 'government'],
  ['consulate', 'government'],
  ['army', 'military'],
  ['navy', 'military'],
  ['military', 'military'],
  ['force', 'military'],
  ['guard', 'military'],
  ['corps', 'military'],
  ['command', 'military'],
  // "Joint Chiefs of Staff": the collective body, not a title (a title is singular, "Chief of Staff").
  ['chiefs', 'military'],
  ['division', 'military'],
  ['regiment', 'military'],
  ['battalion', 'military'],
  ['brigade', 'armed_group'],
  ['front', 'armed_group'],
  ['militia', 'armed_group'],
  ['cartel', 'armed_group'],
  ['movement', 'armed_group'],
  ['group', 'armed_group'],
  ['brotherhood', 'armed_group'],
  ['rebels', 'armed_group'],
  ['coalition', 'military'],
  ['party', 'party'],
  ['bloc', 'party'],
  ['alliance', 'party'],
  ['union', 'international'],
  ['council', 'government'],
  ['committee', 'government'],
  ['league', 'international'],
  ['nations', 'international'],
  ['mission', 'international'],
  ['organization', 'ngo'],
  ['organisation', 'ngo'],
  ['federation', 'other'],
  ['foundation', 'ngo'],
  ['institute', 'other'],
  ['center', 'other'],
  ['centre', 'other'],
  ['society', 'ngo'],
  ['crescent', 'ngo'],
  ['cross', 'ngo'],
  ['watch', 'ngo'],
  ['international', 'ngo'],
  ['fund', 'international'],
  ['bank', 'other'],
  ['company', 'other'],
  ['corporation', 'other'],
  ['network', 'other'],
  ['observatory', 'ngo'],
  ['news', 'news_agency'],
  ['times', 'news_agency'],
  ['post', 'news_agency'],
  ['press', 'news_agency'],
  ['television', 'news_agency'],
  ['tv', 'news_agency'],
  ['radio', 'news_agency'],
  ['channel', 'news_agency'],
  ['broadcasting', 'news_agency'],
  ['journal', 'news_agency'],
  ['herald', 'news_agency'],
  ['tribune', 'news_agency'],
  ['gazette', 'news_agency'],
  // Round 8: general kinds of bodies no development article happened to use as a head.
  ['association', 'ngo'],
  ['syndicate', 'other'],
  ['confederation', 'other'],
  ['tribunal', 'government'],
  ['secretariat', 'government'],
  ['board', 'other'],
  ['chamber', 'other'],
  ['gendarmerie', 'military'],
  ['constabulary', 'government'],
  ['legion', 'armed_group'],
  ['squadron', 'military'],
  ['fleet', 'military'],
  ['forum', 'other'],
  ['caucus', 'party'],
  ['trust', 'ngo'],
  ['charity', 'ngo'],
  ['institution', 'other'],
  ['airline', 'other'],
  ['airways', 'other'],
  ['newspaper', 'news_agency'],
  ['magazine', 'news_agency'],
  ['chronicle', 'news_agency'],
  ['telegraph', 'news_agency'],
  ['newswire', 'news_agency'],
  ['broadcaster', 'news_agency'],
  ['headquarters', 'military'],
  // Assemblies, services and outlets named by one more head word ("the Federal Duma", "Coastal Resistance",
  // "Valley Online"); "Media reports" opening a sentence is then no place either.
  ['unit', 'military'],
  ['industries', 'other'],
  ['shura', 'armed_group'],
  ['majlis', 'government'],
  ['duma', 'government'],
  ['rada', 'government'],
  ['jirga', 'government'],
  ['intelligence', 'government'],
  ['resistance', 'armed_group'],
  ['online', 'news_agency'],
  ['media', 'news_agency'],
  ['monitor', 'news_agency'],
  ['observer', 'news_agency'],
  ['guardian', 'news_agency'],
  ['inquirer', 'news_agency'],
  ['examiner', 'news_agency'],
  ['mirror', 'news_agency'],
  ['express', 'news_agency'],
  ['delegation', 'government'],
  ['inspectorate', 'government'],
  ['consortium', 'other'],
  ['cooperative', 'other'],
  ['collective', 'other'],
  ['programme', 'international'],
  ['initiative', 'other'],
  ...[...FACILITY_HEADS].map((w): [string, OrganizationKind] => [w, 'other']),
]);

/**
 * The kind an organization head word suggests, plural forms included ("Village Defence Committees",
 * "Armed Forces", "Ministries", "Churches"): the list holds singulars only.
 */
export function orgHeadKind(word: string): OrganizationKind | undefined {
  const kind = ORG_HEADS.get(word);
  if (kind !== undefined || !word.endsWith('s')) return kind;
  return (
    ORG_HEADS.get(word.slice(0, -1)) ??
    (word.endsWith('ies') ? ORG_HEADS.get(`${word.slice(0, -3)}y`) : undefined) ??
    (word.endsWith('es') ? ORG_HEADS.get(word.slice(0, -2)) : undefined)
  );
}

/** Lower-case words that continue a capitalised name into an organization ("Fars news agency",
 * "Islamic State group", "Iraqiya bloc", "Houthi rebels", "al-Arabia television"). */
export const ORG_TAIL_WORDS: ReadonlyMap<string, OrganizationKind> = new Map<string, OrganizationKind>([
  ['news agency', 'news_agency'],
  ['agency', 'news_agency'],
  ['television', 'news_agency'],
  ['tv', 'news_agency'],
  ['radio', 'news_agency'],
  ['newspaper', 'news_agency'],
  ['group', 'armed_group'],
  ['militant group', 'armed_group'],
  ['terrorist group', 'armed_group'],
  ['militia', 'armed_group'],
  ['movement', 'armed_group'],
  ['rebels', 'armed_group'],
  ['insurgents', 'armed_group'],
  ['bloc', 'party'],
  ['party', 'party'],
  ['regional government', 'government'],
  ['regional administration', 'government'],
  ['interim administration', 'government'],
  ['interim government', 'government'],
  ['transitional government', 'government'],
  ['regional authority', 'government'],
  ['military', 'military'],
  ['opposition', 'other'],
  ['coalition', 'military'],
  ['militants', 'armed_group'],
  ['fighters', 'armed_group'],
  ['gunmen', 'armed_group'],
  ['guerrillas', 'armed_group'],
  ['separatists', 'armed_group'],
  ['cartel', 'armed_group'],
  ['gang', 'armed_group'],
  // round 8: more lower-case kinds of publications and bodies ("the X weekly", "the X faction").
  ['weekly', 'news_agency'],
  ['magazine', 'news_agency'],
  ['news website', 'news_agency'],
  ['news portal', 'news_agency'],
  ['news outlet', 'news_agency'],
  ['broadcaster', 'news_agency'],
  ['faction', 'armed_group'],
  ['organization', 'ngo'],
  ['organisation', 'ngo'],
  ['charity', 'ngo'],
]);

/** Arabic, Persian, Pashto and Urdu words that begin armed-group names ("Ansar ...", "Jaish ..."). */
export const ARMED_GROUP_CUES: ReadonlySet<string> = new Set([
  'ansar',
  'jaish',
  'jabhat',
  'harakat',
  'harkat',
  'hizb',
  'hezb',
  'liwa',
  'kataib',
  'katibat',
  'tehrik',
  'tehreek',
  'lashkar',
  'jamaat',
  'jamaah',
  'jemaah',
  'ahrar',
  'asaib',
  'saraya',
  'fatah',
  'tanzim',
]);

/** A lower-case word after a capitalised span that marks the span as a news source ("X reported"). */
export const NEWS_CUES: ReadonlySet<string> = new Set([
  'reported',
  'reports',
  'quoted',
  'broadcast',
  'aired',
]);

/** Lower-case words between an organization and "mission/force" ("African Union peacekeeping mission"). */
export const MISSION_MODIFIERS: ReadonlySet<string> = new Set([
  'peacekeeping',
  'peace-keeping',
  'peace',
  'stabilization',
  'stabilisation',
  'assistance',
  'monitoring',
  'observer',
  'observation',
  'training',
  'military',
  'naval',
  'police',
  'political',
  'support',
  'protection',
  'ceasefire',
  'cease-fire',
  'verification',
  'humanitarian',
  'multinational',
  'regional',
]);

/** Head nouns of a body an organization sends ("the UN observer mission in X", "an EU naval force");
 * "forces" stays generic ("NATO forces" are troops, not a body). */
export const MISSION_HEADS: ReadonlySet<string> = new Set(['mission', 'force']);
