import type { Doc, Mention } from '../doc.ts';
import type { Resources } from '../pipeline.ts';
import type { ActorRef } from '../types.ts';
import { fullestForm, trailingName } from './fallback-names.ts';
import { DOCUMENT_HEADS, GENERIC_HEADS, PRONOUNS } from './lexicon.ts';
import { mainSubject, type TokenRange } from './subject.ts';
import type { SentenceView, TextUnits } from './units.ts';

/** Statements found so far, for pronouns and "the statement said". */
export interface SpeakerMemory {
  said: Array<{ sentenceIndex: number; offset: number; speaker: ActorRef }>;
  /** "statement" / "report" → who issued it, once known. */
  documents: Map<string, ActorRef>;
}

export interface SpeakerScope {
  doc: Doc;
  units: TextUnits;
  resources: Resources | undefined;
  memory: SpeakerMemory;
}

const GROUP_ANAPHORS = new Set(['group', 'organization', 'organisation', 'movement', 'militia', 'body', 'agency']);
const INDEFINITE = new Set(['a', 'an', 'one', 'two', 'three', 'several', 'some', 'many', 'another', 'other']);
const CUT_WORDS = new Set(['in', 'from', 'at', 'near', 'inside', 'across', 'outside']);
const ORG_WORDS = /\b(?:Forces|Force|Ministry|Council|Agency|Army|Mission|TV|Television|News|Union|Nations|Coalition|Group|Brigades?|Party|Front|Movement|Committee|Office|Organi[sz]ation|Command|Police|Guard|Department|Government|Authority|Media|Radio|Press|Times|Post|Institute|Court|Parliament|Assembly|Commission|League|Network|Service)\b/;

/** Agent nouns name people by what they do ("commander", "protesters", "activist"). */
export function isAgentNoun(word: string): boolean {
  return /^[a-z]+(?:er|or|ist|ian|ant|ent|ee)s?$/.test(word) && word.length > 4;
}

function entityRef(doc: Doc, key: string | null): ActorRef | null {
  if (!key) return null;
  const person = doc.people.find((p) => p.key === key);
  if (person) return { type: 'person', name: person.name, key };
  const org = doc.organizations.find((o) => o.key === key);
  if (org) return { type: 'organization', name: org.name, key };
  const place = doc.places.find((p) => p.key === key);
  return place ? { type: 'place', name: place.name, key } : null;
}

function mentionsIn(doc: Doc, start: number, end: number): Mention[] {
  return doc.mentions.filter((m) => m.start >= start && m.end <= end && m.entityKey !== null);
}

/** Drops a locative tail ("officials in the capital of X") and participle tail ("coalition backing X"). */
function headPhrase(view: SentenceView, range: TokenRange): TokenRange {
  for (let k = range.from + 1; k < range.to; k++) {
    const w = view.lower[k] ?? '';
    const headBefore = view.lower[k - 1] ?? '';
    const namedTail = view.tokens.slice(k + 1, range.to).some((t) => /^\p{Lu}/u.test(t.text));
    const genericBefore = GENERIC_HEADS.has(headBefore) || isAgentNoun(headBefore);
    if (CUT_WORDS.has(w) && genericBefore && (namedTail || w !== 'from')) return { from: range.from, to: k };
    if (/[a-z]ing$/.test(w) && k > range.from + 1) return { from: range.from, to: k };
  }
  return range;
}

function phraseText(units: TextUnits, view: SentenceView, r: TokenRange): string {
  const a = view.tokens[r.from];
  const b = view.tokens[r.to - 1];
  return a && b ? units.text.slice(a.start, b.end) : '';
}

/** Fallback when no entity mention names the phrase: a country, an organisation-like name or a person. */
function namedFallback(scope: SpeakerScope, words: string[], text: string): ActorRef | null {
  const caps = words.filter((w) => /^\p{Lu}/u.test(w));
  if (caps.length === 0) return null;
  if (words.length === 1 && scope.resources?.gazetteer.nationality(words[0] ?? '')) return null;
  const bare = text.replace(/^(?:the|a|an)\s+/i, '');
  // An organisation word as the head ("Defense Forces", "Arabiya TV"); in "Ministry spokesman X" it is a title.
  const lastWord = words[words.length - 1] ?? '';
  if (ORG_WORDS.test(lastWord) || /^[\p{Lu}.-]{2,}$/u.test(bare)) return { type: 'organization', name: bare, key: null };
  const country = scope.resources?.gazetteer.find(bare).find((m) => m.exact && m.place.kind === 'country');
  if (country) return { type: 'place', name: bare, key: null };
  // "Senator X Y spoke" (a subject read up to its verb): the name is the last capitalised run.
  let last = words.length;
  while (last > 0 && !/^\p{Lu}|^(?:al|el)-\p{L}/u.test(words[last - 1] ?? '')) last--;
  const name = trailingName(words.slice(0, last));
  if (name.length === 0) return null;
  if (name.length === 1 && /^\p{Lu}/u.test(bare) && words.length === name.length + (/^the$/i.test(words[0] ?? '') ? 1 : 0)) {
    // A lone capitalised word after "the" is a group ("the Houthis"); otherwise a surname.
    if (/^the$/i.test(words[0] ?? '')) return { type: 'organization', name: bare, key: null };
  }
  return { type: 'person', name: fullestForm(name.join(' '), scope.units.text), key: null };
}

/** Splits "X and Y" into named parts when both are named; otherwise one part. */
function splitCoordinated(view: SentenceView, r: TokenRange): TokenRange[] {
  const and = view.lower.slice(r.from, r.to).indexOf('and');
  if (and < 0) return [r];
  const at = r.from + and;
  const left = { from: r.from, to: at };
  const right = { from: at + 1, to: r.to };
  const named = (x: TokenRange): boolean => /^\p{Lu}/u.test(view.tokens[x.to - 1]?.text ?? '');
  return left.to > left.from && right.to > right.from && named(left) && named(right) ? [left, right] : [r];
}

/**
 * The speakers named by a subject phrase: usually one; two for "X and Y said" with both named. Empty
 * when the phrase names no plausible speaker (a lower-case noun phrase that is no generic actor).
 */
export function resolveSpeakers(scope: SpeakerScope, view: SentenceView, range: TokenRange): ActorRef[] {
  const head = headPhrase(view, range);
  const words = view.tokens.slice(head.from, head.to).map((t) => t.text);
  const last = (view.lower[head.to - 1] ?? '').replace(/\.$/, '');
  const text = phraseText(scope.units, view, head);
  if (words.length === 1 && PRONOUNS.has(last)) {
    const ref = resolvePronoun(scope, view, head.from);
    return ref ? [ref] : [];
  }
  const start = view.tokens[head.from]?.start ?? 0;
  const end = view.tokens[head.to - 1]?.end ?? 0;
  const mentions = mentionsIn(scope.doc, start, end).filter((m) => m.type !== 'nationality' && m.type !== 'pronoun');
  if (DOCUMENT_HEADS.has(last)) return documentIssuer(scope, view, head, mentions, last);
  const headWord = nounHead(words);
  // "A statement from the ministry said", "a report by the agency said": the issuer speaks.
  const docAt = words.findIndex((w, i) => DOCUMENT_HEADS.has(w.toLowerCase()) && ['from', 'by', 'of'].includes((words[i + 1] ?? '').toLowerCase()));
  if (docAt >= 0 && head.from + docAt + 2 < head.to) return resolveSpeakers(scope, view, { from: head.from + docAt + 2, to: head.to });
  const sentenceInitial = head.from === 0 && words[0] === headWord;
  const lowerHead = headWord.toLowerCase();
  // Agent nouns ("the commander", "a protester", "activists") name people by what they do.
  const agent = isAgentNoun(lowerHead);
  const known = GENERIC_HEADS.has(lowerHead) || GENERIC_HEADS.has(`${lowerHead}s`) || agent;
  // "a protester", "one farmer", "several residents": an indefinite phrase of common nouns is anonymous.
  const indefinite = words.length > 1 && INDEFINITE.has((words[0] ?? '').toLowerCase()) && words.slice(1).every((x) => !/^\p{Lu}/u.test(x));
  const headIsGeneric = (known || indefinite) && (sentenceInitial || !/^\p{Lu}/u.test(headWord));
  const wholeOrg = mentions.find((m) => m.end === end && m.type === 'organization');
  if (headIsGeneric && !wholeOrg) return [orgByHead(scope, words, headWord, view.sentence.index) ?? { type: 'anonymous', name: text, key: null }];
  const parts = splitCoordinated(view, head);
  if (parts.length > 1) return parts.flatMap((p) => resolveSpeakers(scope, view, p));
  const pick = [...mentions].sort((a, b) => rank(a, end) - rank(b, end))[0];
  const ref = pick ? entityRef(scope.doc, pick.entityKey) : null;
  if (ref) return [ref];
  const fallback = namedFallback(scope, words, text);
  return fallback ? [fallback] : [];
}

/**
 * "The ministry said", "the army said": the organization whose name ends in that head noun ("Interior
 * Ministry") that spoke most recently, else the only such organization of the article; else none.
 */
function orgByHead(scope: SpeakerScope, words: string[], head: string, sentenceIndex: number): ActorRef | null {
  if (words.length !== 2 || !/^the$/i.test(words[0] ?? '')) return null;
  const h = head.toLowerCase();
  const endsInHead = (name: string): boolean => name.toLowerCase().split(/\s+/).pop() === h;
  const spoke = [...scope.memory.said].reverse().find((s) => s.speaker.type === 'organization' && endsInHead(s.speaker.name));
  if (spoke) return spoke.speaker;
  // "The group said": the organization that spoke last, when it spoke in the last few sentences.
  const recent = scope.memory.said[scope.memory.said.length - 1];
  if (GROUP_ANAPHORS.has(h) && recent && recent.speaker.type === 'organization' && recent.sentenceIndex >= sentenceIndex - 3) {
    return recent.speaker;
  }
  const orgs = scope.doc.organizations.filter((o) => endsInHead(o.name));
  const only = orgs.length === 1 ? orgs[0] : undefined;
  return only ? { type: 'organization', name: only.name, key: only.key } : null;
}

/** The head noun of a phrase: the last word before a prepositional tail ("reports from the scene"). */
function nounHead(words: string[]): string {
  const prep = words.findIndex((w, i) => i > 0 && ['of', 'from', 'in', 'at', 'for', 'on', 'near'].includes(w.toLowerCase()));
  return (prep > 0 ? words[prep - 1] : words[words.length - 1]) ?? '';
}

/** Person mentions first, then the mention that ends the phrase, then any organisation, then places. */
function rank(m: Mention, end: number): number {
  const order = m.type === 'person' ? 0 : m.type === 'organization' ? 2 : m.type === 'generic' ? 4 : 6;
  return order - (m.end === end ? 1 : 0);
}

/** "The statement said": its issuer named inside, else the one already known, else the previous speaker. */
function documentIssuer(scope: SpeakerScope, view: SentenceView, head: TokenRange, mentions: Mention[], noun: string): ActorRef[] {
  const named = mentions.map((m) => entityRef(scope.doc, m.entityKey)).find((r) => r !== null);
  const words = view.tokens.slice(head.from, head.to - 1).map((t) => t.text);
  const inner = named ?? (words.some((w) => /^\p{Lu}/u.test(w) && !/^(?:The|A|An)$/.test(w))
    ? namedFallback(scope, words, words.filter((w) => !/^(?:the|a|an)$/i.test(w)).join(' '))
    : null);
  if (inner) {
    scope.memory.documents.set(noun, inner);
    return [inner];
  }
  const known = scope.memory.documents.get(noun) ?? previousSpeaker(scope, view.sentence.index, 1) ?? previousSubject(scope, view.sentence.index);
  if (known) scope.memory.documents.set(noun, known);
  return known ? [known] : [];
}

function previousSpeaker(scope: SpeakerScope, sentenceIndex: number, back: number, accept?: (r: ActorRef) => boolean): ActorRef | null {
  for (let i = scope.memory.said.length - 1; i >= 0; i--) {
    const s = scope.memory.said[i];
    if (!s || s.sentenceIndex < sentenceIndex - back) break;
    if (!accept || accept(s.speaker)) return s.speaker;
  }
  return null;
}

/** The subject of the sentence before, resolved as a speaker phrase would be. */
function previousSubject(scope: SpeakerScope, sentenceIndex: number, accept?: (r: ActorRef) => boolean): ActorRef | null {
  const view = scope.units.byIndex(sentenceIndex - 1);
  const subj = view ? mainSubject(view) : null;
  if (!view || !subj || PRONOUNS.has(view.lower[subj.from] ?? '')) return null;
  const ref = resolveSpeakers(scope, view, subj)[0] ?? null;
  return ref && (!accept || accept(ref)) ? ref : null;
}

/** Without entity mentions: "the Islamic State group ..., which it said": a "the"-named group before "it". */
function orgBefore(view: SentenceView, at: number): ActorRef | null {
  if (view.lower[at] !== 'it') return null;
  for (let k = at - 1; k > 0; k--) {
    if (!/^\p{Lu}/u.test(view.tokens[k]?.text ?? '')) continue;
    let from = k;
    while (from > 0 && /^\p{Lu}/u.test(view.tokens[from - 1]?.text ?? '')) from--;
    if (view.lower[from - 1] !== 'the') return null;
    return { type: 'organization', name: view.tokens.slice(from, k + 1).map((t) => t.text).join(' '), key: null };
  }
  return null;
}

/** He/she: the last person who spoke or was the subject nearby; they/it: the last non-person speaker. */
function resolvePronoun(scope: SpeakerScope, view: SentenceView, at: number): ActorRef | null {
  const word = view.lower[at] ?? '';
  const offset = view.tokens[at]?.start ?? 0;
  const wantPerson = word === 'he' || word === 'she';
  // An anonymous speaker in the singular ("a witness", "the spokesman") can be "he" or "she".
  const singular = (r: ActorRef): boolean =>
    r.type === 'anonymous' && !/[^s]s$|\b(?:police|people|media|staff|personnel)$/i.test(r.name);
  const accept = (r: ActorRef): boolean => (wantPerson ? r.type === 'person' || singular(r) : r.type !== 'person' && !singular(r));
  const sameSentence = scope.memory.said.filter((s) => s.sentenceIndex === view.sentence.index && s.offset < offset);
  const here = [...sameSentence].reverse().find((s) => accept(s.speaker));
  if (here) return here.speaker;
  if (!wantPerson) {
    const org = mentionsIn(scope.doc, view.sentence.start, offset).filter((m) => m.type === 'organization').pop();
    const ref = org ? entityRef(scope.doc, org.entityKey) : orgBefore(view, at);
    if (ref) return ref;
  }
  for (let back = 1; back <= 4; back++) {
    const idx = view.sentence.index - back;
    const spoke = scope.memory.said.filter((s) => s.sentenceIndex === idx && accept(s.speaker)).pop();
    if (spoke) return spoke.speaker;
    const subject = previousSubject(scope, idx + 1, accept);
    if (subject) return subject;
    const prev = scope.units.byIndex(idx);
    const named = prev && wantPerson
      ? mentionsIn(scope.doc, prev.sentence.start, prev.sentence.end).find((m) => m.type === 'person')
      : undefined;
    const namedRef = named ? entityRef(scope.doc, named.entityKey) : null;
    if (namedRef) return namedRef;
  }
  const linked = scope.doc.mentions.find((m) => m.type === 'pronoun' && m.start === offset);
  return linked ? entityRef(scope.doc, linked.entityKey) : null;
}
