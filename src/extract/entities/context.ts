import type { Doc, Token } from '../doc.ts';
import type { Evidence } from '../types.ts';
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import { LOCATIVE_PREPOSITIONS } from './data/words.ts';
import { memo } from './memo.ts';

/** What the entity steps share about one document: tokens by sentence and a few cheap word facts. */
export interface EntityContext {
  doc: Doc;
  gazetteer: Gazetteer;
  tokens: Token[];
  /** [first, end) token indexes of each sentence. */
  sentenceTokens: Array<[number, number]>;
  /** Words the document also writes in lower case mid-sentence: a capitalised first word that is one
   * of them ("Bombings ...", "Local police ...") is not a name. */
  lowerWords: Set<string>;
  /** Title-case lines without final punctuation (headlines, "Related:" links) are read for known names only. */
  headline: boolean[];
}

export function buildContext(doc: Doc, gazetteer: Gazetteer): EntityContext {
  const sentenceTokens: Array<[number, number]> = doc.sentences.map(() => [0, 0]);
  const lowerWords = new Set<string>();
  let prevSentence = -1;
  for (const t of doc.tokens) {
    const range = sentenceTokens[t.sentenceIndex];
    if (range === undefined) continue;
    if (t.sentenceIndex !== prevSentence) {
      range[0] = t.index;
      prevSentence = t.sentenceIndex;
    }
    range[1] = t.index + 1;
    const c = t.text.charCodeAt(0);
    if (c >= 97 && c <= 122) lowerWords.add(t.text);
  }
  const headline = doc.sentences.map((s) => isHeadline(s.text));
  return { doc, gazetteer, tokens: doc.tokens, sentenceTokens, lowerWords, headline };
}

const SMALL_WORDS = /^(a|an|the|and|or|of|in|on|at|to|for|by|as|vs\.?|with|from)$/;

function isHeadline(text: string): boolean {
  if (/[.!?]["\u201d'\u2019)]*$/.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && !SMALL_WORDS.test(w));
  if (words.length < 3) return false;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / words.length >= 0.7;
}

export function evidence(ctx: EntityContext, start: number, end: number, sentenceIndex: number): Evidence {
  const s = ctx.doc.sentences[sentenceIndex];
  return { start, end, sentenceIndex, sentence: s?.text ?? '' };
}

export function tokenText(ctx: EntityContext, from: number, to: number): string {
  const a = ctx.tokens[from];
  const b = ctx.tokens[to - 1];
  if (a === undefined || b === undefined) return '';
  return ctx.doc.text.slice(a.start, b.end);
}

/** Where a candidate's text ends: its last token's end, or inside it ("al-Qaida" of "al-Qaida-linked"). */
export function candidateEnd(ctx: EntityContext, c: { end: number; charEnd?: number }): number {
  return c.charEnd ?? ctx.tokens[c.end - 1]?.end ?? 0;
}

export function candidateText(
  ctx: EntityContext,
  c: { start: number; end: number; charEnd?: number },
): string {
  const a = ctx.tokens[c.start];
  return a === undefined ? '' : ctx.doc.text.slice(a.start, candidateEnd(ctx, c));
}

export function lower(t: Token | undefined): string {
  return t === undefined ? '' : (t.lower ?? t.text.toLowerCase());
}

/** Starts with a capital, or is an Arabic-article form of one ("al-Assad"). */
export function isCapitalised(t: Token | undefined): boolean {
  if (t === undefined) return false;
  // Same answer as `capitalised`, without its memo table for a plain ASCII first letter: A-Z is a
  // capital; a lower-case letter other than a/e (which may open "al-"/"el-"...) or any other ASCII
  // character is not. The table lookup cost more than this test, and this is asked for every token.
  const c = t.text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128 && c !== 97 && c !== 101) return false;
  // A lower-case a/e is a capital only as "al-X", "ash-X"...: a hyphen third or fourth, so "and",
  // "as", "after" need no table lookup either.
  if (c < 128 && !isHyphen(t.text.charCodeAt(2)) && !isHyphen(t.text.charCodeAt(3))) return false;
  return capitalised(t.text);
}

/** The hyphens the Arabic-article test below accepts. NaN past the end of the text is none. */
function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2011;
}

const capitalised = memo(
  (text: string) => /^[\p{Lu}]/u.test(text) || /^(?:al|el|ad|as|ash|an|ar|at|az)[-\u2011]\p{Lu}/u.test(text),
);

export function isAcronym(t: Token | undefined): boolean {
  return t !== undefined && (/^[A-Z][A-Z0-9]{1,6}s?$/.test(t.text) || /^(?:[A-Z]\.){2,}$/.test(t.text));
}

/** "in the southern Gaza Strip", "near north-western X". */
const DIRECTIONS =
  /^(?:north|south|east|west|central|northern|southern|eastern|western|(?:north|south)-?(?:east|west)(?:ern)?)$/;
/** Adjectives that stand between a locative preposition and a place ("in disputed Kashmir"). */
const PLACE_ADJECTIVES = new Set([
  'disputed',
  'restive',
  'volatile',
  'troubled',
  'war-torn',
  'war-ravaged',
  'embattled',
  'besieged',
  'neighboring',
  'neighbouring',
  'nearby',
  'remote',
  'rural',
  'mountainous',
  'coastal',
  'rebel-held',
  'government-held',
  'opposition-held',
  'occupied',
]);
export const ATTACK_NOUNS = new Set([
  'attack',
  'attacks',
  'airstrike',
  'airstrikes',
  'strike',
  'strikes',
  'raid',
  'raids',
  'assault',
  'offensive',
  'shelling',
  'bombardment',
  'advance',
  'march',
  'push',
  'siege',
]);

/** Verbs whose object is a place: "rebels seized X", "troops entered X". */
const PLACE_TAKING_VERBS = new Set([
  'seized',
  'captured',
  'recaptured',
  'retook',
  'overran',
  'entered',
  'stormed',
  'shelled',
  'besieged',
  'encircled',
  'liberated',
  'evacuated',
]);

/** Nouns whose "of" introduces a place: "control of X", "the outskirts of X", "residents of X". */
const PLACE_OF_NOUNS = new Set([
  'control',
  'outskirts',
  'edge',
  'centre',
  'center',
  'heart',
  'capture',
  'recapture',
  'fall',
  'seizure',
  'residents',
  'suburbs',
  'streets',
  'entrance',
  'gates',
  'parts',
]);

/** "in full control of X", "the outskirts of X": the name after "of" is a place. */
export function afterPlaceOfNoun(ctx: EntityContext, start: number): boolean {
  let k = start - 1;
  if (lower(ctx.tokens[k]) === 'the') k--;
  return lower(ctx.tokens[k]) === 'of' && PLACE_OF_NOUNS.has(lower(ctx.tokens[k - 1]));
}

/**
 * Whether the name at token `start` stands where places stand: after a locative preposition ("in X",
 * "near the X"), or after an attack noun with "on/against" ("airstrikes on X"). `strict` leaves out
 * "of", "to" and "from", which also introduce people.
 */
export function isLocativeContext(ctx: EntityContext, start: number, strict = false): boolean {
  let k = start - 1;
  while (DIRECTIONS.test(lower(ctx.tokens[k])) || PLACE_ADJECTIVES.has(lower(ctx.tokens[k]))) k--;
  if (lower(ctx.tokens[k]) === 'the') k--;
  const w = lower(ctx.tokens[k]);
  if (LOCATIVE_PREPOSITIONS.has(w))
    return !(strict && (w === 'of' || w === 'to' || w === 'from' || w === 'at'));
  if (!strict && PLACE_TAKING_VERBS.has(w)) return true;
  return (w === 'on' || w === 'against') && ATTACK_NOUNS.has(lower(ctx.tokens[k - 1]));
}
