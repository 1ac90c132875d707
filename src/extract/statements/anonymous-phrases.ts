/*
 * Anonymous speakers with a post-modifier: "an officer with the country's security service", "military
 * officials in the south". The answer key keeps the whole noun phrase, not the organization inside it
 * and not only its head; "the official" a sentence later is the same anonymous speaker.
 */
import type { ActorRef } from '../types.ts';
import { namedAfterDescription } from './described.ts';
import { DOCUMENT_HEADS, INSTITUTION_HEADS } from './lexicon.ts';
import { isAgentNoun } from './speaker-phrase.ts';
import type { SpeakerScope } from './speaker-scope.ts';
import type { TokenRange } from './subject.ts';
import type { SentenceView } from './units.ts';

/** Nouns for people who speak for a body without being named; singular forms map to true. */
const PERSON_NOUNS = new Map<string, boolean>([
  ['official', true], ['officials', false], ['officer', true], ['officers', false], ['source', true],
  ['sources', false], ['spokesman', true], ['spokeswoman', true], ['spokesperson', true], ['employee', true],
  ['employees', false], ['worker', true], ['workers', false], ['staffer', true], ['staffers', false],
  ['commander', true], ['commanders', false], ['diplomat', true], ['diplomats', false], ['aide', true],
  ['aides', false], ['agent', true], ['agents', false], ['investigator', true], ['investigators', false],
  ['doctor', true], ['doctors', false], ['medic', true], ['medics', false], ['nurse', true], ['nurses', false],
  ['representative', true], ['representatives', false], ['volunteer', true], ['volunteers', false],
  ['analyst', true], ['analysts', false], ['negotiator', true], ['negotiators', false], ['member', true],
]);
/** Whether a word names people who speak for a body ("representatives", "aides"). */
export function isPersonNoun(word: string): boolean {
  return PERSON_NOUNS.has(word);
}

/** Prepositions that tie the speaker to a body ("an officer with", "a source at"); an organization may follow. */
const TIE_PREPOSITIONS = new Set(['with', 'for', 'at', 'of']);
/** Prepositions of place: the tail is kept only when it names no place ("officials in the south"). */
const PLACE_PREPOSITIONS = new Set(['in', 'from', 'near', 'inside', 'outside']);
/** Words shaped like agent nouns that name things: "a paper from the institute", "a poster in the square". */
const NOT_PEOPLE = new Set(['paper', 'papers', 'poster', 'posters', 'order', 'orders', 'center', 'centre', 'chapter',
  'register', 'counter', 'number', 'matter', 'error', 'sector', 'corridor', 'barrier', 'border', 'tower']);
/** Nouns for ordinary people at the scene; with agent nouns ("a teacher", "a shopkeeper") they head a phrase too. */
const WITNESS_NOUNS = new Set(['witness', 'witnesses', 'eyewitness', 'eyewitnesses', 'man', 'men', 'woman', 'women',
  'resident', 'residents', 'villager', 'villagers', 'survivor', 'survivors', 'relative', 'relatives', 'student',
  'students', 'guard', 'guards', 'policeman', 'policemen', 'soldier', 'soldiers', 'mother', 'father']);
const OPENERS = new Set(['a', 'an', 'one', 'the', 'two', 'three', 'several', 'some', 'other', 'another', 'senior',
  'local', 'military', 'security', 'government', 'police', 'army', 'hospital', 'health', 'medical', 'rescue', 'aid']);
/** Words after which the phrase is no longer one noun phrase. */
const STOPS = new Set([',', 'who', 'which', 'that', 'said', 'says', 'and', 'or', '(', '"', '\u201c']);

/**
 * The whole anonymous phrase when the subject is "<det> <modifiers> <person noun> <with|for|at|of> <...>"
 * or "<...> <person noun> <in|from> <lower-case tail>", or null. A person the next sentences name with
 * the same role ("a spokesman for the group said ... X Y, the group's spokesman") comes first.
 */
export function modifiedAnonymous(scope: SpeakerScope, view: SentenceView, range: TokenRange): ActorRef | null {
  const lower = view.lower.slice(range.from, range.to);
  const words = view.tokens.slice(range.from, range.to).map((t) => t.text);
  const prep = lower.findIndex((w, i) => i > 0 && (TIE_PREPOSITIONS.has(w) || PLACE_PREPOSITIONS.has(w)));
  if (prep < 1 || prep === lower.length - 1 || lower.some((w) => STOPS.has(w))) return null;
  const head = lower[prep - 1] ?? '';
  // Agent nouns of people only ("teacher", "shopkeeper", "activist"), not "statement" or "agreement".
  const agent = isAgentNoun(head) && /(?:er|or|ist|ian)s?$/.test(head) && !DOCUMENT_HEADS.has(head) &&
    !INSTITUTION_HEADS.has(head) && !NOT_PEOPLE.has(head);
  const personHead = PERSON_NOUNS.has(head) || WITNESS_NOUNS.has(head) || agent;
  if (!personHead) return null;
  // Before the head: a determiner or lower-case modifiers only ("a senior army officer"), no name.
  const before = words.slice(0, prep - 1);
  if (before.some((w, i) => /^\p{Lu}/u.test(w) && !(i === 0 && OPENERS.has(w.toLowerCase())))) return null;
  const tail = words.slice(prep + 1);
  const named = tail.some((w) => /^\p{Lu}/u.test(w));
  const p = lower[prep] ?? '';
  // "officials in <Town>" keeps the rules of the place tails elsewhere; an unnamed place or an
  // organization ("a senior official in the Interior Ministry") stays here.
  // "a senior officer in the <Town> local government": a tail ending in an institution noun names the
  // speaker's body, not a place, and stays.
  const body = INSTITUTION_HEADS.has(lower[lower.length - 1] ?? '');
  if (PLACE_PREPOSITIONS.has(p) && named && !body && !organizationTail(scope, view, range.from + prep + 1, range.to)) return null;
  const person = namedAfterDescription(scope, view.sentence.index, words, words[prep - 1] ?? '');
  if (person) return person;
  const start = view.tokens[range.from]?.start ?? 0;
  const end = view.tokens[range.to - 1]?.end ?? start;
  const text = scope.units.text.slice(start, end);
  return { type: 'anonymous', name: text.replace(/^(A|An|One)\s/, (m) => m.toLowerCase()), key: null };
}

/** Whether tokens [from, to) name an organization and no place. */
function organizationTail(scope: SpeakerScope, view: SentenceView, from: number, to: number): boolean {
  const start = view.tokens[from]?.start ?? 0;
  const end = view.tokens[to - 1]?.end ?? start;
  const inside = scope.doc.mentions.filter((m) => m.start >= start && m.end <= end);
  return inside.some((m) => m.type === 'organization') && !inside.some((m) => m.type === 'place');
}

/** Person nouns news writing uses for one another when it comes back to an unnamed speaker. */
const INTERCHANGEABLE = new Set(['official', 'officer', 'source']);

/** How many sentences back "the official" may find the anonymous speaker it repeats. */
const LOOKBACK = 4;

/**
 * "The official said" after "an officer with the security service said": the last singular person who
 * spoke, when that was an anonymous speaker named by a person noun; else null.
 */
export function sameAnonymousPerson(scope: SpeakerScope, words: readonly string[], sentenceIndex: number): ActorRef | null {
  const noun = (words[1] ?? '').toLowerCase();
  if (words.length !== 2 || !/^the$/i.test(words[0] ?? '') || PERSON_NOUNS.get(noun) !== true) return null;
  for (let i = scope.memory.said.length - 1; i >= 0; i--) {
    const s = scope.memory.said[i];
    if (!s || s.sentenceIndex < sentenceIndex - LOOKBACK) return null;
    if (s.speaker.type === 'person') return null;
    if (s.speaker.type !== 'anonymous') continue;
    const own = s.speaker.name.toLowerCase().split(/\s+/);
    if (!/^(?:a|an|one)$/.test(own[0] ?? '')) continue;
    // The head noun of the earlier phrase: the last person noun before any preposition.
    const headNoun = own.find((w) => PERSON_NOUNS.has(w));
    // "the official" may repeat "an officer", but "the commander" is no "police officer" said again.
    const same = headNoun === noun || (headNoun !== undefined && INTERCHANGEABLE.has(headNoun) && INTERCHANGEABLE.has(noun));
    if (headNoun !== undefined && PERSON_NOUNS.get(headNoun) === true && same) return s.speaker;
  }
  return null;
}

/**
 * "Medical workers there said": a closing "there"/"here" says where, not who; "according to medical
 * workers in X, who said": the source the relative clause hangs on, without "according to".
 */
export function withoutPlaceAdverb(view: SentenceView, range: TokenRange): TokenRange {
  const lastWord = view.lower[range.to - 1] ?? '';
  const r = range.to - range.from > 1 && (lastWord === 'there' || lastWord === 'here') ? { from: range.from, to: range.to - 1 } : range;
  return view.lower[r.from] === 'according' && view.lower[r.from + 1] === 'to' && r.to - r.from > 2 ? { from: r.from + 2, to: r.to } : r;
}

/**
 * The part of an anonymous phrase before its post-modifier: "officials in the south" → "officials",
 * "a man who works at the market" → "a man".
 */
export function phraseHead(name: string): string {
  const m = /^(.*?)\s+(?:with|for|at|of|in|from|on|near|close to|who|whose)\s/i.exec(name);
  return m?.[1] ?? name;
}
