import type { OrganizationKind } from '../../types.ts';

/**
 * Head words that make a capitalised name an organization ("Interior Ministry", "Security Council",
 * "February 17th Brigade"), with the kind they suggest. Lower-cased.
 */
export const ORG_HEADS: ReadonlyMap<string, OrganizationKind> = new Map<string, OrganizationKind>([
  ['ministry', 'government'], ['department', 'government'], ['government', 'government'],
  ['parliament', 'government'], ['assembly', 'government'],
  ['senate', 'government'], ['congress', 'government'], ['authority', 'government'],
  ['administration', 'government'], ['police', 'government'], ['agency', 'government'],
  ['office', 'government'], ['service', 'government'], ['court', 'government'], ['commission', 'government'],
  ['directorate', 'government'], ['bureau', 'government'], ['embassy', 'government'], ['consulate', 'government'],
  ['army', 'military'], ['navy', 'military'], ['military', 'military'], ['forces', 'military'],
  ['force', 'military'], ['guard', 'military'], ['guards', 'military'], ['corps', 'military'],
  ['command', 'military'], ['division', 'military'], ['regiment', 'military'], ['battalion', 'military'],
  ['brigade', 'armed_group'], ['brigades', 'armed_group'], ['front', 'armed_group'], ['militia', 'armed_group'],
  ['militias', 'armed_group'], ['movement', 'armed_group'], ['group', 'armed_group'], ['army', 'military'],
  ['brotherhood', 'armed_group'], ['rebels', 'armed_group'], ['coalition', 'military'],
  ['party', 'party'], ['bloc', 'party'], ['alliance', 'party'], ['union', 'international'],
  ['council', 'government'], ['committee', 'government'], ['league', 'international'],
  ['nations', 'international'], ['mission', 'international'], ['organization', 'ngo'],
  ['organisation', 'ngo'], ['federation', 'other'], ['foundation', 'ngo'], ['institute', 'other'],
  ['society', 'ngo'], ['crescent', 'ngo'], ['cross', 'ngo'], ['watch', 'ngo'], ['international', 'ngo'],
  ['fund', 'international'], ['bank', 'other'], ['company', 'other'], ['corporation', 'other'],
  ['university', 'other'], ['college', 'other'], ['academy', 'other'], ['network', 'other'], ['observatory', 'ngo'],
  ['news', 'news_agency'], ['times', 'news_agency'], ['post', 'news_agency'], ['press', 'news_agency'],
  ['television', 'news_agency'], ['tv', 'news_agency'], ['radio', 'news_agency'], ['channel', 'news_agency'],
  ['broadcasting', 'news_agency'], ['journal', 'news_agency'], ['herald', 'news_agency'],
  ['tribune', 'news_agency'], ['gazette', 'news_agency'],
]);

/** Lower-case words that continue a capitalised name into an organization ("Fars news agency",
 * "Islamic State group", "Iraqiya bloc", "Houthi rebels", "al-Arabia television"). */
export const ORG_TAIL_WORDS: ReadonlyMap<string, OrganizationKind> = new Map<string, OrganizationKind>([
  ['news agency', 'news_agency'], ['agency', 'news_agency'], ['television', 'news_agency'],
  ['tv', 'news_agency'], ['radio', 'news_agency'], ['newspaper', 'news_agency'], ['group', 'armed_group'],
  ['militant group', 'armed_group'], ['terrorist group', 'armed_group'], ['militia', 'armed_group'],
  ['movement', 'armed_group'], ['rebels', 'armed_group'], ['insurgents', 'armed_group'], ['bloc', 'party'],
  ['party', 'party'], ['regional government', 'government'], ['military', 'military'],
  ['opposition', 'other'], ['coalition', 'military'], ['militants', 'armed_group'], ['fighters', 'armed_group'],
  ['gunmen', 'armed_group'], ['guerrillas', 'armed_group'], ['separatists', 'armed_group'],
]);

/** Arabic, Persian, Pashto and Urdu words that begin armed-group names ("Ansar ...", "Jaish ..."). */
export const ARMED_GROUP_CUES: ReadonlySet<string> = new Set([
  'ansar', 'jaish', 'jabhat', 'harakat', 'harkat', 'hizb', 'hezb', 'liwa', 'kataib', 'katibat', 'tehrik',
  'tehreek', 'lashkar', 'jamaat', 'jamaah', 'jemaah', 'ahrar', 'asaib', 'saraya', 'fatah', 'tanzim',
]);

/** A lower-case word after a capitalised span that marks the span as a news source ("X reported"). */
export const NEWS_CUES: ReadonlySet<string> = new Set(['reported', 'reports', 'quoted', 'broadcast', 'aired']);
