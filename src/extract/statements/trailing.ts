import type { ActorRef } from '../types.ts';
import { CLAUSE_MARKERS, SPEECH_VERBS } from './lexicon.ts';
import { timeOpenerLength, trimClause, wordCount, type Draft, type SpeechClause } from './draft.ts';
import { resolveSpeakers, type SpeakerScope } from './speaker.ts';
import { skipAudience } from './adjuncts.ts';
import { isPunct } from './subject.ts';
import { closingNounPhrase } from './complement.ts';
import type { SentenceView } from './units.ts';

/* Unquoted reports whose attribution closes the sentence: "The deal holds, he said." */
/** A wire dateline ("CITY, Country (AP) — ") opening a sentence: no part of a report. */
export const DATELINE = /^[\p{Lu}][\p{Lu}\s.'-]+(?:,\s*[\p{L}\s.]+)?\s*(?:\([^)]*\))?\s*[\u2014\u2013-]+\s*/u;

/**
 * The report before a closing attribution's comma: from the sentence start, after a wire dateline
 * ("CITY, Country (AP) — ") and a time phrase that dates the event ("On Thursday, ").
 */
function reportBefore(scope: SpeakerScope, view: SentenceView, commaStart: number): { start: number; before: string } {
  let start = view.sentence.start + (DATELINE.exec(view.sentence.text)?.[0].length ?? 0);
  start += timeOpenerLength(scope.units.text.slice(start, commaStart));
  return { start, before: scope.units.text.slice(start, commaStart) };
}

/** "The deal holds, said the mayor." — a verb right after the comma, its subject after it to the end. */
function invertedTrailing(scope: SpeakerScope, view: SentenceView): Draft | null {
  const n = view.tokens.length;
  let end = n;
  while (end > 0 && (isPunct(view.lower[end - 1] ?? '') || view.lower[end - 1] === '.')) end--;
  for (let v = Math.max(1, end - 9); v < end - 1; v++) {
    if (view.lower[v - 1] !== ',' || !['said', 'says', 'say', 'added', 'reported', 'stated'].includes(view.lower[v] ?? '')) continue;
    if (view.lower.slice(v + 1, end).some((w) => isPunct(w) && w !== ',') || view.lower.slice(v + 1, end).includes('that')) return null;
    const comma = view.tokens[v - 1]!;
    let subjEnd = v + 1;
    while (subjEnd < end && view.lower[subjEnd] !== ',') subjEnd++;
    // "..., said the toll was higher", "..., said three soldiers died": a reported clause, not a subject.
    if (view.lower.slice(v + 1, subjEnd).some((w) => CLAUSE_MARKERS.has(w))) return null;
    if (view.tokens.slice(v + 2, subjEnd).some((t) => /^[a-z]+ed$/.test(t.text)) || /^\d/.test(view.lower[v + 1] ?? '')) return null;
    const speakers = resolveSpeakers(scope, view, { from: v + 1, to: subjEnd });
    const { start, before } = reportBefore(scope, view, comma.start);
    if (speakers.length === 0 || wordCount(before) < 4 || scope.units.quoteAt(start)) return null;
    scope.memory.said.push({ sentenceIndex: view.sentence.index, offset: comma.start, speaker: speakers[0]! });
    return {
      kind: 'indirect', speakers, quote: trimClause(before), start, end: comma.start,
      sentenceIndex: view.sentence.index, anchor: comma.start, setting: [[comma.end, view.sentence.end]],
    };
  }
  return null;
}

/** `..., said X, the spokesman for Y.` found by `invertedAttribution`: the whole clause before the comma is X's. */
export function invertedDraft(scope: SpeakerScope, view: SentenceView, verb: number, subjectFrom: number, subjectEnd: number): Draft | null {
  const comma = view.tokens[verb - 1];
  if (!comma) return null;
  const { start, before } = reportBefore(scope, view, comma.start);
  if (wordCount(before) < 4 || scope.units.quoteAt(start) || /["\u201d\u2019']\s*$/.test(before)) return null;
  const speakers = resolveSpeakers(scope, view, { from: subjectFrom, to: subjectEnd });
  if (speakers.length === 0) return null;
  scope.memory.said.push({ sentenceIndex: view.sentence.index, offset: comma.start, speaker: speakers[0]! });
  return {
    kind: 'indirect', speakers, quote: trimClause(before), start, end: comma.start,
    sentenceIndex: view.sentence.index, anchor: comma.start, setting: [[comma.end, view.sentence.end]],
  };
}

/** Words that carry a report on past its attribution: "..., he said, as long as ...", "..., he said, because ...". */
const CONTINUATIONS = new Set(['because', 'unless', 'although', 'though', 'if', 'until']);

/** Words that go on with the article's own narration after a closing attribution. */
const NARRATION = new Set(['as', 'while', 'when', 'and', 'but', 'even']);

const TAIL_PREPOSITIONS = new Set(['in', 'at', 'on', 'during', 'after', 'before', 'amid', 'following', 'from', 'to', 'via', 'through']);

/**
 * "..., the ministry announced in its latest update on the fighting.": after a closing attribution, a
 * prepositional or participle phrase of any length is only the setting; a clause marker or "that" in a
 * prepositional phrase would make it a report.
 */
function isAdjunctTail(rest: string[]): boolean {
  const first = rest[0] ?? '';
  // "..., the governor said that evening.": a demonstrative time phrase.
  if (first === 'that' && rest.length === 2 && /^(?:day|night|morning|evening|afternoon|week|weekend|month|year)$/.test(rest[1] ?? '')) return true;
  // "..., the army said, using a term it keeps for rebels.": a participle phrase about the attribution.
  if (/^[a-z]+ing$/.test(first) && !SPEECH_VERBS.has(first)) return !rest.includes('that');
  // "..., the ministry said in a statement read on television that did not name the attackers.": a relative
  // clause on the setting's noun is setting too; only the words before the relative pronoun can make a report.
  const rel = rest.findIndex((w, k) => k > 1 && ['that', 'which'].includes(w) && relativeVerbAt(rest[k + 1] ?? ''));
  const own = rel > 0 ? rest.slice(0, rel) : rest;
  return TAIL_PREPOSITIONS.has(first) && !own.some((w) => CLAUSE_MARKERS.has(w) || w === 'that' || w === 'who' || w === 'which');
}

/** A finite verb right after a relative pronoun: an auxiliary or a past form in -ed ("that did", "which killed"). */
function relativeVerbAt(w: string): boolean {
  return CLAUSE_MARKERS.has(w) || /^[a-z]{3,}ed$/.test(w);
}

/**
 * "A spokesman for the group, X Y, denied ...": a determiner and nouns with no word that can be a verb
 * (no auxiliary, no -ed or -s form) is the description a name stands in apposition to, not a report.
 */
function descriptionOnly(before: string): boolean {
  const words = before.trim().toLowerCase().split(/\s+/);
  if (!['a', 'an', 'the'].includes(words[0] ?? '')) return false;
  return words.slice(1).every((w) => !CLAUSE_MARKERS.has(w) && !/(?:ed|s)$/.test(w.replace(/[^a-z]/g, '')));
}

/** Common irregular past forms, which neither -ed nor -s marks as verbs. */
const IRREGULAR_PAST = new Set(['rose', 'fell', 'came', 'went', 'began', 'took', 'hit', 'struck', 'left', 'held', 'met',
  'fled', 'fought', 'lost', 'won', 'shot', 'led', 'said', 'told', 'saw', 'made', 'gave', 'got', 'ran', 'stood', 'sent',
  'put', 'set', 'cut', 'kept', 'built', 'broke', 'blew', 'brought', 'caught', 'drove', 'flew', 'knew', 'spoke', 'threw',
  'tore', 'wrote', 'became', 'remain', 'say', 'spread', 'burnt', 'overran', 'seized', 'sank', 'hid', 'stole', 'swept']);

/**
 * Whether a stretch of words has nothing that can be a verb: no auxiliary or modal, no lower-case word
 * in -ed or -s, no common irregular past. Such a stretch is a phrase ("Meanwhile, the envoy in X"),
 * never a report.
 */
function verbless(before: string): boolean {
  const words = before.split(/\s+/).map((w) => w.replace(/[^\p{L}'-]/gu, '')).filter((w) => w !== '');
  return words.every((w) => /^\p{Lu}/u.test(w) ||
    (!CLAUSE_MARKERS.has(w) && !IRREGULAR_PAST.has(w) && !/(?:ed|s|n't)$/.test(w)));
}

/** "The deal holds, he said." — an unquoted clause before a closing attribution. */
export function trailingAttribution(scope: SpeakerScope, view: SentenceView, clauses: SpeechClause[], speakersOf: ActorRef[][]): Draft | null {
  // "..., the army said, adding that ...": the participle reports on its own; the attribution is before it.
  let i = clauses.length - 1;
  while (i > 0 && clauses[i]?.subject.how === 'shared' && (view.lower[clauses[i]!.verb] ?? '').endsWith('ing')) i--;
  const c = clauses[i];
  const restEnd = clauses[i + 1]?.subject.clauseStart ?? view.tokens.length;
  if (!c || (c.subject.how === 'phrase' && view.lower[c.subject.clauseStart - 1] !== ',' && view.lower[c.verb - 1] === ',')) {
    return invertedTrailing(scope, view);
  }
  // An earlier verb with no clause of its own ("intelligence reports, the statement said") is part of the report.
  // "X launched a strike that witnesses said killed 100, officials said": a report inside a relative clause
  // belongs to the reported clause.
  const own = (x: SpeechClause): boolean => x.complement !== null && !['that', 'which', 'who'].includes(x.subject.boundary);
  if (!c || c.complement || clauses.slice(0, i).some(own) || c.subject.how !== 'phrase') return null;
  const comma = view.tokens[c.subject.clauseStart - 1];
  if (!comma || comma.text !== ',') return null;
  // "..., the official told Xinhua on condition of anonymity.": the audience, then the setting.
  const told = ['told', 'tells', 'tell'].includes(view.lower[c.verb] ?? '');
  const audienceEnd = told ? skipAudience(view, c.verb + 1) : -1;
  const restFrom = audienceEnd > c.verb + 1 && audienceEnd <= restEnd ? audienceEnd : c.verb + 1;
  const rest = view.lower.slice(restFrom, restEnd).filter((w) => !isPunct(w) && w !== '.');
  // "The truce will hold, the minister said, as long as both sides respect it.": the report goes on.
  // "as" and "but" mostly go on with the narration ("..., police said, as rescuers searched"), save "as long as".
  const next = view.lower.slice(restFrom + 1, restFrom + 4).join(' ');
  const goesOn = restEnd === view.tokens.length && view.lower[restFrom] === ',' &&
    (CONTINUATIONS.has(view.lower[restFrom + 1] ?? '') || next === 'as long as');
  // "Five died, police said, as rescuers searched the rubble.": the narration goes on; the report stops.
  const narrationGoesOn = view.lower[restFrom] === ',' && !goesOn && NARRATION.has(view.lower[restFrom + 1] ?? '');
  // "..., the army said, the latest attack in a wave of violence.": the reporter's comment closes it.
  const comment = view.lower[restFrom] === ',' && closingNounPhrase(view, restFrom + 1);
  if (rest.length > 4 && !isAdjunctTail(rest) && !goesOn && !narrationGoesOn && !comment) return null;
  const { start, before } = reportBefore(scope, view, comma.start);
  if (/["\u201d\u2019']\s*$/.test(before) || scope.units.quoteAt(view.sentence.start) || wordCount(before) < 4) return null;
  // The name then stands between commas ("..., X Y, denied"), not right before its verb ("..., police said").
  if (view.lower[c.subject.range?.to ?? -1] === ',' && descriptionOnly(before)) return null;
  // "In the northern province, <Place>, officials met ...": a report has a verb; an opening phrase has none.
  if (verbless(before)) return null;
  const speakers = speakersOf[i] ?? [];
  if (speakers.length === 0) return null;
  scope.memory.said.push({ sentenceIndex: view.sentence.index, offset: comma.start, speaker: speakers[0]! });
  const after = goesOn ? scope.units.text.slice(view.tokens[restFrom + 1]?.start ?? view.sentence.end, view.sentence.end) : '';
  return {
    kind: 'indirect', speakers, quote: after ? `${trimClause(before)} ${trimClause(after)}` : trimClause(before), start,
    end: after ? view.sentence.end : comma.start, sentenceIndex: view.sentence.index, anchor: view.tokens[c.verb]?.start ?? comma.start,
    setting: [[comma.end, view.sentence.end]],
  };
}
