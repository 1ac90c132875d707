import type { Mention } from '../doc.ts';
import type { ActorRef } from '../types.ts';
import { resolveName, resolvePronoun as entitiesPronoun } from '../entities/resolve.ts';
import { DOCUMENT_HEADS, GENERIC_HEADS, INSTITUTION_HEADS, PRONOUNS, TITLE_HEADS } from './lexicon.ts';
import { isPersonNoun, modifiedAnonymous, phraseHead, sameAnonymousPerson, withoutPlaceAdverb } from './anonymous-phrases.ts';
import { bothSplit } from './both-split.ts';
import { relativeAnonymous } from './relative-clause.ts';
import { withoutLeadingPreposition } from './leading-preposition.ts';
import { personAfterDescription } from './titled-tail.ts';
import { organizationInDescription } from './named-descriptor.ts';
import { namedAfterDescription } from './described.ts';
import { personBeforeRole } from './role-apposition.ts';
import { overPlaceApposition } from './place-apposition.ts';
import { groupNamedWithThe } from './the-named-group.ts';
import { issuerRange, textSpeaker } from './noun-speech.ts';
import { describedOrganization } from './descriptive-speakers.ts';
import { trailingName } from './fallback-names.ts';
import { appositionName, fullerDescription, knownAsName, memberOfOrg, pairReference } from './speaker-links.ts';
import { orgByMemberNoun } from './member-noun.ts';
import { entityRef, mentionsIn, type SpeakerScope } from './speaker-scope.ts';
import { headPhrase, residentOf, INDEFINITE, isAgentNoun, namedFallback, nounHead, orgByHead, personByTitle, phraseText, rank, splitCoordinated } from './speaker-phrase.ts';
import { mainSubject, type TokenRange } from './subject.ts';
import { speakerHead } from './speaker-head.ts';
import type { SentenceView } from './units.ts';

export type { SpeakerMemory, SpeakerScope } from './speaker-scope.ts';

/** Prepositions that open a post-modifier of a speaker phrase. */
const TAIL_WORDS = new Set(['in', 'of', 'from', 'at', 'for', 'on', 'with', 'near', 'to']);

/**
 * The speakers named by a subject phrase: usually one; two for "X and Y said" with both named. Empty
 * when the phrase names no plausible speaker (a lower-case noun phrase that is no generic actor).
 */
export function resolveSpeakers(scope: SpeakerScope, view: SentenceView, whole: TokenRange): ActorRef[] {
  const range = overPlaceApposition(scope.doc, view, speakerHead(scope.doc, view, withoutPlaceAdverb(view, withoutLeadingPreposition(view, whole))));
  // "The ministry issued a statement saying ...": the issuer speaks; "the agreement states ...": the text.
  const both = bothSplit(view, range);
  if (both) return both;
  // "X and party chairman Y Z said": two named speakers, each read on its own before any description rule.
  // A part with a prepositional tail ("officials in <City>") is left to the head-phrase rules below.
  const pairParts = splitCoordinated(view, range);
  const tailless = pairParts.every((p) => !view.lower.slice(p.from, p.to).some((w) => TAIL_WORDS.has(w)));
  if (pairParts.length > 1 && tailless) return pairParts.flatMap((p) => resolveSpeakers(scope, view, p));
  const identified = relativeAnonymous(scope.units, view, range);
  if (identified) return [identified];
  const namedBody = organizationInDescription(scope, view, range);
  if (namedBody) return [namedBody];
  const titledPerson = personAfterDescription(scope, view.tokens.slice(range.from, range.to).map((t) => t.text));
  if (titledPerson) return [titledPerson];
  const roleHolder = personBeforeRole(scope, view, range);
  if (roleHolder) return [roleHolder];
  const issuer = issuerRange(view, range);
  if (issuer) return resolveSpeakers(scope, view, issuer);
  const textRef = textSpeaker(scope, view, range);
  if (textRef) return [textRef];
  const resident = residentOf(view, range);
  if (resident) return [{ type: 'anonymous', name: resident, key: null }];
  const member = memberOfOrg(scope, view, range);
  if (member) return [member];
  // "the militant group", "a monitoring group based in X": the one organization of that kind named.
  const describedOrg = describedOrganization(scope, view, range);
  if (describedOrg) return [describedOrg];
  // "an officer with the security service", "officials in the south": the whole anonymous phrase.
  const modified = modifiedAnonymous(scope, view, range);
  if (modified) return [modified];
  const head = headPhrase(view, range);
  const words = view.tokens.slice(head.from, head.to).map((t) => t.text);
  const last = (view.lower[head.to - 1] ?? '').replace(/\.$/, '');
  const text = phraseText(scope.units, view, head);
  if (words.length === 1 && PRONOUNS.has(last)) {
    const ref = resolvePronoun(scope, view, head.from);
    return ref ? [ref] : [];
  }
  const pair = pairReference(scope, view.sentence.index, words);
  if (pair) return pair;
  const start = view.tokens[head.from]?.start ?? 0;
  const end = view.tokens[head.to - 1]?.end ?? 0;
  const mentions = mentionsIn(scope.doc, start, end).filter((m) => m.type !== 'nationality' && m.type !== 'pronoun');
  if (DOCUMENT_HEADS.has(last)) return documentIssuer(scope, view, head, mentions, last);
  const headWord = nounHead(words);
  // "A statement from the ministry said", "a report by the agency said": the issuer speaks.
  const capital = issuedInCapital(scope, words);
  if (capital) return [capital];
  const docAt = words.findIndex((w, i) => DOCUMENT_HEADS.has(w.toLowerCase()) && ['from', 'by', 'of'].includes((words[i + 1] ?? '').toLowerCase()));
  if (docAt >= 0 && head.from + docAt + 2 < head.to) return resolveSpeakers(scope, view, { from: head.from + docAt + 2, to: head.to });
  const sentenceInitial = head.from === 0 && words[0] === headWord;
  const lowerHead = headWord.toLowerCase();
  // Agent nouns ("the commander", "a protester", "activists") name people by what they do.
  const agent = isAgentNoun(lowerHead);
  // "<Org> representatives", "<Org> aides": people who speak for a body, named by it, stay a phrase.
  const known = GENERIC_HEADS.has(lowerHead) || GENERIC_HEADS.has(`${lowerHead}s`) || TITLE_HEADS.has(lowerHead) || agent ||
    isPersonNoun(lowerHead);
  // "a protester", "one farmer", "several residents": an indefinite phrase of common nouns is anonymous.
  const indefinite = words.length > 1 && INDEFINITE.has((words[0] ?? '').toLowerCase()) && words.slice(1).every((x) => !/^\p{Lu}/u.test(x));
  const headIsGeneric = (known || indefinite) && (sentenceInitial || !/^\p{Lu}/u.test(headWord));
  const wholeOrg = mentions.find((m) => m.end === end && (m.type === 'organization' || m.type === 'person'));
  // "a spokesman for <Org> said ... X Y, the spokesman, said": the person named next, not the organization.
  const described = headIsGeneric ? namedAfterDescription(scope, view.sentence.index, words, headWord) : null;
  if (described) return [described];
  if (headIsGeneric && !wholeOrg) return [orgByHead(scope, words, headWord, view.sentence.index, start) ?? orgByMemberNoun(scope, words, headWord) ?? personByTitle(scope, words, headWord) ?? appositionName(scope, words) ?? knownAsName(scope, words) ??
    sameAnonymous(scope, words, headWord) ?? sameAnonymousPerson(scope, words, view.sentence.index) ?? anonymous(fullerDescription(scope, words) ?? text)];
  const parts = splitCoordinated(view, head);
  if (parts.length > 1) return parts.flatMap((p) => resolveSpeakers(scope, view, p));
  const pick = [...mentions].sort((a, b) => rank(a, end) - rank(b, end))[0];
  // "<Org> spokesperson X Y", "Secretary of State for ... X Y": a name after the title, no mention of its own.
  const titled = pick && pick.end < end ? titledName(scope, words, text) : null;
  if (titled) return [titled];
  // "Tulsa said", where a town shares a speaker's surname: a place does not speak in one word when a person can.
  const surnamed = pick?.type === 'place' && words.length === 1 ? latestPersonNamed(scope, words[0] ?? '', start) : null;
  if (surnamed) return [surnamed];
  const ref = pick ? entityRef(scope.doc, pick.entityKey) : null;
  if (ref) return [ref];
  // A name no mention covers may still be an alias or surname of an entity ("Lund" → Ida Lund).
  const named = scope.doc.people.length + scope.doc.organizations.length > 0 ? resolveName(scope.doc, text) : null;
  if (named) return [named];
  const fallback = namedFallback(scope, words, text);
  return fallback ? [groupNamedWithThe(words, fallback)] : [];
}

/** The person whose name ends in `surname` and who was mentioned last before `offset`, or null. */
function latestPersonNamed(scope: SpeakerScope, surname: string, offset: number): ActorRef | null {
  let best: { ref: ActorRef; at: number } | null = null;
  for (const p of scope.doc.people) {
    const words = p.name.split(/\s+/);
    if (words.length < 2 || words[words.length - 1] !== surname) continue;
    const at = Math.max(-1, ...p.mentions.filter((m) => m.start < offset).map((m) => m.start));
    if (at >= 0 && (!best || at > best.at)) best = { ref: { type: 'person', name: p.name, key: p.key }, at };
  }
  return best?.ref ?? null;
}

/** The person a phrase ends with after a lower-case title word or a title ("spokesperson X Y"). */
function titledName(scope: SpeakerScope, words: string[], text: string): ActorRef | null {
  const name = trailingName(words);
  if (name.length < 2 || name.length === words.length) return null;
  const before = (words[words.length - name.length - 1] ?? '').toLowerCase();
  if (!TITLE_HEADS.has(before) && !/^(?:spokesperson|affairs|official|officer|leader|chief)$/.test(before)) return null;
  const ref = namedFallback(scope, words, text);
  return ref?.type === 'person' ? ref : null;
}

/**
 * An anonymous speaker is the article's phrase, article included ("a witness", fixtures/README.md);
 * the scorer folds only a leading "the", so "a" stays, written in lower case.
 */
function anonymous(text: string): ActorRef {
  return { type: 'anonymous', name: singularAfterOne(text.replace(/^(A|An)\s/, (m) => m.toLowerCase())), key: null };
}

/** "One residents described ...": "one" takes a noun in the singular ("one resident"), as the reader takes it. */
function singularAfterOne(text: string): string {
  const m = /^(one|One)\s+([a-z]+)$/.exec(text);
  if (!m) return text;
  const noun = m[2] ?? '';
  const single = [noun.replace(/(ss|sh|ch|x)es$/, '$1'), noun.replace(/s$/, '')].find((x) => x !== noun && GENERIC_HEADS.has(x));
  return single ? `one ${single}` : `one ${noun}`;
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
  // The subject of the sentence before may have put the document out only if it is a body that can
  // ("The group claimed the attack. The statement said ...", "State television showed ... The report
  // said ..."), not the narrated actors ("Gunmen attacked ...").
  const issuerLike = (r: ActorRef): boolean => r.type === 'organization' || r.type === 'place' ||
    (r.type === 'anonymous' && INSTITUTION_HEADS.has(phraseHead(r.name).split(' ').pop()?.toLowerCase() ?? ''));
  const known = scope.memory.documents.get(noun) ?? previousSpeaker(scope, view.sentence.index, 1) ??
    previousSubject(scope, view.sentence.index, issuerLike);
  if (known) scope.memory.documents.set(noun, known);
  // Nobody issued it that the article says: the document itself is the source ("the report said").
  return [known ?? { type: 'anonymous', name: phraseText(scope.units, view, head), key: null }];
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
    r.type === 'anonymous' && !/[^s]s$|\b(?:police|people|media|staff|personnel)$/i.test(phraseHead(r.name));
  // "The government said ... when it called ...": a body in the singular is "it", never "he" or "they".
  const body = (r: ActorRef): boolean => singular(r) && INSTITUTION_HEADS.has(phraseHead(r.name).split(' ').pop()?.toLowerCase() ?? '');
  const accept = (r: ActorRef): boolean => word === 'it'
    ? r.type === 'organization' || r.type === 'place' || body(r)
    : wantPerson ? r.type === 'person' || (singular(r) && !body(r)) : r.type !== 'person' && !singular(r);
  const sameSentence = scope.memory.said.filter((s) => s.sentenceIndex === view.sentence.index && s.offset < offset);
  const here = [...sameSentence].reverse().find((s) => accept(s.speaker));
  if (here) return here.speaker;
  const own = ownSubject(scope, view, at, accept);
  if (own) return own;
  if (!wantPerson) {
    const org = mentionsIn(scope.doc, view.sentence.start, offset).filter((m) => m.type === 'organization').pop();
    const ref = org ? entityRef(scope.doc, org.entityKey) : orgBefore(view, at);
    if (ref) return ref;
  }
  for (let back = 1, narrated = 0; narrated < 4 && back <= 12; back++) {
    const idx = view.sentence.index - back;
    if (idx < 0) break;
    const spoke = scope.memory.said.filter((s) => s.sentenceIndex === idx && accept(s.speaker)).pop();
    if (spoke) return spoke.speaker;
    // A sentence of quoted words ("Thirteen are still held," ...) names the speaker's subjects, not the article's.
    if (quotedSentence(scope, idx)) continue;
    narrated++;
    const subject = previousSubject(scope, idx + 1, accept);
    if (subject) return subject;
    const prev = scope.units.byIndex(idx);
    const named = prev && wantPerson
      ? mentionsIn(scope.doc, prev.sentence.start, prev.sentence.end).find((m) => m.type === 'person')
      : undefined;
    const namedRef = named ? entityRef(scope.doc, named.entityKey) : null;
    if (namedRef) return namedRef;
  }
  // Last, the entities component's own pronoun resolution (nearest compatible mention).
  const linked = entitiesPronoun(scope.doc, offset);
  return linked && (linked.type !== 'anonymous' || !wantPerson) ? linked : null;
}

/** Words that open a clause whose pronoun subject is the sentence's own subject ("..., because he said"). */
const CLAUSE_OPENERS = new Set(['because', 'as', 'when', 'after', 'since', 'while', 'before', 'until', 'although',
  'though', 'and', 'but', 'where']);

/**
 * "The king seized power because he said ...", "Protesters marched as they demanded ...": a pronoun
 * opening a later clause of the sentence is its main subject, when that subject is no pronoun and fits.
 */
function ownSubject(scope: SpeakerScope, view: SentenceView, at: number, accept: (r: ActorRef) => boolean): ActorRef | null {
  if (!CLAUSE_OPENERS.has(view.lower[at - 1] ?? '')) return null;
  const subj = mainSubject(view);
  if (!subj || subj.to >= at - 1 || PRONOUNS.has(view.lower[subj.from] ?? '')) return null;
  const ref = resolveSpeakers(scope, view, subj)[0] ?? null;
  return ref && accept(ref) ? ref : null;
}

/** Whether sentence `idx` opens inside a quotation or with a quotation mark. */
function quotedSentence(scope: SpeakerScope, idx: number): boolean {
  const v = scope.units.byIndex(idx);
  if (!v) return false;
  const lead = v.sentence.text.length - v.sentence.text.trimStart().length;
  return scope.units.quoteAt(v.sentence.start + lead) !== undefined;
}

/**
 * "A statement issued in <capital>": a document put out in a capital speaks for that country's
 * government, named as the country ("United States"). Needs the gazetteer to know capitals.
 */
function issuedInCapital(scope: SpeakerScope, words: string[]): ActorRef | null {
  const lower = words.map((w) => w.toLowerCase());
  const doc = lower.findIndex((w) => DOCUMENT_HEADS.has(w));
  if (doc < 0 || !['issued', 'released', 'published', 'posted', 'sent'].includes(lower[doc + 1] ?? '')) return null;
  if (!['in', 'from'].includes(lower[doc + 2] ?? '')) return null;
  const place = words.slice(doc + 3).join(' ');
  const gaz = scope.resources?.gazetteer;
  const capital = gaz?.find(place).find((m) => m.exact && m.place.featureCode === 'PPLC');
  const country = capital ? gaz?.country(capital.place.countryCode) : undefined;
  return country ? { type: 'place', name: country.name, key: null } : null;
}

/** "The ambassador said" after "Norland's ambassador, who said ...": the same anonymous speaker again. */
function sameAnonymous(scope: SpeakerScope, words: string[], head: string): ActorRef | null {
  if (words.length < 2 || words.length > 3 || !/^the$/i.test(words[0] ?? '') || words[words.length - 1] !== head) return null;
  // "the army official" after "a Norlandian army official": the prior phrase ends with the same words.
  const tail = words.slice(1).join(' ').toLowerCase();
  // "the steward" after "one of the rally stewards": one of a plural is that noun in the singular.
  const oneOf = (name: string): boolean => /^one of\s/.test(name) && (name.endsWith(` ${tail}s`) || name.endsWith(` ${tail}es`));
  const prior = [...scope.memory.said].reverse().find((x) => x.speaker.type === 'anonymous' &&
    (x.speaker.name.toLowerCase() === tail || x.speaker.name.toLowerCase().endsWith(` ${tail}`) || oneOf(x.speaker.name.toLowerCase())));
  return prior?.speaker ?? null;
}
