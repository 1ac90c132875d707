/*
 * Speech carried by a noun rather than a speech verb: "X gave his assurance that ...", "X issued a
 * statement saying ...", "the agreement states that ...".
 */
import type { ActorRef } from '../types.ts';
import { THAT_NOUNS } from './lexicon.ts';
import type { SpeakerScope } from './speaker-scope.ts';
import type { TokenRange } from './subject.ts';
import type { SentenceView } from './units.ts';

/** Light verbs that, with a speech noun and "that", report speech: "gave assurances that", "made the point that". */
const LIGHT_VERBS = new Set(['gave', 'give', 'gives', 'giving', 'offered', 'offers', 'made', 'makes', 'making',
  'repeated', 'renewed', 'sent', 'delivered', 'issued', 'issues', 'issuing']);
/** Speech nouns for those verbs (each also a "that"-noun the complement reader knows). */
const SPEECH_NOUNS = new Set(['assurance', 'assurances', 'warning', 'message', 'point', 'assessment', 'claim',
  'allegation', 'demand']);
/** Verbs with which a text speaks for itself: "the agreement states that ...". */
const TEXT_VERBS = new Set(['states', 'stipulates', 'stipulated', 'specifies', 'specified', 'reads']);
/** Texts and agreements that speak as themselves: the answer key keeps the phrase as the speaker. */
const TEXT_NOUNS = new Set(['agreement', 'agreements', 'deal', 'accord', 'accords', 'treaty', 'resolution',
  'declaration', 'text', 'document', 'plan', 'law', 'constitution', 'charter', 'memorandum', 'proposal', 'draft',
  'ceasefire', 'cease-fire', 'truce', 'roadmap', 'protocol', 'pact', 'bill', 'decree', 'order', 'ruling', 'verdict',
  'indictment']);
/** Verbs by which a speaker puts out a document: "X issued a statement saying ...". */
const ISSUE_VERBS = new Set(['issued', 'issues', 'released', 'releases', 'published', 'publishes', 'posted', 'posts',
  'put', 'puts', 'sent', 'sends', 'distributed', 'circulated']);
const ISSUED_DOCUMENTS = new Set(['statement', 'statements', 'communique', 'communiqué', 'release', 'message',
  'video', 'audio', 'recording', 'tweet', 'post', 'letter', 'notice', 'bulletin', 'report', 'declaration']);
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'this', 'that', 'one', 'another']);

/**
 * Whether token `v` is a verb that reports speech through a noun: a light verb before a speech noun and
 * "that" ("gave his assurance that"), or a text verb after a text noun and before "that" ("the deal states that").
 */
export function nounSpeechVerb(view: SentenceView, v: number): boolean {
  const w = view.lower[v] ?? '';
  if (LIGHT_VERBS.has(w)) {
    for (let k = v + 1; k <= v + 4; k++) {
      const x = view.lower[k] ?? '';
      if (SPEECH_NOUNS.has(x) && THAT_NOUNS.has(x) && view.lower[k + 1] === 'that') return true;
      if (!DETERMINERS.has(x) && !/^[a-z-]+$/.test(x)) return false;
    }
    return false;
  }
  return TEXT_VERBS.has(w) && view.lower[v + 1] === 'that' && TEXT_NOUNS.has(view.lower[v - 1] ?? '');
}

/** "The ministry issued a statement": the part of a subject before the verb that put the document out, or null. */
export function issuerRange(view: SentenceView, range: TokenRange): TokenRange | null {
  for (let k = range.from + 1; k < range.to - 1; k++) {
    if (!ISSUE_VERBS.has(view.lower[k] ?? '')) continue;
    const rest = view.lower.slice(k + 1, range.to);
    if (view.lower[k] === 'put' || view.lower[k] === 'puts') rest.shift(); // "put out a statement"
    if (!DETERMINERS.has(rest[0] ?? '') || !ISSUED_DOCUMENTS.has(rest[rest.length - 1] ?? '')) return null;
    if (!rest.slice(1, -1).every((x) => /^[a-z-]+$/.test(x))) return null;
    return { from: range.from, to: k };
  }
  return null;
}

/** "The agreement", "the ceasefire deal", "the draft resolution": a text that speaks as itself, kept as its phrase. */
export function textSpeaker(scope: SpeakerScope, view: SentenceView, range: TokenRange): ActorRef | null {
  const lower = view.lower.slice(range.from, range.to);
  if (lower.length < 2 || lower.length > 4 || !['the', 'a', 'an', 'this'].includes(lower[0] ?? '')) return null;
  if (!TEXT_NOUNS.has(lower[lower.length - 1] ?? '')) return null;
  // Only lower-case modifiers ("the ceasefire deal"); a named text ("the Lakeside Accord") is named elsewhere.
  if (!view.tokens.slice(range.from + 1, range.to).every((t) => /^[a-z-]+$/.test(t.text))) return null;
  const start = view.tokens[range.from]?.start ?? 0;
  const end = view.tokens[range.to - 1]?.end ?? start;
  return { type: 'anonymous', name: scope.units.text.slice(start, end).replace(/^(A|An)\s/, (m) => m.toLowerCase()), key: null };
}
