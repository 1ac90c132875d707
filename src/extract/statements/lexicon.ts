/**
 * Word lists for reported speech: general English news usage, no names from any article.
 *
 * Speech verbs come in classes by what follows them:
 * - `clause`: a reported clause, with or without "that" ("said he was ready", "insisted that ...").
 * - `that`: only a "that"-clause (or a quotation) makes a statement: "announced that ..." is one,
 *   "announced the agreement" is not.
 * - `objectTo`: an object and an infinitive: "urged the army to ...", "called on rebels to ...".
 * - `to`: an infinitive: "vowed to ...".
 * - `accuse`: "accused X of ...".
 * A verb may belong to several classes ("warned that ..." and "warned X not to ...").
 */
export type VerbClass = 'clause' | 'that' | 'objectTo' | 'to' | 'accuse';

const CLAUSE = ['say', 'said', 'says', 'saying', 'add', 'added', 'adds', 'adding', 'tell', 'told', 'tells',
  'telling', 'stated', 'insist', 'insisted', 'insists', 'insisting', 'indicate', 'indicated', 'indicates', 'indicating', 'note',
  'noted', 'notes', 'noting', 'explain', 'explained', 'explains', 'stress', 'stressed', 'stresses', 'stressing',
  'emphasize', 'emphasized', 'emphasised', 'argue', 'argued', 'argues',
  'predict', 'predicted', 'suggest', 'suggested', 'suggests', 'assert', 'asserted', 'asserts', 'maintain',
  'maintained', 'maintains', 'contend', 'contended', 'contends', 'contending', 'emphasizes', 'emphasises',
  'emphasizing', 'emphasising', 'emphasise', 'acknowledge', 'acknowledged', 'acknowledges', 'admit',
  'admitted', 'admits', 'allege', 'alleged', 'alleges', 'request', 'requested', 'requests', 'demand', 'demanded', 'demanding', 'arguing', 'suggesting', 'asserting',
  'maintaining', 'explaining', 'complaining', 'admitting', 'acknowledging', 'predicting', 'alleging',
  'demands', 'write', 'wrote', 'writes', 'tweet', 'tweeted', 'tweets', 'reiterate', 'reiterated', 'reiterates',
  'repeat', 'repeated', 'repeats', 'concede', 'conceded', 'concedes', 'recall', 'recalled', 'recalls', 'complain',
  'complained', 'complains', 'observe', 'observed', 'remark', 'remarked', 'testify', 'testified', 'reply',
  'replied', 'answer', 'answered', 'respond', 'responded', 'recount', 'recounted', 'describe', 'described',
  'assure', 'assured', 'assures', 'inform', 'informed', 'informs', 'remind', 'reminded', 'reminds', 'caution',
  'cautioned', 'cautions',
  // Round 8 completions: general reporting verbs of news English ("reaffirmed the army was ready",
  // "countered that the figures were wrong", "reassured residents the water was safe").
  'stating', 'affirm', 'affirmed', 'affirms', 'reaffirm', 'reaffirmed', 'reaffirms', 'reaffirming', 'retorted',
  'countered', 'quipped', 'reassured', 'reassures', 'conceding', 'recalling', 'remarking', 'testifying',
  'cautioning', 'reiterating'];
const THAT = ['announce', 'announced', 'announces', 'announcing', 'confirm', 'confirmed', 'confirms', 'confirming',
  'deny', 'denied', 'denies', 'denying', 'report', 'reported', 'reports', 'reporting', 'claim', 'claimed',
  'claims', 'claiming', 'warn', 'warned', 'warns', 'warning', 'reveal', 'revealed', 'reveals', 'disclose',
  'disclosed', 'declare', 'declared', 'declares', 'agree', 'agreed', 'agrees', 'promise', 'promised', 'promises',
  'pledge', 'pledged', 'pledges', 'vow', 'vowed', 'vows', 'threaten', 'threatened', 'threatens',
  'find', 'found', 'finds', 'conclude', 'concluded', 'concludes', 'express', 'expressed', 'expresses',
  'voice', 'voiced', 'signaled', 'signalled', 'hinted', 'decided', 'urged', 'urges', 'urging', 'asked', 'asks',
  'recommended', 'propose', 'proposed', 'order', 'ordered', 'determine', 'determined', 'accept', 'accepted',
  'accepts',
  // Round 8 completions: verbs that report a that-clause but also take plain noun objects ("underlined the
  // need for talks" is none; "underlined that talks were needed" is one).
  'charged', 'charging', 'underline', 'underlined', 'underlines', 'underscore', 'underscored',
  'underscores', 'highlight', 'highlighted', 'highlights', 'lament', 'lamented', 'laments', 'boast', 'boasted',
  'boasts', 'brag', 'bragged', 'specify', 'specified', 'clarify', 'clarified', 'clarifies', 'mention', 'mentioned',
  'speculate', 'speculated', 'surmised', 'relay', 'relayed', 'convey', 'conveyed', 'divulge', 'divulged', 'attest',
  'attested', 'guarantee', 'guaranteed', 'disclosing', 'revealing', 'declaring', 'pledging', 'vowing'];
const OBJECT_TO = ['urge', 'urged', 'urges', 'urging', 'ask', 'asked', 'asks', 'asking', 'warn', 'warned', 'warns',
  'warning', 'tell', 'told', 'tells', 'encourage', 'encouraged', 'encourages', 'ordered',
  'invite', 'invited', 'invites', 'advise', 'advised', 'advises', 'instruct', 'instructed', 'press', 'pressed',
  'presses', 'implore', 'implored', 'beg', 'begged', 'exhort', 'exhorted', 'challenge', 'challenged',
  // Round 8 completions: "requested residents to stay indoors", "reminded drivers to ...".
  'request', 'requested', 'requests', 'remind', 'reminded', 'reminds', 'beseech', 'beseeched', 'entreat',
  'entreated'];
const TO = ['vow', 'vowed', 'vows', 'vowing', 'pledge', 'pledged', 'pledges', 'pledging', 'promise', 'promised',
  'promises', 'promising', 'threaten', 'threatened', 'threatens', 'threatening', 'swear', 'swore', 'sworn',
  'demand', 'demanded', 'demands'];
// Not "charge"/"charges": in news they are mostly nouns ("while officials investigate charges he ...").
const ACCUSE = ['accuse', 'accused', 'accuses', 'accusing', 'blame', 'blamed', 'blames', 'blaming', 'charged'];

function classes(): Map<string, Set<VerbClass>> {
  const map = new Map<string, Set<VerbClass>>();
  const add = (words: string[], cls: VerbClass): void => {
    for (const w of words) map.set(w, (map.get(w) ?? new Set<VerbClass>()).add(cls));
  };
  add(CLAUSE, 'clause');
  add(THAT, 'that');
  add(OBJECT_TO, 'objectTo');
  add(TO, 'to');
  add(ACCUSE, 'accuse');
  return map;
}

/** Speech verb form (lower case) → its classes. */
export const SPEECH_VERBS: ReadonlyMap<string, ReadonlySet<VerbClass>> = classes();

/** Verbs of the voice that report only a quotation right after them ("shouted "Go!""), never a clause. */
export const VOCAL_VERBS: ReadonlySet<string> = new Set(['shouted', 'shouts', 'shouting', 'screamed', 'screaming',
  'yelled', 'yelling', 'wailed', 'wailing', 'chanted', 'chanting', 'cried', 'crying', 'sobbed', 'pleaded',
  'exclaimed', 'whispered', 'muttered', 'sang']);

/**
 * Two-word speech verbs that take an object and an infinitive: "called on X to", "appealed to X to",
 * "appealed for X to" (a person's plea; "the deal calls for X to" describes a text, not speech).
 */
export const PHRASAL_OBJECT_TO: ReadonlyMap<string, readonly string[]> = new Map([
  ['called', ['on', 'upon']], ['calls', ['on', 'upon']], ['call', ['on', 'upon']], ['calling', ['on', 'upon']],
  ['appealed', ['to', 'for']],
  ['appeals', ['to', 'for']], ['appealing', ['to', 'for']],
  // "pleaded with X to" (round 8 completion, like "called upon X to").
  ['pleaded', ['with']], ['pleads', ['with']], ['pleading', ['with']],
]);

/**
 * Verbs that report a past act only through a perfect infinitive: "claimed to have shot down a drone" is
 * a claim; "rebels, who claim to follow ..." describes them and reports nothing.
 */
export const PERFECT_TO: ReadonlySet<string> = new Set(['claim', 'claimed', 'claims', 'claiming']);

/** Nouns that may stand between a verb and its "that" ("repeated the position that", "expressed concern that"). */
export const THAT_NOUNS: ReadonlySet<string> = new Set(['position', 'view', 'belief', 'concern', 'concerns', 'fear',
  'fears', 'hope', 'hopes', 'assurance', 'assurances', 'warning', 'claim', 'claims', 'assertion', 'message', 'line',
  'stance', 'argument', 'demand', 'demands', 'conviction', 'confidence', 'doubt', 'doubts', 'optimism', 'regret',
  'readiness', 'determination', 'assessment', 'opinion', 'point', 'allegation', 'allegations', 'suspicion', 'alarm']);

/** Words the verb's subject phrase never extends back across. */
export const SUBJECT_BOUNDARIES: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'what', 'but', 'while',
  'whereas', 'because', 'as', 'when', 'after', 'before', 'if', 'since', 'although', 'though', 'where', 'whether',
  'than', 'so', 'until', 'unless', 'once', 'how', 'why', 'whose', 'and', 'or', 'nor', 'yet', 'to', 'by', 'for',
  'of', 'with', 'about', 'said', 'says', 'say']);

/** Words between a subject and its speech verb that belong to neither ("has also said", "had earlier said"). */
export const VERB_MODIFIERS: ReadonlySet<string> = new Set(['has', 'have', 'had', 'also', 'both', 'all', 'earlier',
  'later', 'previously', 'again', 'repeatedly', 'reportedly', 'publicly', 'privately', 'separately', 'further',
  'initially', 'originally', 'subsequently', 'recently', 'then', 'once', 'already', 'still', 'often', 'frequently',
  'would', 'will', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do', 'not', 'never', 'first',
  'immediately', 'quickly', 'openly', 'flatly', 'strongly', 'firmly', 'explicitly', 'officially', 'formally',
  'allegedly', 'apparently', 'simply', 'just', 'only', 'even', 'now', 'today', 'yesterday', 'tonight', 'last',
  'week', 'month', 'year', 'night', 'morning', 'evening', 'afternoon', 'on', 'late', 'early', 'this', 'long', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Forms of "be": a speech verb right after one is passive ("was reported") and makes no statement. */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', "'s"]);

/** Sentence adverbs that open a sentence but are not part of its subject. */
export const OPENING_ADVERBS: ReadonlySet<string> = new Set(['meanwhile', 'however', 'also', 'separately', 'and',
  'but', 'still', 'later', 'earlier', 'elsewhere', 'moreover', 'furthermore', 'instead', 'then', 'now', 'so',
  'yet', 'nonetheless', 'nevertheless', 'additionally', 'overall', 'finally', 'indeed', 'today', 'yesterday']);

/** Prepositions that open an introductory or locative phrase ("In a briefing ...", "From the capital, ..."). */
export const PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'from', 'after', 'before', 'during',
  'speaking', 'addressing', 'writing', 'following', 'despite', 'amid', 'with', 'without', 'for', 'to', 'by',
  'near', 'inside', 'outside', 'since', 'until', 'under', 'over', 'through', 'across', 'when', 'while', 'as',
  'asked', 'according', 'shortly', 'soon', 'later', 'earlier']);

/** Day names, lower-case: "on Thursday", "officials on Monday". */
export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Month names, lower-case (a capitalised token is the month, "may" alone is a verb). */
export const MONTHS: ReadonlySet<string> = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december']);

/** Personal pronouns that can be speakers. */
export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

/**
 * Head nouns of anonymous or generic speakers ("a witness", "local police", "hospital officials",
 * "state media"): the speaker is kept as the article's head phrase.
 */
export const GENERIC_HEADS: ReadonlySet<string> = new Set(['official', 'officials', 'police', 'policemen',
  'source', 'sources', 'witness', 'witnesses', 'resident', 'residents', 'doctor', 'doctors', 'medic', 'medics',
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'account', 'accounts', 'report', 'reports', 'media',
  'television', 'tv', 'radio', 'newspaper', 'newspapers', 'agency', 'agencies', 'observers', 'analysts', 'experts',
  'activists', 'activist', 'authorities', 'government', 'military', 'army', 'forces', 'troops', 'soldiers',
  'militants', 'rebels', 'insurgents', 'fighters', 'leaders', 'leader', 'commander', 'commanders', 'diplomats',
  'diplomat', 'survivors', 'survivor', 'villagers', 'people', 'relatives', 'families', 'staff', 'workers', 'groups',
  'group', 'monitors', 'monitor', 'opposition', 'ministry', 'statement', 'statements', 'spokesmen', 'negotiators',
  'mediators', 'investigators', 'prosecutors', 'lawmakers', 'members', 'administration', 'coalition', 'junta',
  'council', 'committee', 'mission', 'office', 'board', 'security', 'campaigners', 'organizers', 'organisers',
  'protesters', 'students', 'teachers', 'aid', 'worker', 'paramedics', 'nurses', 'hospital', 'hospitals',
  'eyewitness', 'eyewitnesses', 'tweet', 'post', 'communique', 'communiqué', 'release', 'broadcaster', 'militia',
  'militias', 'movement', 'party', 'regime', 'junta', 'cabinet', 'parliament', 'court', 'tribunal', 'company',
  'firm', 'network', 'alliance', 'bloc', 'faction', 'factions', 'clan', 'tribe', 'elders', 'gunmen', 'family',
  'embassy', 'consulate', 'department', 'commission', 'presidency', 'palace', 'charity', 'union', 'federation',
  'association', 'command', 'headquarters', 'service', 'services', 'unit', 'units', 'side', 'sides', 'delegation',
  'delegations', 'hospital', 'clinic', 'ngo', 'ngos', 'watchdog', 'observatory', 'outlet', 'daily', 'channel',
  'critics', 'critic', 'opponents', 'supporters', 'allies', 'mourners', 'victims', 'parents', 'elder', 'cleric',
  'clerics', 'medics', 'rescuers', 'crew', 'passengers', 'citizens', 'locals', 'refugees', 'head', 'guest', 'guests',
  'guard', 'guards', 'man', 'men', 'woman', 'women', 'children', 'mother', 'father', 'son', 'daughter', 'brother',
  'sister', 'wife', 'husband', 'neighbours', 'neighbors', 'friends', 'colleagues', 'pilgrims', 'fishermen', 'youths',
  'bystanders', 'onlookers', 'employees', 'staffers', 'pupils', 'detainees', 'hostages', 'captives', 'review',
  'study', 'survey', 'assessment', 'analysis', 'audit', 'investigation', 'inquiry', 'probe', 'findings', 'body',
  'personnel', 'wing', 'team', 'teams', 'crews', 'responders', 'intelligence',
  // service branches speak like the army: "the navy said", "the air force said"
  'navy', 'force', 'marines', 'gendarmerie', 'gendarmes', 'coastguard']);

/** Generic heads that name a body, not a person: "it" can refer to them ("the government ... it said"). */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set(['government', 'army', 'military', 'ministry', 'agency',
  'coalition', 'junta', 'administration', 'council', 'committee', 'mission', 'office', 'command', 'group', 'militia',
  'movement', 'party', 'regime', 'cabinet', 'parliament', 'court', 'tribunal', 'company', 'firm', 'network',
  'alliance', 'bloc', 'embassy', 'consulate', 'department', 'commission', 'presidency', 'service', 'unit',
  'delegation', 'hospital', 'clinic', 'television', 'tv', 'radio', 'newspaper', 'broadcaster', 'channel', 'outlet',
  'observatory', 'watchdog', 'charity', 'union', 'federation', 'association', 'authority', 'statement', 'report',
  'board', 'organization', 'organisation', 'force', 'navy', 'palace', 'body', 'wing']);

/** Titles that refer back to a person the article introduced with them ("the general said"). */
export const TITLE_HEADS: ReadonlySet<string> = new Set(['general', 'colonel', 'major', 'captain', 'minister',
  'president', 'premier', 'governor', 'mayor', 'envoy', 'ambassador', 'secretary', 'chief', 'king', 'queen',
  'prince', 'emir', 'chairman', 'director', 'judge', 'prosecutor', 'senator', 'lawmaker', 'legislator', 'deputy',
  'aide', 'adviser', 'advisor', 'spokesman', 'spokeswoman', 'commander']);

/** Heads that stand for a document its issuer put out ("the statement said", "the report said"). */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set(['statement', 'report', 'communique', 'communiqué',
  'release', 'tweet', 'post', 'letter', 'message', 'document', 'broadcast', 'bulletin']);

/** Words that make a verb's complement a clause rather than a bare noun object. */
export const CLAUSE_MARKERS: ReadonlySet<string> = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', 'has',
  'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', 'did', 'does', 'do',
  'remains', 'remained', 'needs', 'needed', 'wants', 'wanted', 'plans', 'planned', 'intends', 'seems', 'appears']);

/** Introductory settings of speech: "told a news conference in X", "at a briefing in X". */
export const SETTING_NOUNS: ReadonlySet<string> = new Set(['conference', 'briefing', 'meeting', 'summit', 'rally',
  'speech', 'address', 'interview', 'session', 'hearing', 'ceremony', 'gathering', 'forum', 'event', 'visit',
  'talks']);

/** Verbs of an act done in words ("thanked X for 'a step'", "condemned 'the attack'"): fragments are its words. */
export const ACT_VERBS: ReadonlySet<string> = new Set(['thanked', 'praised', 'condemned', 'denounced', 'welcomed',
  'criticized', 'criticised', 'described', 'called', 'hailed', 'slammed', 'lauded', 'blasted', 'decried', 'dismissed',
  'branded', 'labeled', 'labelled', 'termed', 'rejected', 'vowed', 'promised', 'pledged', 'warned', 'urged', 'accused',
  'blamed']);

/** Irregular simple pasts common in conflict reports ("told reporters the army took the town"); none is also a common noun. */
export const IRREGULAR_PASTS: ReadonlySet<string> = new Set(['took', 'went', 'came', 'fled', 'began', 'fought', 'struck',
  'shot', 'saw', 'won', 'broke', 'ran', 'sent', 'blew', 'stole', 'knew', 'rose', 'drove', 'threw', 'brought', 'caught',
  'kept', 'withdrew', 'overran', 'swept', 'sought', 'gave', 'made', 'held', 'fell', 'became', 'forced', 'stormed', 'spoke',
  'told', 'wrote']);
