/* Reading a subject phrase: its head, its locative tail, its name when no entity mention names it. */
import type { Mention } from '../doc.ts';
import type { ActorRef } from '../types.ts';
import { fullestForm, trailingName } from './fallback-names.ts';
import { DOCUMENT_HEADS, GENERIC_HEADS, TITLE_HEADS } from './lexicon.ts';
import type { SpeakerScope } from './speaker-scope.ts';
import type { TokenRange } from './subject.ts';
import type { SentenceView, TextUnits } from './units.ts';
import { cachedRegExp, escapeRegExp } from '../regex-cache.ts';

/** Nouns that refer back to a body ("the group said", "the paper said" after the newspaper spoke). */
const GROUP_ANAPHORS = new Set(['group', 'organization', 'organisation', 'movement', 'militia', 'body', 'agency', 'paper',
  'newspaper', 'daily', 'broadcaster', 'station', 'channel']);
const FUNCTION_WORDS = new Set(['that', 'this', 'these', 'those', 'it', 'there', 'here', 'what', 'which', 'who',
  'all', 'some', 'many', 'most', 'none', 'both', 'each', 'others', 'another', 'such', 'having', 'as', 'so']);
export const INDEFINITE = new Set(['a', 'an', 'one', 'two', 'three', 'several', 'some', 'many', 'another', 'other']);
const RESIDENCE_NOUNS = new Set(['resident', 'residents', 'villager', 'villagers', 'native', 'natives', 'local', 'locals']);
const PARTICIPLE_NEXT = new Set(['in', 'at', 'near', 'on', 'by', 'to', 'from', 'with', 'inside', 'outside', 'across']);
const CUT_WORDS = new Set(['in', 'from', 'at', 'near', 'inside', 'across', 'outside']);
export const ORG_WORDS = /\b(?:Forces|Force|Ministry|Council|Agency|Army|Mission|TV|Television|News|Union|Nations|Coalition|Group|Brigades?|Party|Front|Movement|Committee|Office|Organi[sz]ation|Command|Police|Guard|Department|Government|Authority|Media|Radio|Press|Times|Post|Institute|Court|Parliament|Assembly|Commission|League|Network|Service|Observatory|Foundation|Fund|Bank|Crescent|Cross|Corps|Battalion|Brigade|Regiment|Division|Programme|Program|Watch|Society|Association|Federation|Board|Bureau|Directorate|Secretariat|Alliance)\b/;

/** Agent nouns name people by what they do ("commander", "protesters", "activist"). */
export function isAgentNoun(word: string): boolean {
  return /^[a-z]+(?:er|or|ist|ian|ant|ent|ee)s?$/.test(word) && word.length > 4;
}

/**
 * "a resident of <Town>" is the "<Town> resident" (the form the article uses when it comes back to
 * the speaker: "the <Town> resident said"); null when the phrase is no such residence phrase.
 */
export function residentOf(view: SentenceView, range: TokenRange): string | null {
  for (let k = range.from; k + 2 < range.to + 1; k++) {
    if (!RESIDENCE_NOUNS.has(view.lower[k] ?? '') || view.lower[k + 1] !== 'of') continue;
    let end = k + 2;
    while (end < range.to && /^\p{Lu}/u.test(view.tokens[end]?.text ?? '')) end++;
    if (end === k + 2 || end !== range.to) return null;
    const place = view.tokens.slice(k + 2, end).map((t) => t.text).join(' ');
    // Only a determiner may stand before the noun; "two elderly residents of X" keeps its own phrase.
    if (k - range.from > 1 || (k > range.from && !/^(?:a|an|the|one)$/i.test(view.tokens[range.from]?.text ?? ''))) return null;
    return `${place} ${view.tokens[k]?.text ?? ''}`;
  }
  return null;
}

/** Drops a locative tail ("officials in the capital of X") and participle tail ("coalition backing X"). */
export function headPhrase(view: SentenceView, range: TokenRange): TokenRange {
  for (let k = range.from + 1; k < range.to; k++) {
    const w = view.lower[k] ?? '';
    const headBefore = view.lower[k - 1] ?? '';
    const namedTail = view.tokens.slice(k + 1, range.to).some((t) => /^\p{Lu}/u.test(t.text));
    const genericBefore = GENERIC_HEADS.has(headBefore) || isAgentNoun(headBefore);
    // A bare head keeps its place as its only modifier: "officials in <City>", "officials from <Org>",
    // but "army officials".
    const bare = k - range.from === 1 || (k - range.from === 2 && view.lower[range.from] === 'the');
    // "A statement from the ministry": who put a document out is no place tail but its speaker.
    const issued = DOCUMENT_HEADS.has(headBefore) && w === 'from';
    // "the Relief Mission in <Country>": a capitalised head inside a name keeps its place; only
    // a head that is capitalised because it opens the sentence ("Police in <Province>") may lose it.
    const properHead = k - 1 > 0 && /^\p{Lu}/u.test(view.tokens[k - 1]?.text ?? '') && /^\p{Lu}/u.test(view.tokens[k - 2]?.text ?? '') &&
      /^\p{Lu}/u.test(view.tokens[k + 1]?.text ?? '');
    // "reports from the scene", "witnesses at the scene": an unnamed place of the source stays.
    if (CUT_WORDS.has(w) && genericBefore && !issued && !properHead && namedTail && !(bare && namedTail && (w === 'in' || w === 'from'))) {
      return { from: range.from, to: k };
    }
    // "a resident of <Town>": where the resident lives is not part of who speaks.
    if (w === 'of' && RESIDENCE_NOUNS.has(headBefore) && namedTail) return { from: range.from, to: k };
    // "the coalition backing X": a participle after a noun; "the Norlandian peacekeeping force": an
    // -ing word after an adjective or name modifies the noun that follows it.
    const nounBefore = /^\p{Ll}/u.test(view.tokens[k - 1]?.text ?? '') || GENERIC_HEADS.has(headBefore);
    // A participle has a verb stem of three letters or more: "wing", "king", "ring", "thing" are nouns.
    if (/^[a-z]{3,}ing$/.test(w) && k > range.from + 1 && nounBefore) return { from: range.from, to: k };
    // "an army official stationed in the north", "officials based in the capital": a participle tail.
    // A document keeps it: "a statement issued in <capital>" says who issued it.
    if (/^[a-z]+ed$/.test(view.tokens[k]?.text ?? '') && genericBefore && !DOCUMENT_HEADS.has(headBefore) &&
      PARTICIPLE_NEXT.has(view.lower[k + 1] ?? '')) {
      return { from: range.from, to: k };
    }
  }
  return range;
}

export function phraseText(units: TextUnits, view: SentenceView, r: TokenRange): string {
  const a = view.tokens[r.from];
  const b = view.tokens[r.to - 1];
  return a && b ? units.text.slice(a.start, b.end) : '';
}

/** Fallback when no entity mention names the phrase: a country, an organisation-like name or a person. */
export function namedFallback(scope: SpeakerScope, words: string[], text: string): ActorRef | null {
  const caps = words.filter((w) => /^\p{Lu}/u.test(w));
  if (caps.length === 0) return null;
  if (words.length === 1 && FUNCTION_WORDS.has((words[0] ?? '').toLowerCase())) return null; // "That said, ..." 
  if (words.length === 1 && scope.resources?.gazetteer.nationality(words[0] ?? '')) return null;
  // "X Y of the Norland Crisis Group": a person's name, then where the person works.
  const of = words.indexOf('of');
  const person = of >= 2 ? words.slice(0, of) : [];
  if (person.length > 0 && person.every((w) => /^\p{Lu}/u.test(w) && !ORG_WORDS.test(w)) && trailingName(person).length === person.length) {
    return { type: 'person', name: fullestForm(person.join(' '), scope.units.text), key: null };
  }
  const bare = text.replace(/^(?:the|a|an)\s+/i, '');
  // An organisation word as the head ("Defense Forces", "Arabiya TV"); in "Ministry spokesman X" it is a title.
  const lastWord = words[words.length - 1] ?? '';
  // "Observatory for Human Rights": an organisation word anywhere in a name with only joining words in lower case.
  const joined = words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|for|the|and|on)$/i.test(w));
  if (ORG_WORDS.test(lastWord) || (joined && words.some((w) => ORG_WORDS.test(w))) || /^[\p{Lu}.-]{2,}$/u.test(bare)) {
    return { type: 'organization', name: bare, key: null };
  }
  const country = scope.resources?.gazetteer.find(bare).find((m) => m.exact && m.place.kind === 'country');
  if (country) return { type: 'place', name: bare, key: null };
  // "Senator X Y spoke" (a subject read up to its verb): the name is the last capitalised run.
  let last = words.length;
  while (last > 0 && !/^\p{Lu}|^(?:al|el)-\p{L}/u.test(words[last - 1] ?? '')) last--;
  const name = trailingName(words.slice(0, last));
  if (name.length === 0) return null;
  if (name.length === 1 && /^\p{Lu}/u.test(bare) && words.length === name.length + (/^the$/i.test(words[0] ?? '') ? 1 : 0)) {
    // A lone capitalised word after "the" is a group ("the Tuareg"); otherwise a surname.
    if (/^the$/i.test(words[0] ?? '')) return { type: 'organization', name: bare, key: null };
  }
  return { type: 'person', name: fullestForm(name.join(' '), scope.units.text), key: null };
}

/** Splits "X and Y" into named parts when both are named; otherwise one part. */
export function splitCoordinated(view: SentenceView, r: TokenRange): TokenRange[] {
  const and = view.lower.slice(r.from, r.to).indexOf('and');
  if (and < 0) return [r];
  // "Secretary of State for South and Central Affairs X", "a review of ... in X and Y": inside a tail.
  if (view.lower.slice(r.from, r.from + and).some((w) => ['of', 'for', 'in', 'from', 'on', 'at'].includes(w))) return [r];
  const at = r.from + and;
  // "Both X and Y": "both" belongs to neither name.
  const left = { from: ['both', 'either'].includes(view.lower[r.from] ?? '') ? r.from + 1 : r.from, to: at };
  const right = { from: at + 1, to: r.to };
  const named = (x: TokenRange): boolean => /^\p{Lu}/u.test(view.tokens[x.to - 1]?.text ?? '');
  return left.to > left.from && right.to > right.from && named(left) && named(right) ? [left, right] : [r];
}

/**
 * "The ministry said", "the army said": the organization whose name ends in that head noun ("Interior
 * Ministry") that spoke most recently, else the only such organization of the article; else none.
 */
export function orgByHead(scope: SpeakerScope, words: string[], head: string, sentenceIndex: number, offset: number): ActorRef | null {
  const h = head.toLowerCase();
  // "the group", and "the world body", "the militant group": one lower-case word before a group noun.
  const described = words.length === 3 && /^[a-z]+$/.test(words[1] ?? '') && GROUP_ANAPHORS.has(h) && words[2] === head;
  if ((words.length !== 2 && !described) || !/^the$/i.test(words[0] ?? '')) return null;
  const endsInHead = (name: string): boolean => name.toLowerCase().split(/\s+/).pop() === h;
  const spoke = [...scope.memory.said].reverse().find((s) => s.speaker.type === 'organization' && endsInHead(s.speaker.name));
  if (spoke) return spoke.speaker;
  // "The group said": the organization that spoke last, when it spoke in the last few sentences.
  const recent = scope.memory.said[scope.memory.said.length - 1];
  if (GROUP_ANAPHORS.has(h) && recent && recent.speaker.type === 'organization' && recent.sentenceIndex >= sentenceIndex - 3) {
    return recent.speaker;
  }
  // "The group said" after "X claimed the attack": the organization the sentence before was about.
  if (GROUP_ANAPHORS.has(h)) {
    const prev = scope.doc.mentions.find((m) => m.sentenceIndex === sentenceIndex - 1 && m.type === 'organization' && m.entityKey);
    const org = prev ? scope.doc.organizations.find((o) => o.key === prev.entityKey) : undefined;
    if (org) return { type: 'organization', name: org.name, key: org.key };
  }
  // Else the one organization so named that the article has mentioned by now.
  const orgs = scope.doc.organizations.filter((o) => endsInHead(o.name) && o.mentions.some((m) => m.start < offset));
  const only = orgs.length === 1 ? orgs[0] : undefined;
  return only ? { type: 'organization', name: only.name, key: only.key } : null;
}

/** The head noun of a phrase: the last word before a prepositional tail ("reports from the scene"). */
export function nounHead(words: string[]): string {
  const prep = words.findIndex((w, i) => i > 0 && ['of', 'from', 'in', 'at', 'for', 'on', 'near'].includes(w.toLowerCase()));
  return (prep > 0 ? words[prep - 1] : words[words.length - 1]) ?? '';
}

/** Person mentions first, then the mention that ends the phrase, then any organisation, then places. */
export function rank(m: Mention, end: number): number {
  const order = m.type === 'person' ? 0 : m.type === 'organization' ? 2 : m.type === 'generic' ? 4 : 6;
  return order - (m.end === end ? 1 : 0);
}

/**
 * "The minister said": the person the article introduced with that title ("Foreign Minister X Y"),
 * preferring the one who spoke last; none when the phrase is more than "the" + words + title.
 */
export function personByTitle(scope: SpeakerScope, words: string[], head: string): ActorRef | null {
  const title = head.toLowerCase();
  // A title word of the list, or any role noun the article gave a person ("X Y, the district commissioner").
  const roleNoun = TITLE_HEADS.has(title) || scope.doc.people.some((p) => p.role?.toLowerCase().split(/\s+/).pop() === title);
  if (!/^the$/i.test(words[0] ?? '') || words[words.length - 1] !== head || !roleNoun || !roleReference(words)) return null;
  const people: ActorRef[] = [...scope.memory.said].reverse().map((s) => s.speaker).filter((r) => r.type === 'person');
  for (const p of scope.doc.people) people.push({ type: 'person', name: p.name, key: p.key });
  const holder = roleHolder(scope, words, title);
  if (holder) return holder;
  const text = scope.units.text;
  const spelled = `[${title[0]?.toUpperCase() ?? ''}${title[0] ?? ''}]${title.slice(1)}`;
  // "the general" after "Gen. X Y": the title also in its written abbreviation.
  const short = TITLE_ABBREVIATIONS.get(title);
  const titleRe = short ? `(?:${spelled}|${short.replace('.', '\\.')})` : spelled;
  // "the prime minister": first a person written with the phrase's own words before the title.
  const lead = words.slice(1, -1).filter((w) => /^\p{L}+$/u.test(w) && !ROLE_QUALIFIERS.has(w.toLowerCase()));
  const leadRe = lead.map((w) => `[${w[0]?.toUpperCase() ?? ''}${w[0]?.toLowerCase() ?? ''}]${w.slice(1)}\\s+`).join('');
  for (const prefix of lead.length > 0 ? [leadRe, ''] : ['']) {
    for (const person of people) {
      const last = person.name.split(' ').pop() ?? '';
      const re = cachedRegExp(`\\b${prefix}${titleRe}\\s+(?:\\p{Lu}[\\p{L}.'-]*\\s+){0,3}${escapeRegExp(last)}\\b`, 'u');
      if (re.test(text)) return person;
    }
  }
  // No entity lists: the name the article writes right after the title ("Foreign Minister X Y").
  const named = cachedRegExp(`\\b${titleRe}\\s+((?:\\p{Lu}[\\p{L}'\u2019-]*\\s?){1,4})`, 'u').exec(text);
  const name = named ? trailingName((named[1] ?? '').trim().split(/\s+/)) : [];
  return name.length > 0 ? { type: 'person', name: fullestForm(name.join(' '), text), key: null } : null;
}

/** Written abbreviations of ranks and titles ("Gen. X Y" is "the general"). */
const TITLE_ABBREVIATIONS = new Map([['general', 'Gen.'], ['colonel', 'Col.'], ['lieutenant', 'Lt.'], ['major', 'Maj.'],
  ['captain', 'Capt.'], ['sergeant', 'Sgt.'], ['commander', 'Cmdr.'], ['admiral', 'Adm.'], ['senator', 'Sen.'],
  ['governor', 'Gov.'], ['representative', 'Rep.'], ['president', 'Pres.'], ['brigadier', 'Brig.']]);

/** Words that qualify a role without changing it ("the purported spokesman", "the former envoy"). */
const ROLE_QUALIFIERS = new Set(['purported', 'alleged', 'self-styled', 'self-proclaimed', 'top', 'chief', 'new',
  'senior', 'interim', 'acting', 'special', 'veteran', 'embattled', 'ousted', 'former', 'outgoing', 'incoming']);

/**
 * Whether "the ... <title>" is a short role reference: up to four words, or a longer one whose words
 * between "the" and the title are names of the body ("the U.N.-Arab League envoy") or role qualifiers.
 */
function roleReference(words: readonly string[]): boolean {
  if (words.length <= 4) return true;
  if (words.length > 8) return false;
  return words.slice(1, -1).every((w) => /^\p{Lu}/u.test(w) || /^[-.'’]+$/.test(w) || ROLE_QUALIFIERS.has(w.toLowerCase()));
}

/**
 * The person whose role holds the title word: the only one; among several, the only one whose role
 * also holds the phrase's other content words ("the prime minister" beside a foreign minister). Else
 * none, and the caller's fallbacks decide (who spoke last, who is written with the phrase's words).
 */
function roleHolder(scope: SpeakerScope, words: readonly string[], title: string): ActorRef | null {
  const has = (role: string, w: string): boolean => cachedRegExp(`(?:^|[^\\p{L}])${escapeRegExp(w)}(?:$|[^\\p{L}])`, 'iu').test(role);
  const fits = scope.doc.people.filter((p) => p.role !== null && has(p.role, title));
  const content = words.slice(1, -1).map((w) => w.toLowerCase()).filter((w) => /\p{L}/u.test(w) && !ROLE_QUALIFIERS.has(w));
  const narrowed = fits.length > 1 ? fits.filter((p) => content.length > 0 && content.every((w) => has(p.role ?? '', w))) : fits;
  const only = narrowed.length === 1 ? narrowed[0] : undefined;
  return only ? { type: 'person', name: only.name, key: only.key } : null;
}
