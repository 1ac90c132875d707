import type { Doc, Token } from '../doc.ts';
import type { OrganizationEntity } from '../types.ts';
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import type { Features } from '../events/logistic.ts';
import { FACILITY_HEADS, orgHeadKind } from './data/organizations.ts';
import { knownOrganization, SPEECH_VERBS } from './lexicon.ts';
import { shapeFeatures } from './org-choice-shape.ts';
import { cachedRegExp } from '../regex-cache.ts';

/** What the features read from the gazetteer: whether a word is a country or a nationality. */
export type OrgChoiceGazetteer = Pick<Gazetteer, 'find' | 'nationality'>;

/** Token index by start offset, built once per document: mentions are located through it. */
export function tokenStarts(doc: Doc): Map<number, number> {
  return new Map(doc.tokens.map((t) => [t.start, t.index]));
}

/** Lower-case words after a name that make it a modifier of a person ("the X spokesman said"). */
const ROLE_NOUNS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'chief', 'commander', 'head', 'leader', 'leaders', 'member', 'members', 'source', 'sources', 'statement', 'fighters', 'soldiers', 'troops']);
const LINKS = new Set(['of', 'for', 'in', 'on']);

/**
 * Features of one listed organization, from the text around its mentions and the shape of its name
 * (never the name's words themselves: capitalised words become shapes; only general lower-case words,
 * organization head words and the gazetteer's kind of a word are read).
 */
export function orgChoiceFeatures(doc: Doc, org: OrganizationEntity, gazetteer: OrgChoiceGazetteer, starts: Map<number, number>): Features {
  const f = new Map<string, number>();
  const on = (name: string, value = 1): void => {
    f.set(name, (f.get(name) ?? 0) + value);
  };
  const words = org.name.split(/\s+/).filter((w) => w !== '');
  const last = (words.at(-1) ?? '').toLowerCase();
  const first = words[0] ?? '';
  on(`tokens:${Math.min(words.length, 4)}`);
  if (/^(?:[A-Z]\.?){2,8}$/.test(org.name)) on('shape:acronym');
  if (org.aliases.some((a) => /^(?:[A-Z]\.?){2,8}$/.test(a))) on('alias:acronym');
  if (org.aliases.length > 0) on('alias:any');
  const lowerWords = words.filter((w) => /^\p{Ll}/u.test(w) && !LINKS.has(w) && w !== 'the' && w !== 'and');
  if (lowerWords.length > 0) on('shape:lower-word');
  if (/^\p{Ll}/u.test(last)) on('shape:lower-head');
  if (words.some((w) => LINKS.has(w))) on('shape:inner-link');
  if (/['\u2019]s?$/.test(words[0] ?? '') || words.some((w, i) => i < words.length - 1 && /['\u2019]s?$/.test(w))) on('shape:possessive');
  const headKind = orgHeadKind(last);
  on(`head:${headKind ?? 'none'}`);
  if (FACILITY_HEADS.has(last) || FACILITY_HEADS.has(last.replace(/s$/, ''))) on('head:facility');
  if (isCountryWord(first, gazetteer)) on('first:country');
  if (gazetteer.nationality(first) !== undefined) on('first:nationality');
  if (words.length === 2 && (isCountryWord(first, gazetteer) || gazetteer.nationality(first) !== undefined)) on('shape:country+head');
  if (knownOrganization(org.name) !== undefined) on('lexicon:known');
  if (/^[A-Z]{2}$/.test(org.name)) on('shape:two-letters');
  // "Suspected", "Local X TV": a first word the text also writes in lower case is an everyday word.
  if (/^\p{Lu}\p{Ll}+$/u.test(first) && cachedRegExp(`(?<![\\p{L}])${first.toLowerCase()}(?![\\p{L}])`, 'u').test(doc.text)) on('first:lower-elsewhere');
  if (org.mentions.every((m) => doc.sentences[m.sentenceIndex]?.start === m.start)) on('position:always-sentence-first');
  shapeFeatures(doc, org, gazetteer, on);
  on(`mentions:${Math.min(org.mentions.length, 3)}`);
  // Another listed name holding this one ("X Office" beside "Y X Office"), or held by it.
  const own = org.name.toLowerCase();
  for (const o of doc.organizations) {
    if (o === org) continue;
    const other = o.name.toLowerCase();
    if (other.includes(own)) on('list:inside-other');
    if (own.includes(other)) on('list:holds-other');
  }
  const firstSentence = Math.min(...org.mentions.map((m) => m.sentenceIndex));
  on(firstSentence === 0 ? 'position:lead' : firstSentence <= 3 ? 'position:early' : 'position:late');
  for (const m of org.mentions) mentionContext(doc, m.start, m.end, starts, on);
  // Context cues are summed over mentions; a share keeps a long article from swamping the weights.
  for (const [name, value] of f) if (name.startsWith('ctx:')) f.set(name, value / org.mentions.length);
  return f;
}

function mentionContext(doc: Doc, start: number, end: number, starts: Map<number, number>, on: (name: string) => void): void {
  const s = starts.get(start);
  if (s === undefined) return;
  let e = s;
  while (e < doc.tokens.length && (doc.tokens[e]?.end ?? Infinity) <= end) e++;
  const before = doc.tokens[s - 1];
  const before2 = doc.tokens[s - 2];
  const after = doc.tokens[e];
  const after2 = doc.tokens[e + 1];
  const low = (t: Token | undefined): string => t?.lower ?? t?.text.toLowerCase() ?? '';
  const sameSentence = (t: Token | undefined): boolean => t !== undefined && t.sentenceIndex === doc.tokens[s]?.sentenceIndex;
  if (low(before) === 'the') on('ctx:after-the');
  // "according to X", "according to the X"
  const [w1, w2] = low(before) === 'the' ? [low(doc.tokens[s - 3]), low(before2)] : [low(before2), low(before)];
  if (w1 === 'according' && w2 === 'to') on('ctx:according-to');
  if (low(before) === 'by') on('ctx:after-by');
  if (sameSentence(before) && low(before) !== 'the' && /^\p{Lu}/u.test(before?.text ?? '')) on('ctx:capital-before');
  if (/^['\u2019]s$/.test(before?.text ?? '')) on('ctx:possessive-before');
  if (!sameSentence(after)) {
    on('ctx:sentence-end');
    return;
  }
  const a = low(after);
  if (SPEECH_VERBS.has(a)) on('ctx:speech-after');
  if (a === "'s" || a === '\u2019s') on('ctx:possessive-after');
  if (ROLE_NOUNS.has(a)) on('ctx:role-noun-after');
  if (LINKS.has(a) && /^\p{Lu}/u.test(after2?.text ?? '')) on('ctx:link-capital-after');
  if (a === '(') on('ctx:bracket-after');
  if (/^\p{Ll}/u.test(after?.text ?? '') && !SPEECH_VERBS.has(a) && !LINKS.has(a) && a !== 'and') on('ctx:lower-after');
  if (/^\p{Lu}/u.test(after?.text ?? '')) on('ctx:capital-after');
}

function isCountryWord(word: string, gazetteer: OrgChoiceGazetteer): boolean {
  return gazetteer.find(word).some((m) => m.exact && m.place.kind === 'country');
}
