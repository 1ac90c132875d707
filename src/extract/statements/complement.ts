import {
  CLAUSE_MARKERS,
  IRREGULAR_PASTS,
  OPENING_ADVERBS,
  PERFECT_TO,
  PHRASAL_OBJECT_TO,
  PRONOUNS,
  SPEECH_VERBS,
  THAT_NOUNS,
  type VerbClass,
} from './lexicon.ts';
import { adjunctEnd, cap, insertedPhraseEnd, skipAudience, unnamedPlaceEnd } from './adjuncts.ts';
import { wordAfterObject } from './object-phrase.ts';
import { isPunct, type TokenRange } from './subject.ts';
import type { SentenceView } from './units.ts';

/** What follows a speech verb: where the reported clause starts and the adjuncts on the way. */
export interface Complement {
  /** Token index where the reported clause starts (after "that" where present). */
  start: number;
  cls: VerbClass;
  /** Adjunct stretches between verb and clause ("on Saturday", "at a news conference in X"). */
  adjuncts: TokenRange[];
}

/** A reported clause does not open with these; an adjunct the skipper did not know does. */
const LEADING_PREPOSITIONS = new Set(['with', 'in', 'at', 'on', 'from', 'after', 'before', 'during', 'by', 'for', 'of',
  'to', 'about', 'as', 'under', 'over', 'via', 'through', 'without', 'among', 'amid']);
const QUOTE_OPEN = /^["\u201c\u2018'\u00ab]$/;
/** Words that open a verb's object: a number or a determiner. */
const OBJECT_NEXT = /^(?:\d[\d,.]*|the|a|an|his|her|their|its|at|more|most|much|some|many|all|several|dozens|hundreds|scores|two|three|four|five|six|seven|eight|nine|ten)$/;
const NOT_INFINITIVE = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those',
  'some', 'all', 'any', 'each', 'no', 'our', 'my', 'your', 'be']);

/** Nouns and adjectives in -ed that are no past tense ("the need to", "a seed", "speed"). */
const NOT_PAST = /(?:^|[^r])eed$|^(?:bed|red|hundred|sacred|naked|wicked|kindred|shed)$/;

function isPastForm(w: string): boolean {
  return (/^[a-z]{2,}ed$/.test(w) && (!NOT_PAST.test(w) || w === 'agreed' || w === 'freed')) || IRREGULAR_PASTS.has(w);
}

/** Participles that mostly modify the noun before them ("a deal aimed at ending the war"), not finite verbs. */
const POSTMODIFIER_PARTICIPLES = new Set(['aimed', 'designed', 'intended', 'based', 'backed', 'linked', 'allied',
  'affiliated', 'related', 'tied', 'dubbed', 'named', 'called', 'located', 'stationed', 'deployed']);

/** Subordinating words that open no reported clause after "said,": the report is before the verb. */
const SUBORDINATORS = new Set(['while', 'as', 'because', 'although', 'though', 'whereas', 'when', 'since', 'unless', 'until']);


/**
 * A reported clause, not a bare noun object: a pronoun subject or an auxiliary before the first
 * punctuation; `loose` also takes a past-tense verb ("said the gunmen arrived"), which a verb like
 * "confirmed" must not ("confirmed the deaths of two soldiers killed in ...").
 */
function looksLikeClause(view: SentenceView, from: number, to: number, loose: boolean): boolean {
  if (PRONOUNS.has(view.lower[from] ?? '') && view.lower[from] !== 'it') return true;
  // "claiming it destroyed two depots", "contends it only fires at gun positions": "it" before a finite verb.
  const afterIt = view.lower[from + 1] === 'only' || view.lower[from + 1] === 'also' ? from + 2 : from + 1;
  const verb = view.lower[afterIt] ?? '';
  if (view.lower[from] === 'it' && (isPastForm(verb) || verb === 'left' || /^[a-z]{3,}[^s]s$/.test(verb))) return true;
  let limit = Math.min(to, from + 10);
  for (let k = from; k < limit; k++) {
    const w = view.lower[k] ?? '';
    // "confirmed four members of the team, including two guards, were hurt": an inserted example list.
    const close = w === ',' && view.lower[k + 1] === 'including' ? view.lower.indexOf(',', k + 2) : -1;
    if (close > k && close - k <= 8) {
      limit = Math.min(to, limit + close - k + 1);
      k = close;
      continue;
    }
    if (isPunct(w)) return false;
    // "denies the charge and says ...", "confirmed the injuries but said ...": the object ended where the
    // subject's next speech act starts; the clause found after it is that act's report.
    if ((w === 'and' || w === 'but') && k > from && SPEECH_VERBS.has(view.lower[nextOverModifiers(view, k + 1)] ?? '')) return false;
    // "announced a deal that will end ...", "urged protests against a law that has ...": "that" right before
    // a verb is the relative pronoun of the that-verb's noun object; the verb reports no clause. ("warned
    // X that his men would ..." has a subject after "that" and stays a report.)
    if (!loose && w === 'that' && k > from && relativeVerb(view, k + 1)) return false;
    if (CLAUSE_MARKERS.has(w) && k > from) return true;
    if (loose && k > from && isPastForm(w) && !cap(view, k)) return true;
    // "reports a missile attack killed 14 people": a past verb with its object is a finite clause.
    if (k > from + 1 && /^[a-z]+ed$/.test(view.tokens[k]?.text ?? '') && OBJECT_NEXT.test(view.lower[k + 1] ?? '') &&
      !POSTMODIFIER_PARTICIPLES.has(view.lower[k] ?? '') &&
      !['who', 'which', 'that'].includes(view.lower[k - 1] ?? '')) return true;
  }
  return false;
}

/** A finite verb right after "that": an auxiliary or a lower-case past form ("that will", "that killed"). */
function relativeVerb(view: SentenceView, k: number): boolean {
  const w = view.lower[k] ?? '';
  return CLAUSE_MARKERS.has(w) || (isPastForm(w) && !cap(view, k));
}

/** The first token from `k` that is no adverb between a coordinator and its verb ("and later said"). */
function nextOverModifiers(view: SentenceView, k: number): number {
  while (k < view.tokens.length && COORDINATED_ADVERBS.has(view.lower[k] ?? '')) k++;
  return k;
}
const COORDINATED_ADVERBS = new Set(['also', 'later', 'then', 'has', 'have', 'had', 'again', 'further']);

/** Time words an adjunct may end in ("on Monday", "last week"): no noun a relative "that" could follow. */
const ADJUNCT_TIME_END = /^(?:today|yesterday|tonight|night|morning|afternoon|evening|week|month|year|weekend|earlier|later|overnight)$/;

/** Whether the last adjunct before the clause ends in a lower-case noun ("in a statement read on television"). */
function afterNounAdjunct(view: SentenceView, adjuncts: readonly TokenRange[]): boolean {
  const last = adjuncts[adjuncts.length - 1];
  if (last === undefined) return false;
  const t = view.tokens[last.to - 1]?.text ?? '';
  return /^[a-z]+$/.test(t) && !ADJUNCT_TIME_END.test(t);
}

/** "said on Friday (March 3)." — a bracketed aside closing the sentence is no reported clause. */
function onlyParenthesis(view: SentenceView, i: number): boolean {
  if (view.lower[i] !== '(') return false;
  const close = view.lower.indexOf(')', i);
  return close > i && view.lower.slice(close + 1).every((w) => w === '.' || isPunct(w));
}

/** Prepositions that open a phrase the skipper does not know, between a verb and its "that". */
const PHRASE_OPENERS = new Set(['during', 'after', 'before', 'at', 'in', 'on', 'via', 'through', 'without', 'despite',
  'following', 'amid', 'from', 'with', 'to']);

/**
 * "said during a visit to the valley that ...", "said after meeting the elders that ...", "said, without giving
 * evidence, that ...": a prepositional phrase of a few words, then "that" opening the clause. Index of that
 * "that", or -1 when a verb, other punctuation or a relative "that" ("a visit to a town that was shelled") comes first.
 */
function thatAfterPhrase(view: SentenceView, i: number): number {
  if (!PHRASE_OPENERS.has(view.lower[i] ?? '')) return -1;
  for (let k = i + 1; k < Math.min(view.tokens.length - 1, i + 12); k++) {
    const w = view.lower[k] ?? '';
    if (w === 'that') return relativeVerb(view, k + 1) || isPunct(view.lower[k + 1] ?? '.') || view.lower[k + 1] === '.' ? -1 : k;
    if (w === ',' && view.lower[k + 1] === 'that') continue;
    if (isPunct(w) || w === '.' || SPEECH_VERBS.has(w) || CLAUSE_MARKERS.has(w) || (isPastForm(w) && !cap(view, k))) return -1;
  }
  return -1;
}

/** Index of "to" (or "not to") after an object phrase starting at `from`, within a few words; else -1. */
function infinitiveAfterObject(view: SentenceView, from: number, word = 'to'): number {
  for (let k = from + 1; k < Math.min(view.tokens.length, from + 9); k++) {
    const w = view.lower[k] ?? '';
    if (w === word) return k;
    if (isPunct(w) || w === 'that' || SPEECH_VERBS.has(w)) return -1;
  }
  return -1;
}

/** "accused X of ...", but "blamed X for ..." ("blamed the attack on X" names no accusation of X's words). */
const OF: ReadonlySet<string> = new Set(['of']);
const FOR: ReadonlySet<string> = new Set(['for']);
const TO: ReadonlySet<string> = new Set(['to']);

/**
 * "accused X of ...", "blamed X for doing ...". Blame with a noun after "for" ("blamed militants for the
 * attack", like "blamed the attack on militants") assigns responsibility for an event and reports no words;
 * blaming someone for doing something is a claim about what they did.
 */
function accusation(view: SentenceView, i: number, verb: string): boolean {
  if (!verb.startsWith('blam')) return wordAfterObject(view, i, OF) > i;
  const at = wordAfterObject(view, i, FOR);
  return at > i && /^[a-z]{3,}ing$/.test(view.tokens[at + 1]?.text ?? '');
}

const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
const CLOSERS: ReadonlySet<string> = new Set(['"', '\u201c', ';']);
const ADJECTIVE_AFTER: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'in', 'for', 'with', 'amid', 'and']);

/** Whether tokens from `k` to the sentence end are one noun phrase opened by an article, with no verb. */
export function closingNounPhrase(view: SentenceView, k: number): boolean {
  if (!ARTICLES.has(view.lower[k] ?? '')) return false;
  for (let j = k; j < view.tokens.length; j++) {
    const t = view.tokens[j]?.text ?? '';
    const w = view.lower[j] ?? '';
    if (CLAUSE_MARKERS.has(w) || w === 'that' || CLOSERS.has(w)) return false;
    // "of heightened violence", "the renewed fighting": after an article or preposition an -ed word is an adjective.
    const before = view.lower[j - 1] ?? '';
    if (/^[a-z]+ed$/.test(t) && !ADJECTIVE_AFTER.has(before)) return false;
  }
  return true;
}

/**
 * The reported clause after the speech verb at token `v`, or null when the verb has none (a noun
 * object: "announced the agreement"). `told` first skips its audience ("told reporters", "told the BBC").
 */
export function findComplement(view: SentenceView, v: number): Complement | null {
  const verb = view.lower[v] ?? '';
  const classes = SPEECH_VERBS.get(verb) ?? new Set<VerbClass>();
  const n = view.tokens.length;
  let i = v + 1;
  const adjuncts: TokenRange[] = [];
  const phrasal = PHRASAL_OBJECT_TO.get(verb);
  if (phrasal?.includes(view.lower[i] ?? '')) {
    const to = wordAfterObject(view, i + 1, TO);
    return to > i + 1 ? { start: i + 1, cls: 'objectTo', adjuncts } : null;
  }
  // "As X reports from Y, ...": a correspondent's lead-in frames the story and reports nothing itself.
  if (view.lower[0] === 'as' && v <= 8 && ['reports', 'reported', 'explains', 'writes'].includes(verb)) return null;
  // A passive participle ("claimed by X"), but not a channel ("said by telephone that ...").
  if (view.lower[i] === 'by' && adjunctEnd(view, i) < 0) return null;
  for (let guard = 0; guard < 6 && i < n; guard++) {
    // "said on Friday (May 3) that ...": a short bracketed aside between verb and clause.
    const close = view.lower[i] === '(' ? view.lower.indexOf(')', i) : -1;
    if (close > i && close - i <= 8 && close + 1 < n && !['.', '!', '?'].includes(view.lower[close + 1] ?? '')) {
      adjuncts.push({ from: i, to: close + 1 });
      i = close + 1;
      continue;
    }
    // "said, however, that ...": a sentence adverb set off by commas.
    if (view.lower[i] === ',' && view.lower[i + 2] === ',' && OPENING_ADVERBS.has(view.lower[i + 1] ?? '')) {
      i += 3;
      continue;
    }
    if (view.lower[i] === ',') {
      const inserted = insertedPhraseEnd(view, i);
      // "the army said, using a term ...": a participle phrase closing the sentence reports nothing.
      if (inserted < 0 && /^[a-z]+ing$/.test(view.tokens[i + 1]?.text ?? '') && !SPEECH_VERBS.has(view.lower[i + 1] ?? '')) return null;
      // "police said, while rescuers searched ...": a subordinate clause after the comma is no report.
      if (inserted < 0 && SUBORDINATORS.has(view.lower[i + 1] ?? '')) return null;
      // "..., the army said, the latest attack in a wave of violence.": a noun phrase closing the sentence
      // is the reporter's comment on the report before, not a report.
      if (inserted < 0 && closingNounPhrase(view, i + 1)) return null;
      i = inserted > 0 ? inserted : i + 1;
      continue;
    }
    const end = adjunctEnd(view, i);
    if (end < 0) break;
    adjuncts.push({ from: i, to: end });
    i = end;
  }
  if ((verb === 'told' || verb === 'tell' || verb === 'tells' || verb === 'telling') && view.lower[i] !== 'that') {
    const thatAt = view.lower.indexOf('that', i);
    // "told the state broadcaster (ABC) that ...": a bracketed short form stays inside the audience.
    const objEnd = thatAt > i && thatAt < i + 13 && !view.lower.slice(i, thatAt).some((x) => isPunct(x) && x !== '(' && x !== ')')
      ? thatAt : skipAudience(view, i);
    if (objEnd <= i) return null;
    if (view.lower[objEnd] === 'to' || (view.lower[objEnd] === 'not' && view.lower[objEnd + 1] === 'to')) {
      return { start: i, cls: 'objectTo', adjuncts };
    }
    adjuncts.push({ from: i, to: objEnd });
    i = objEnd;
    while (i < n) {
      // "told reporters in the capital the army had ...": where the audience was, then the clause.
      const end = adjunctEnd(view, i) >= 0 ? adjunctEnd(view, i) : unnamedPlaceEnd(view, i);
      if (end < 0) break;
      adjuncts.push({ from: i, to: end });
      i = end;
    }
  }
  if (i >= n || onlyParenthesis(view, i)) return null;
  const w = view.lower[i] ?? '';
  if (SPEECH_VERBS.has(w) && w.endsWith('ing')) return null; // "said, adding that ...": the participle reports
  // "said in a statement read on television that did not name the attackers": after an adjunct, "that"
  // before a finite verb is the relative pronoun of the adjunct's noun; the verb reports nothing after it.
  // ("said on Monday that was ...": after a time word "that" is the clause's subject.)
  if (w === 'that' && relativeVerb(view, i + 1) && afterNounAdjunct(view, adjuncts)) return null;
  if (w === 'that') return i + 1 < n ? { start: i + 1, cls: 'that', adjuncts } : null;
  const late = thatAfterPhrase(view, i);
  if (late > 0) return { start: late + 1, cls: 'that', adjuncts: [...adjuncts, { from: i, to: late }] };
  if (QUOTE_OPEN.test(view.tokens[i]?.text ?? '') || (w === ':' && i + 1 < n)) {
    return { start: w === ':' ? i + 1 : i, cls: 'clause', adjuncts };
  }
  // "repeated the position that ...", "expressed concern that ..."
  for (let k = i; k < Math.min(n - 1, i + 5); k++) {
    if (isPunct(view.lower[k] ?? '')) break;
    if (THAT_NOUNS.has(view.lower[k] ?? '') && view.lower[k + 1] === 'that') return { start: k + 2, cls: 'that', adjuncts };
  }
  if (classes.has('to') && w === 'to' && !NOT_INFINITIVE.has(view.lower[i + 1] ?? '') && !cap(view, i + 1)) {
    return { start: i, cls: 'to', adjuncts };
  }
  // "claimed to have downed a drone" (not "who claim to follow ..."): a claim of a past act.
  if (PERFECT_TO.has(verb) && w === 'to' && view.lower[i + 1] === 'have') return { start: i, cls: 'to', adjuncts };
  if (classes.has('objectTo')) {
    const to = wordAfterObject(view, i, TO);
    if (to > i && !NOT_INFINITIVE.has(view.lower[to + 1] ?? '')) return { start: i, cls: 'objectTo', adjuncts };
    const notTo = infinitiveAfterObject(view, i, 'not');
    if (notTo > i && view.lower[notTo + 1] === 'to') return { start: i, cls: 'objectTo', adjuncts };
  }
  if (classes.has('accuse') && accusation(view, i, verb)) return { start: i, cls: 'accuse', adjuncts };
  if (w === 'not' || w === 'to') return null; // "asked not to be named": no report
  // "Opposition claims and photos could not be checked": a clause never opens with a coordinator; the word was a noun.
  // ("..., he said, and then ..." still goes on: the comma sets the attribution off.)
  if ((w === 'and' || w === 'or' || w === 'nor') && view.lower[i - 1] !== ',') return null;
  const quantity = /^\d/.test(view.lower[i + 1] ?? '') || ['least', 'most', 'half'].includes(view.lower[i + 1] ?? '');
  if (n - i >= 3 && (!LEADING_PREPOSITIONS.has(w) || quantity)) {
    // After "told <audience>" the rest must read as a clause ("told the agency in an interview ..." is not one).
    const core = ['say', 'said', 'says', 'saying', 'added', 'adds', 'adding', 'stated'].includes(verb);
    if (classes.has('clause') && (core || looksLikeClause(view, i, n, true))) return { start: i, cls: 'clause', adjuncts };
    // "confirmed two soldiers were killed": a that-verb without "that" needs an auxiliary to be a report.
    if (classes.has('that') && looksLikeClause(view, i, n, false)) return { start: i, cls: 'clause', adjuncts };
  }
  return null;
}
