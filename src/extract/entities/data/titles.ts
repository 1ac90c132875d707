/**
 * Titles, ranks and offices that stand before a name ("President", "Lt. Gen.", "Interior Ministry
 * spokesman") or head a role phrase ("the governor of ..."). Lower-cased; general English news usage.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  // heads of state and government
  'president', 'vice', 'prime', 'premier', 'chancellor', 'king', 'queen', 'prince', 'princess', 'crown',
  'emir', 'sultan', 'sheikh', 'shaikh', 'monarch', 'dictator', 'leader',
  // ministers and officials
  'minister', 'secretary', 'secretary-general', 'undersecretary', 'under-secretary', 'deputy', 'assistant',
  'spokesman', 'spokeswoman', 'spokesperson', 'governor', 'lieutenant-governor', 'mayor', 'ambassador',
  'envoy', 'commissioner', 'administrator', 'director', 'director-general', 'chief', 'head', 'chairman',
  'chairwoman', 'chair', 'senator', 'congressman', 'congresswoman', 'lawmaker', 'legislator', 'mp',
  'speaker', 'attorney', 'prosecutor', 'judge', 'justice', 'official', 'councillor', 'councilor',
  'representative', 'delegate', 'negotiator', 'adviser', 'advisor', 'counselor', 'consul', 'diplomat',
  'inspector', 'superintendent', 'coordinator', 'counterpart', 'successor', 'predecessor',
  // military and police ranks
  'general', 'gen.', 'lt.', 'lieutenant', 'col.', 'colonel', 'maj.', 'major', 'capt.', 'captain', 'sgt.',
  'sergeant', 'corporal', 'private', 'admiral', 'adm.', 'commander', 'cmdr.', 'brig.', 'brigadier',
  'marshal', 'field', 'commandant', 'officer', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm',
  // religious
  'pope', 'cardinal', 'archbishop', 'bishop', 'imam', 'ayatollah', 'grand', 'mullah', 'maulana', 'mufti',
  'cleric', 'rabbi', 'reverend', 'rev.', 'prophet', 'patriarch',
  // honorifics
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'mr', 'mrs', 'ms', 'dr', 'prof', 'professor', 'sir', 'lord', 'lady',
  'dame', 'haji', 'hajji',
  // other roles that often precede a name in news text
  'correspondent', 'reporter', 'analyst', 'activist', 'militant', 'commander-in-chief', 'founder',
  'witness', 'resident', 'elder', 'aide', 'assistant', 'scholar', 'expert', 'lawyer', 'teacher', 'engineer', 'survivor', 'doctor', 'nurse', 'farmer', 'student', 'journalist', 'photographer',
]);

/** Words of a role phrase that make its holder a public official. */
export const OFFICIAL_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'premier', 'chancellor', 'king', 'queen', 'prince', 'emir', 'sultan',
  'minister', 'secretary', 'secretary-general', 'undersecretary', 'under-secretary', 'spokesman',
  'spokeswoman', 'spokesperson', 'governor', 'mayor', 'ambassador', 'envoy', 'commissioner',
  'administrator', 'senator', 'congressman', 'congresswoman', 'lawmaker', 'legislator', 'mp', 'speaker',
  'attorney', 'prosecutor', 'judge', 'justice', 'official', 'consul', 'diplomat', 'general', 'gen.',
  'lt.', 'lieutenant', 'colonel', 'col.', 'major', 'maj.', 'captain', 'capt.', 'admiral', 'commander',
  'brigadier', 'marshal', 'chief', 'director', 'director-general', 'chairman', 'counterpart', 'police',
  'ministry', 'dictator',
]);

/** Titles that keep a one-word name as the person's name ("King Abdullah", "Prophet Muhammad"). */
export const NAME_KEEPING_TITLES: ReadonlySet<string> = new Set([
  'king', 'queen', 'prince', 'princess', 'emir', 'sultan', 'sheikh', 'shaikh', 'pope', 'prophet', 'imam',
  'ayatollah', 'mullah', 'maulana', 'general', 'gen.', 'president',
]);

/** Honorifics dropped from a person's name (but kept as part of the role). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'lady', 'dame', 'prof.', 'professor',
]);

/** Lower-case particles inside Arabic, Persian, European names ("Bashar al-Assad", "Osama bin Laden"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'bin', 'ibn', 'bint', 'abu', 'abd', 'de', 'da', 'di', 'del', 'della', 'van', 'von', 'der',
  'den', 'du', 'la', 'le', 'ul', 'ud', 'ad', 'as', 'ash', 'ar',
]);

/** Honorifics that also occur inside a full name ("Hassan Sheikh Mohamud", "Mohammed Haji Ali"). */
export const NAME_INTERNAL_TITLES: ReadonlySet<string> = new Set(['sheikh', 'shaikh', 'haji', 'hajji', 'mullah', 'sayed', 'syed', 'sayyid']);

/** Ranks and honorifics: a title made only of these is completed by an apposition when there is one. */
export const RANKS_AND_HONORIFICS: ReadonlySet<string> = new Set([
  'gen.', 'gen', 'general', 'lt.', 'lt', 'lieutenant', 'col.', 'col', 'colonel', 'maj.', 'maj', 'major', 'capt.', 'capt',
  'captain', 'sgt.', 'sgt', 'sergeant', 'brig.', 'brigadier', 'adm.', 'admiral', 'cmdr.', 'commander', 'marshal', 'field',
  'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'dr.', 'dr', 'sir', 'mullah', 'maulana', 'sheikh', 'shaikh', 'haji', 'hajji',
  'imam', 'ayatollah', 'grand', 'rev.', 'reverend', 'prof.', 'professor',
]);
