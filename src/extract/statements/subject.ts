import type { Token } from '../doc.ts';
import { BE_FORMS, GENERIC_HEADS, IRREGULAR_PASTS, OPENING_ADVERBS, PREPOSITIONS, SUBJECT_BOUNDARIES, VERB_MODIFIERS } from './lexicon.ts';
import { anonymityWho, identifyingRelative } from './relative-clause.ts';
import type { SentenceView } from './units.ts';

/** Token range [from, to) of a sentence's tokens. */
export interface TokenRange {
  from: number;
  to: number;
}

/** How the subject of a speech verb was found. */
export type SubjectHow =
  /** A noun phrase right before the verb ("Officials said"). */
  | 'phrase'
  /** A second verb of the same subject ("... and said", "..., saying"): the clause's first speaker. */
  | 'shared';

export interface SubjectFind {
  how: SubjectHow;
  range: TokenRange | null;
  /** Token index where this speech clause begins: a coordinator ("but", "and", ",") or the subject. */
  clauseStart: number;
  /** The word that bounds the clause on the left, lower-cased ("" at sentence start). */
  boundary: string;
  /** "X quoted Y as saying": X, who reports Y's words (Y is `range`). */
  quoter?: TokenRange;
}

const QUOTE_VERBS = new Set(['quoted', 'quotes', 'quote', 'quoting', 'cited', 'cites']);

const FINITE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may',
  'might', 'must', 'should', 'did', 'does', 'do']);
const PUNCT = /^[,;:()\u2014\u2013"\u201c\u201d\u2018\u2019'\u00ab\u00bb]$|^--$|^-$/;
const DETERMINER_START = new Set(['the', 'a', 'an', 'who', 'which', 'whose', 'where', 'his', 'her', 'its', 'their',
  'himself', 'herself', 'itself', 'themselves', 'also', 'now', 'then', 'previously', 'formerly']);

/** An all-capital token ("IS", "DO") is a name, never the verb its lower-case form spells. */
function isAcronym(view: SentenceView, k: number): boolean {
  return /^\p{Lu}{2,}$/u.test(view.tokens[k]?.text ?? '');
}

function hasFinite(view: SentenceView, r: TokenRange): boolean {
  for (let k = r.from; k < r.to; k++) if (FINITE.has(view.lower[k] ?? '') && !isAcronym(view, k)) return true;
  return false;
}

export function isPunct(text: string): boolean {
  return PUNCT.test(text);
}

function isCapitalized(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}

const DETERMINER_BEFORE = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that', "'s"]);
const LY_NOUNS = new Set(['family', 'rally', 'ally', 'assembly', 'supply', 'daily', 'weekly', 'monthly', 'anomaly',
  'reply', 'july', 'italy', 'bully', 'fly', 'homily']);

/** "The group unexpectedly announced": an -ly adverb after the subject, not a noun after a determiner. */
function isMannerAdverb(view: SentenceView, j: number): boolean {
  const w = view.lower[j] ?? '';
  const t = view.tokens[j]?.text ?? '';
  return /^[a-z]{3,}ly$/.test(t) && !LY_NOUNS.has(w) && j > 0 && !DETERMINER_BEFORE.has(view.lower[j - 1] ?? '');
}

/** Skip words that stand between a subject and its verb ("has also", "last week", "on Saturday"). */
export function skipModifiersBack(view: SentenceView, from: number): number {
  let j = from;
  while (j >= 0 && (VERB_MODIFIERS.has(view.lower[j] ?? '') || isMannerAdverb(view, j))) j--;
  return j;
}

/** Whether `and` at index j may join two noun phrases of one subject ("officials and local police"). */
function joinsNounPhrases(view: SentenceView, j: number): boolean {
  const before = view.tokens[j - 1]?.text ?? '';
  return isCapitalized(before) || GENERIC_HEADS.has(before.toLowerCase()) || /^[a-z]+(?:er|or|ist|ian|ant|ent)s$/.test(before);
}

/** A hyphen with no space either side joins one compound word ("U.S.-led", "Paris-based"). */
function isGluedHyphen(view: SentenceView, k: number): boolean {
  const [a, h, b] = [view.tokens[k - 1], view.tokens[k], view.tokens[k + 1]];
  return !!a && !!h && !!b && /^[-\u2013]$/.test(h.text) && a.end === h.start && h.end === b.start;
}

/** Start of the segment ending just before index `end` (exclusive), stopping at a boundary. */
function segmentStart(view: SentenceView, end: number): { start: number; boundary: string } {
  let k = end - 1;
  while (k >= 0) {
    const w = view.lower[k] ?? '';
    if (isGluedHyphen(view, k) || isPluralPossessive(view, k)) {
      k--;
      continue;
    }
    if (isPunct(w)) break;
    if ((w === 'and' || w === 'or') && joinsNounPhrases(view, k)) {
      k--;
      continue;
    }
    // A capitalised "Said" inside a name ("Ahmed Said") is no boundary.
    const inName = k > 0 && isCapitalized(view.tokens[k]?.text ?? '') && ['said', 'says', 'say'].includes(w);
    if (SUBJECT_BOUNDARIES.has(w) && !inName && !['of', 'for', 'by', 'to', 'with', 'about'].includes(w)) break;
    k--;
  }
  return { start: k + 1, boundary: k >= 0 ? (view.lower[k] ?? '') : '' };
}

const PRONOUN_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i']);
/** "the rebels' spokesman": an apostrophe glued to a plural and followed by a space is a possessive. */
export function isPluralPossessive(view: SentenceView, k: number): boolean {
  const [a, m, b] = [view.tokens[k - 1], view.tokens[k], view.tokens[k + 1]];
  return !!a && !!m && !!b && /^['\u2019]$/.test(m.text) && a.end === m.start && /s$/i.test(a.text) && b.start > m.end &&
    /^\p{L}/u.test(b.text);
}

const DASHES = new Set(['\u2014', '\u2013', '--']);

/** A dash, or a hyphen with spaces on both sides standing for one ("the group - battered by X - says"). */
function isDash(view: SentenceView, k: number): boolean {
  const w = view.lower[k] ?? '';
  if (DASHES.has(w)) return true;
  const t = view.tokens[k];
  const prev = view.tokens[k - 1];
  const next = view.tokens[k + 1];
  return w === '-' && t !== undefined && prev !== undefined && next !== undefined && prev.end < t.start && next.start > t.end;
}

/** "a spokesman for the mission \u2014known as X\u2014 said": the subject stands before the dashed insert. */
function skipDashInsert(view: SentenceView, j: number): number {
  if (!isDash(view, j)) return j;
  for (let k = j - 1; k >= Math.max(1, j - 10); k--) {
    const w = view.lower[k] ?? '';
    if (isDash(view, k)) return k - 1;
    if (isPunct(w)) return j;
  }
  return j;
}

/** A segment that opens with a determiner or relative word after a comma is an appositive or relative clause. */
function isAppositive(view: SentenceView, range: TokenRange): boolean {
  // "X Y, one of the injured villagers, said": a partitive describes the name before it.
  const partitive = view.lower[range.from] === 'one' && view.lower[range.from + 1] === 'of';
  return DETERMINER_START.has(view.lower[range.from] ?? '') || view.lower[range.from + 1] === "'s" || partitive;
}

function opensWithPreposition(view: SentenceView, from: number): boolean {
  const w = view.lower[from] ?? '';
  return PREPOSITIONS.has(w) || w.endsWith('ing');
}

/** Drops sentence adverbs at the start of a subject ("Meanwhile", "However"). */
function trimOpening(view: SentenceView, range: TokenRange): TokenRange {
  let from = range.from;
  while (from < range.to && OPENING_ADVERBS.has(view.lower[from] ?? '')) from++;
  return { from, to: range.to };
}

/** "quotes a prominent leader, X Y, as saying": the name in apposition names the one quoted best. */
function quotedOne(view: SentenceView, from: number, to: number): TokenRange {
  let end = to;
  while (end > from && view.lower[end - 1] === ',') end--;
  let k = end;
  while (k > from && /^\p{Lu}/u.test(view.tokens[k - 1]?.text ?? '')) k--;
  return k < end && k > from && view.lower[k - 1] === ',' ? { from: k, to: end } : { from, to: end };
}

/**
 * The subject of the speech verb at token `v`, walking back over modifiers, appositives ("X, the
 * commander of Y, said") and relative clauses ("X, who ..., said"). Null when the verb is passive.
 */
/** Index of the be-form in "<be> quoted/cited (by <outlet>) as <verb>" ending at verb `v`, or -1. */
export function passiveQuoteAt(view: SentenceView, v: number): number {
  if (view.lower[v - 1] !== 'as') return -1;
  const at = (k: number): boolean => ['quoted', 'cited'].includes(view.lower[k] ?? '') && BE_FORMS.has(view.lower[k - 1] ?? '');
  if (at(v - 2)) return v - 3;
  for (let k = v - 3; k >= Math.max(1, v - 10); k--) {
    if (isPunct(view.lower[k] ?? '')) return -1;
    if (view.lower[k] === 'by' && at(k - 1)) return k - 2;
  }
  return -1;
}

export function findSubject(view: SentenceView, v: number): SubjectFind | null {
  // "X was quoted as saying ...": the subject stands before "was quoted as". Also "X was quoted by local
  // radio as saying ...", "X was cited by the agency as saying ...": the outlet after "by" is the channel.
  const passive = passiveQuoteAt(view, v);
  if (passive > 0) {
    const end = passive;
    const seg = segmentStart(view, end);
    const range = trimOpening(view, { from: seg.start, to: end });
    return range.to > range.from ? { how: 'phrase', range, clauseStart: range.from, boundary: seg.boundary } : null;
  }
  // "Media quoted the general as saying ...": the one quoted is the speaker.
  if (view.lower[v - 1] === 'as' && view.lower[v] === 'saying') {
    let quoted = v - 2;
    while (quoted >= Math.max(0, v - 12) && !QUOTE_VERBS.has(view.lower[quoted] ?? '')) quoted--;
    if (quoted >= 0 && QUOTE_VERBS.has(view.lower[quoted] ?? '') && quoted + 1 < v - 1) {
      const seg = segmentStart(view, skipModifiersBack(view, quoted - 1) + 1);
      const quoter = trimOpening(view, { from: seg.start, to: skipModifiersBack(view, quoted - 1) + 1 });
      const found: SubjectFind = { how: 'phrase', range: quotedOne(view, quoted + 1, v - 1), clauseStart: quoted + 1, boundary: 'quoted' };
      if (quoter.to > quoter.from) found.quoter = quoter;
      return found;
    }
  }
  let j = skipDashInsert(view, skipModifiersBack(view, v - 1));
  if (j < 0) return null;
  // "The <Org> mission (ABC) warned": a short bracketed form between the subject and its verb.
  if (view.lower[j] === ')') {
    const open = view.lower.lastIndexOf('(', j);
    if (open > 0 && j - open <= 5) j = skipModifiersBack(view, open - 1);
  }
  // "It went on to say that ...", "he continued to insist ...": the subject of the aspect verb speaks.
  if (view.lower[j] === 'to') {
    const aspect = view.lower[j - 1] === 'on' && ['went', 'goes', 'go', 'going'].includes(view.lower[j - 2] ?? '') ? j - 2
      : ['continued', 'continues', 'proceeded', 'proceeds'].includes(view.lower[j - 1] ?? '') ? j - 1 : -1;
    if (aspect > 0) j = skipModifiersBack(view, aspect - 1);
    if (j < 0) return null;
  }
  // "The protesters were demanding that ...": be + -ing is the progressive, an active verb.
  if (BE_FORMS.has(view.lower[j] ?? '') && view.lower[j] !== "'s" && /ing$/.test(view.lower[v] ?? '') && j > 0) {
    j = skipModifiersBack(view, j - 1);
    if (j < 0) return null;
  }
  // "Officials did not say how many died": a denied act of speech reports nothing.
  if (view.lower.slice(j + 1, v).some((x) => x === 'not' || x === 'never' || x === "n't")) return null;
  const w = view.lower[j] ?? '';
  if (BE_FORMS.has(w) && !isAcronym(view, j)) return null; // "said" after "IS" (a group) is active
  const verb = view.lower[v] ?? '';
  if (w === 'and' || w === 'but' || w === 'or') return { how: 'shared', range: null, clauseStart: j, boundary: w };
  if (w === ',' && verb.endsWith('ing')) return { how: 'shared', range: null, clauseStart: j, boundary: w };
  // 'would be "found and destroyed," adding that ...': the comma stands inside the closing quotation mark.
  if (/^["\u201d]$/.test(view.tokens[j]?.text ?? '') && view.lower[j - 1] === ',' && verb.endsWith('ing')) {
    return { how: 'shared', range: null, clauseStart: j, boundary: ',' };
  }
  if (w === 'to') return null; // an infinitive ("in order to encourage"), not a finite speech act
  // "X, who said ...": the relative pronoun stands for the part before the comma.
  if ((w === 'who' || w === 'which') && view.lower[j - 1] === ',') {
    const range = antecedent(view, j - 1);
    return range ? { how: 'phrase', range, clauseStart: j, boundary: w } : null;
  }
  if (w === ',') return subjectBeforeInsert(view, j);
  // "An official who spoke on condition of anonymity because he was not authorized ... said".
  const quiet = anonymityWho(view, j + 1);
  if (quiet > 1) {
    const before = segmentStart(view, quiet);
    const range = trimOpening(view, { from: before.start, to: quiet });
    if (range.to > range.from && !hasFinite(view, range)) return { how: 'phrase', range, clauseStart: range.from, boundary: before.boundary };
  }
  let seg = segmentStart(view, j + 1);
  // "A police officer who declined to be named said ...": the subject stands before the relative clause.
  if ((seg.boundary === 'who' || seg.boundary === 'whose') && seg.start >= 2 && !isPunct(view.lower[seg.start - 2] ?? '')) {
    const rel = seg.start - 1;
    seg = segmentStart(view, rel);
    const before = trimOpening(view, { from: seg.start, to: rel });
    // "A shopkeeper who works at the bazaar said": a clause that says who an unnamed speaker is stays.
    const range = identifyingRelative(view, before.from, rel, j + 1) ? { from: before.from, to: j + 1 } : before;
    return range.to > range.from ? { how: 'phrase', range, clauseStart: range.from, boundary: seg.boundary } : null;
  }
  const range = trimOpening(view, { from: seg.start, to: j + 1 });
  if (range.to <= range.from) return null;
  // "He rejected official claims ...": a pronoun is a whole subject; words after it are its clause.
  if (range.to - range.from > 1 && PRONOUN_SUBJECTS.has(view.lower[range.from] ?? '')) return null;
  // "After the bombing he says ...": words before a pronoun subject are an adverbial without its comma.
  if (range.to - range.from > 1 && PRONOUN_SUBJECTS.has(view.lower[range.to - 1] ?? '')) {
    return { how: 'phrase', range: { from: range.to - 1, to: range.to }, clauseStart: range.to - 1, boundary: seg.boundary };
  }
  // A finite verb inside means the walk crossed a clause ("the clashes are preventing ... from restoring order").
  if (hasFinite(view, range)) return null;
  // "X took office last spring vowing to ...": a participle after a clause in the simple past is its subject's.
  if (verb.endsWith('ing') && range.to - range.from > 2 &&
    view.lower.slice(range.from + 1, range.to).some((x, i) => IRREGULAR_PASTS.has(x) && !isCapitalized(view.tokens[range.from + 1 + i]?.text ?? ''))) {
    return { how: 'shared', range: null, clauseStart: j + 1, boundary: '' };
  }
  return { how: 'phrase', range, clauseStart: range.from, boundary: seg.boundary };
}

/** The comma-delimited part of the sentence that ends just before `end`. */
function commaPart(view: SentenceView, end: number): TokenRange & { sep: string } {
  let k = end - 1;
  while (k >= 0 && (!isPunct(view.lower[k] ?? '') || isGluedHyphen(view, k))) k--; // "a 35-year-old teacher"
  return { from: k + 1, to: end, sep: k >= 0 ? (view.lower[k] ?? '') : '' };
}

const OBJECT_START = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'at', 'more', 'several', 'dozens', 'hundreds']);

/** A past-tense verb followed by its object ("killed 12 people", "attacked the base") inside a phrase. */
function hasVerbWithObject(view: SentenceView, range: TokenRange): boolean {
  for (let k = range.from + 1; k < range.to - 1; k++) {
    const w = view.lower[k] ?? '';
    const next = view.lower[k + 1] ?? '';
    if (/^[a-z]+ed$/.test(w) && (OBJECT_START.has(next) || /^\d/.test(next))) return true;
  }
  return false;
}

/**
 * What "who"/"which" after the comma at `comma` stands for: the whole part before it when that is a
 * noun phrase; else the name (or "X's ambassador") that ends it ("the talks were led by Norland's envoy").
 */
function antecedent(view: SentenceView, comma: number): TokenRange | null {
  const part = trimOpening(view, commaPart(view, comma));
  if (part.to <= part.from) return null;
  const words = view.lower.slice(part.from, part.to);
  const clause = words.some((x) => FINITE.has(x) || BE_FORMS.has(x) && x !== "'s") || hasVerbWithObject(view, part) ||
    words.slice(1).some((x) => /^[a-z]+ed$/.test(x));
  if (!clause) return part;
  // The name that ends the part, with at most one lower-case head noun after it ("Norland's ambassador").
  let from = part.to;
  if (/^[a-z]+$/.test(view.tokens[from - 1]?.text ?? '')) from--;
  while (from > part.from && (isCapitalized(view.tokens[from - 1]?.text ?? '') || view.lower[from - 1] === "'s")) from--;
  if (from < part.to && isCapitalized(view.tokens[from]?.text ?? '')) return { from, to: part.to };
  // "The army is fighting separatists, who ... said": a generic actor noun closing the clause.
  const last = view.lower[part.to - 1] ?? '';
  const actor = (GENERIC_HEADS.has(last) && /s$/.test(last)) || /^[a-z]+(?:er|or|ist|ian|ant|ent)s$/.test(last);
  return part.to - 1 > part.from && actor ? { from: part.to - 1, to: part.to } : null;
}

const RELATIVE_START = new Set(['who', 'which', 'whose', 'where', 'when', 'whom']);

/**
 * "X, the commander of Y, said" / "X, who asked not to be named, said" / "X, speaking from Y, said":
 * the subject is the part before the inserted appositive, relative or participle parts.
 */
function subjectBeforeInsert(view: SentenceView, comma: number): SubjectFind | null {
  let end = comma;
  for (let guard = 0; guard < 5 && end > 0; guard++) {
    const part = commaPart(view, end);
    if (part.to <= part.from) return null;
    const first = view.lower[part.from] ?? '';
    const prev = part.sep === ',' ? commaPart(view, part.from - 1) : null;
    const prevIsName = prev !== null && prev.to > prev.from && /^\p{Lu}/u.test(view.tokens[prev.to - 1]?.text ?? '') &&
      !opensWithPreposition(view, prev.from);
    // Relative clauses, participle phrases ("speaking from X", "quoted by Y") and appositives after a name.
    const participle = /^[a-z]+(?:ing|ed)$/.test(view.tokens[part.from]?.text ?? '') && part.sep === ','; // not "Muhammed"
    // "X, 45, said" (an age) and "X, in a statement, said" (a setting) stand between subject and verb too.
    const single = part.to === part.from + 1;
    const aside = part.sep === ',' && ((/^\d{1,3}$/.test(first) && single) || (OPENING_ADVERBS.has(first) && single) ||
      (PREPOSITIONS.has(first) && !first.endsWith('ing')));
    // "Local media, such as X TV and Y Radio, reported": examples set off after the subject are no subject.
    const examples = part.sep === ',' && ((first === 'such' && view.lower[part.from + 1] === 'as') || first === 'like');
    const insert = RELATIVE_START.has(first) || participle || aside || examples || (isAppositive(view, part) && prevIsName);
    if (!insert) {
      const seg = segmentStart(view, part.to);
      const range = trimOpening(view, { from: Math.max(seg.start, part.from), to: part.to });
      if (range.to <= range.from || hasFinite(view, range)) return null;
      if (hasVerbWithObject(view, range)) return null; // "The attack killed 12 people, said X": a clause, not a subject
      return { how: 'phrase', range, clauseStart: range.from, boundary: seg.boundary };
    }
    if (part.sep !== ',') return null;
    end = part.from - 1;
  }
  return null;
}

/** Determiners and number words: a noun follows them ("one residents", "the forces"). */
const NOUN_OPENERS = new Set(['a', 'an', 'the', 'one', 'two', 'three', 'four', 'five', 'several', 'some', 'many',
  'other', 'another', 'his', 'her', 'their', 'its', 'our', 'these', 'those']);

/**
 * The subject of a sentence's main clause: after an introductory phrase ending in a comma and opening
 * adverbs, up to the first verb-like word. Used for participles ("..., saying") and fragments.
 */
export function mainSubject(view: SentenceView): TokenRange | null {
  let from = 0;
  const firstComma = view.lower.indexOf(',');
  if (firstComma > 0 && firstComma < 12 && opensWithPreposition(view, 0)) from = firstComma + 1;
  // "However, officials ...": an opening adverb and the comma that sets it off.
  while (from < view.lower.length && OPENING_ADVERBS.has(view.lower[from] ?? '')) from += view.lower[from + 1] === ',' ? 2 : 1;
  let to = from;
  while (to < view.tokens.length) {
    const t: Token | undefined = view.tokens[to];
    const lw = view.lower[to] ?? '';
    if (!t || isPunct(lw)) break;
    // "One residents described ...": the word after a determiner or number is its noun, never the verb.
    const afterDeterminer = to > from && (NOUN_OPENERS.has(view.lower[to - 1] ?? '') || /^\d+$/.test(view.lower[to - 1] ?? ''));
    if (to > from && !afterDeterminer && !isCapitalized(t.text) &&
      (/(ed|es)$/.test(lw) || IRREGULAR_PASTS.has(lw) || (BE_FORMS.has(lw) && lw !== "'s") || VERB_MODIFIERS.has(lw))) break;
    to++;
  }
  if (to <= from) return null;
  // "Libya's prime minister, X Y, resigned": the name in apposition is the better handle.
  if (view.lower[to] === ',') {
    let k = to + 1;
    while (k < view.tokens.length && /^\p{Lu}/u.test(view.tokens[k]?.text ?? '')) k++;
    if (k > to + 1 && view.lower[k] === ',') return { from: to + 1, to: k };
  }
  return { from, to };
}

/**
 * Who does the verb at `v`: its own subject phrase, or the sentence's main subject when the verb shares
 * it ("..., calling it"); null when it has none.
 */
export function verbSubject(view: SentenceView, v: number): TokenRange | null {
  const subject = findSubject(view, v);
  if (!subject) return null;
  return subject.how === 'phrase' ? subject.range : mainSubject(view);
}
