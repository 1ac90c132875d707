/** General English word lists for the entity component. Lower-cased. */

/** Function words and common sentence openers: never a name by themselves. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'so', 'yet', 'for', 'of', 'in', 'on', 'at', 'to', 'from',
  'by', 'with', 'without', 'about', 'after', 'before', 'during', 'since', 'until', 'as', 'if', 'when',
  'while', 'where', 'which', 'who', 'whom', 'whose', 'what', 'why', 'how', 'that', 'this', 'these', 'those',
  'there', 'here', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my',
  'your', 'him', 'them', 'us', 'me', 'some', 'many', 'most', 'all', 'any', 'each', 'every', 'both', 'few',
  'several', 'no', 'not', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'meanwhile', 'however', 'also', 'still', 'earlier', 'later', 'last', 'next', 'then', 'now', 'today',
  'yesterday', 'tomorrow', 'related', 'photo', 'video', 'watch', 'read', 'more', 'update', 'updated',
  'according', 'among', 'despite', 'under', 'over', 'into', 'near', 'outside', 'inside', 'across',
  'against', 'between', 'through', 'although', 'though', 'because', 'once', 'other', 'another', 'such',
  'said', 'says', 'is', 'was', 'are', 'were', 'will', 'would', 'has', 'have', 'had', 'do', 'did', 'does',
  'be', 'been', 'can', 'could', 'should', 'may', 'might', 'must', 'just', 'only', 'even', 'already',
]);

export const MONTHS_AND_DAYS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.',
  'nov.', 'dec.', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/**
 * Religions, sects, ethnic and ideological words, and holidays: capitalised, but neither people, places
 * nor organizations by themselves.
 */
export const GROUP_ADJECTIVES: ReadonlySet<string> = new Set([
  'sunni', 'sunnis', 'shia', 'shias', 'shiite', 'shiites', "shi'ite", 'alawite', 'alawites', 'christian',
  'christians', 'muslim', 'muslims', 'islamic', 'islamist', 'islamists', 'jewish', 'jews', 'catholic',
  'orthodox', 'protestant', 'hindu', 'hindus', 'buddhist', 'sikh', 'druze', 'yazidi', 'yazidis', 'kurd',
  'kurds', 'kurdish', 'arab', 'arabs', 'arabic', 'pashtun', 'pashtuns', 'tajik', 'hazara', 'baloch',
  'turkmen', 'berber', 'tuareg', 'western', 'eastern', 'northern', 'southern', 'central', 'english',
  'ramadan', 'ashura', 'eid', 'christmas', 'easter', 'islam', 'sharia', 'jihad', 'jihadist', 'jihadists',
  'salafist', 'wahhabi', 'sufi', 'god', 'allah', 'internet', 'twitter', 'facebook', 'telegram', 'youtube',
  'whatsapp', 'asian', 'african', 'european', 'latin', 'middle', 'south', 'north', 'east', 'west',
  'cease-fire', 'ceasefire', 'mr', 'gmt', 'utc', 'am', 'pm', 'ok',
]);

/** Words after a name that make it a place, with the kind they give ("Nangarhar province"). */
export const PLACE_DESIGNATORS: ReadonlyMap<string, 'admin1' | 'admin2' | 'city' | 'town' | 'neighbourhood' | 'landmark' | 'region'> = new Map([
  ['province', 'admin1'], ['governorate', 'admin1'], ['state', 'admin1'], ['prefecture', 'admin1'],
  ['region', 'region'], ['district', 'admin2'], ['county', 'admin2'], ['municipality', 'admin2'],
  ['city', 'city'], ['town', 'town'], ['village', 'town'], ['neighborhood', 'neighbourhood'],
  ['neighbourhood', 'neighbourhood'], ['quarter', 'neighbourhood'], ['suburb', 'neighbourhood'],
  ['area', 'region'], ['valley', 'region'], ['square', 'landmark'], ['camp', 'landmark'],
  ['airport', 'landmark'], ['base', 'landmark'], ['border', 'region'], ['crossing', 'landmark'],
  ['forest', 'landmark'], ['mountains', 'landmark'], ['hills', 'landmark'], ['river', 'landmark'], ['desert', 'landmark'],
]);

/** Capitalised final words that make a name a geographic feature ("Red Sea", "Swat Valley"). */
export const LANDMARK_HEADS: ReadonlySet<string> = new Set([
  'sea', 'ocean', 'gulf', 'bay', 'river', 'lake', 'mountains', 'mountain', 'mount', 'valley', 'desert',
  'strait', 'straits', 'peninsula', 'island', 'islands', 'square', 'bridge', 'airport', 'mosque', 'camp',
  'canal', 'coast', 'plain', 'plains', 'hills', 'heights', 'province', 'district', 'region', 'governorate',
  'zone', 'corridor', 'highway', 'road', 'street', 'market', 'palace', 'stadium', 'port', 'harbor',
  'hospital', 'clinic', 'strip', 'basin', 'delta', 'oasis', 'plateau', 'pass', 'hotel', 'school', 'church', 'prison', 'compound', 'checkpoint', 'mall', 'cathedral', 'shrine', 'temple',
]);

/** Prepositions after which a capitalised name is usually a place ("in X", "near X"). */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'near', 'outside', 'inside', 'at', 'from', 'to', 'across', 'around', 'towards', 'toward', 'into',
  'throughout', 'across', 'through', 'via', 'of',
]);

/** Nouns heading an unnamed actor: speakers, sources or perpetrators, not organizations. */
export const GENERIC_ACTOR_HEADS: ReadonlySet<string> = new Set([
  'police', 'policeman', 'policemen', 'official', 'officials', 'government', 'authorities', 'forces',
  'troops', 'army', 'military', 'soldiers', 'witness', 'witnesses', 'resident', 'residents', 'source',
  'sources', 'spokesman', 'spokeswoman', 'spokesperson', 'doctors', 'doctor', 'medics', 'activists',
  'militants', 'rebels', 'insurgents', 'gunmen', 'fighters', 'media', 'television', 'agency', 'ministry',
  'junta', 'regime', 'administration', 'monitors', 'observers', 'group', 'statement', 'report', 'accounts',
  'elders', 'leaders', 'commander', 'commanders', 'investigators', 'analysts', 'diplomats', 'aid workers',
]);

/** Modifiers that can stand in an unnamed actor's phrase ("local police", "hospital officials"). */
export const GENERIC_MODIFIERS: ReadonlySet<string> = new Set([
  'local', 'provincial', 'district', 'regional', 'security', 'government', 'hospital', 'health', 'state',
  'state-run', 'senior', 'top', 'military', 'police', 'intelligence', 'army', 'western', 'foreign',
  'medical', 'rescue', 'tribal', 'some', 'other', 'two', 'three', 'several', 'many', 'federal', 'interim',
  'official', 'independent', 'human', 'rights', 'aid', 'eyewitness', 'unnamed', 'anonymous', 'defense',
  'a', 'an', 'one',
]);

/** Words that make a capitalised phrase a thing, an event or a day, never a person ("Peace Plan",
 * "Election Day", "Operation X", "Eid al-Fitr"). */
export const NOT_PERSON_WORDS: ReadonlySet<string> = new Set([
  'day', 'days', 'plan', 'spring', 'rights', 'conventions', 'convention', 'operation', 'war', 'agreement', 'accord',
  'accords', 'treaty', 'conference', 'summit', 'talks', 'process', 'act', 'law', 'resolution', 'initiative',
  'program', 'programme', 'strategy', 'doctrine', 'festival', 'holiday', 'prize', 'award', 'cup', 'games', 'week',
  'year', 'revolution', 'uprising', 'crisis', 'protocol', 'declaration', 'charter', 'constitution', 'report',
  'index', 'peace', 'election', 'elections', 'christmas', 'eid', 'fitr', 'adha', 'world', 'civil', 'society',
  'news', 'online', 'plaza', 'monument', 'memorial', 'museum', 'tower', 'towers', 'center', 'centre', 'hall',
  'avenue', 'parade', 'street', 'boulevard', 'party', 'league', 'series', 'march', 'rally',
]);

/** Capitalised abbreviations that name things, not organizations ("IED", "RPG", "TV"). */
export const NON_ORG_ACRONYMS: ReadonlySet<string> = new Set([
  'IED', 'IEDS', 'VBIED', 'VBIEDS', 'RPG', 'RPGS', 'TV', 'CEO', 'NGO', 'NGOS', 'COVID', 'HIV', 'AIDS', 'GDP', 'SUV',
  'SUVS', 'UAV', 'UAVS', 'MP', 'MPS', 'PM', 'AM', 'AK', 'TNT', 'DNA', 'ID', 'FM', 'GMT', 'UTC', 'OK', 'PDF', 'SMS',
  'GPS', 'CCTV', 'VIP', 'VIPS', 'POW', 'POWS', 'IDP', 'IDPS', 'MRAP', 'APC', 'APCS', 'ATGM', 'MLRS', 'HQ', 'ET', 'EST',
]);
