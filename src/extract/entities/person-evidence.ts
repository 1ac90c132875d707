import type { Candidate } from './candidate.ts';
import type { EntityContext } from './context.ts';
import { isCapitalised, lower, tokenText } from './context.ts';
import { SPEECH_VERBS } from './lexicon.ts';
import { foldName } from './memo.ts';
import { nameWords } from './people.ts';
import { TITLE_WORDS } from './data/titles.ts';
import { NOT_PERSON_WORDS } from './data/words.ts';

/** Verbs (and auxiliaries) after a name in subject position: "Awal Jan was unloading cows". */
const SUBJECT_VERBS = new Set([
  'was',
  'is',
  'has',
  'had',
  'will',
  'would',
  'met',
  'died',
  'arrived',
  'spoke',
  'visited',
  'replied',
  'remains',
  'remained',
  'urged',
  'called',
  'denied',
  'added',
  'reports',
  'wrote',
  'joined',
  'led',
  'leads',
]);

/** Verbs whose object is usually a person: "met X", "told X". */
const PERSON_OBJECT_VERBS = new Set([
  'met',
  'meets',
  'meeting',
  'told',
  'thanked',
  'phoned',
  'telephoned',
  'interviewed',
  'asked',
  'urged',
  'succeeded',
  'replaced',
  'appointed',
  'named',
]);

/** Kinship nouns in apposition: "his son, X", "the victim's widow, X". */
const KIN = new Set([
  'son',
  'daughter',
  'brother',
  'sister',
  'father',
  'mother',
  'wife',
  'husband',
  'widow',
  'widower',
  'nephew',
  'niece',
  'cousin',
  'uncle',
  'aunt',
  'grandson',
  'granddaughter',
  'grandfather',
  'grandmother',
]);

/** Occupations and conditions of people that are no titles: "football star X", "the hostage X". */
const OCCUPATIONS = new Set([
  'star',
  'player',
  'footballer',
  'striker',
  'singer',
  'actor',
  'actress',
  'poet',
  'author',
  'writer',
  'novelist',
  'artist',
  'comedian',
  'athlete',
  'coach',
  'filmmaker',
  'blogger',
  'rapper',
  'musician',
  'boxer',
  'tycoon',
  'billionaire',
  'entrepreneur',
  'dissident',
  'hostage',
  'captive',
  'detainee',
  'prisoner',
  'suspect',
  'bomber',
  'gunman',
  'assailant',
]);

/** European particles that only stand inside a personal name ("Jan van der Berg"). */
const INNER_PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'dos',
  'das',
  'da',
  'de',
  'del',
  'della',
  'di',
  'du',
  'la',
  'le',
]);

const PERSON_PARTICLES =
  /^(?:al|el|bin|ibn|bint|abu|abd|abdul|abdel|umm|ould)$|^(?:al|el|abu|abdul|abdel|abd)-/i;

/**
 * A name taken for a person only by its shape (no title, no role) is kept when the document gives some
 * sign of a person: a speech or subject verb after one of its mentions, an apposition with a title, an
 * Arabic name particle, a possessive before it ("VOA's X"), or a later bare surname. Names with event or
 * thing words are never people.
 */
export function confirmWeakPersons(ctx: EntityContext, candidates: Candidate[]): Candidate[] {
  const strongPeople = candidates.filter((c) => c.type === 'person' && !c.weak);
  const evidenceFor = new Map<string, boolean>();
  const weak = candidates.filter((c) => c.type === 'person' && c.weak);
  for (const c of weak) {
    const fold = foldName(tokenText(ctx, c.nameStart, c.nameEnd));
    const words = ctx.tokens.slice(c.nameStart, c.nameEnd).map((t) => t.text.toLowerCase());
    if (words.some((w) => NOT_PERSON_WORDS.has(w))) {
      evidenceFor.set(fold, false);
      continue;
    }
    if (evidenceFor.get(fold) === true) continue;
    evidenceFor.set(
      fold,
      hasEvidence(ctx, c, words, strongPeople) || memberOfOrganization(ctx, c, candidates),
    );
  }
  return candidates.filter(
    (c) =>
      !(
        c.type === 'person' &&
        c.weak &&
        evidenceFor.get(foldName(tokenText(ctx, c.nameStart, c.nameEnd))) !== true
      ),
  );
}

function hasEvidence(ctx: EntityContext, c: Candidate, words: string[], strongPeople: Candidate[]): boolean {
  if (words.some((w) => PERSON_PARTICLES.test(w))) return true;
  // "Maria dos Santos", "Carlos de la Vega": a lower-case particle between capitalised words.
  if (words.slice(1, -1).some((w) => INNER_PARTICLES.has(w))) return true;
  const next = lower(ctx.tokens[c.end]);
  if (SPEECH_VERBS.has(next) || SUBJECT_VERBS.has(next)) return true;
  if (reportsFromPlace(ctx, c.end)) return true;
  if (/^['\u2019]s$/.test(ctx.tokens[c.start - 1]?.text ?? '') && isCapitalised(ctx.tokens[c.start - 2]))
    return true;
  const before = lower(ctx.tokens[c.start - 1]);
  if (SPEECH_VERBS.has(before) || PERSON_OBJECT_VERBS.has(before)) return true; // "said X", "met X"
  // A title just before, with or without a comma: "his Russian counterpart, X", "dictator X".
  for (let k = c.start - 1; k >= c.start - 3 && k >= 0; k--) {
    const w = lower(ctx.tokens[k]);
    if (TITLE_WORDS.has(w) || KIN.has(w) || OCCUPATIONS.has(w)) return true;
    if (w !== ',' && !/^\p{L}/u.test(w)) break;
  }
  // An apposition to a role with its body: "the vice president of Aid Now, X", "a reporter for
  // VOA's Kurdish service, X".
  if (lower(ctx.tokens[c.start - 1]) === ',' && roleBefore(ctx, c.start - 1)) return true;
  if (next === ',' && lower(ctx.tokens[c.end + 1]) === 'who') return true; // "X, who heads ..."
  // "A local trader, X, told ...": an apposition closed before its sentence's speech verb.
  if (next === ',' && ctx.tokens[c.start - 1]?.text === ',' && SPEECH_VERBS.has(lower(ctx.tokens[c.end + 1]))) return true;
  // "identified X as leader of the group", "named X as its commander".
  if (next === 'as' && TITLE_WORDS.has(lower(ctx.tokens[c.end + (ARTICLES.has(lower(ctx.tokens[c.end + 1])) ? 2 : 1)])))
    return true;
  if (isSignOff(ctx, c)) return true;
  // "X, 34, said": an age in apposition.
  if (
    next === ',' &&
    /^\d{1,2}$/.test(ctx.tokens[c.end + 1]?.text ?? '') &&
    lower(ctx.tokens[c.end + 2]) === ','
  )
    return true;
  if (next === ',') {
    for (let k = c.end + 1; k < c.end + 8; k++) {
      const w = lower(ctx.tokens[k]);
      if (w === ',' || w === '.' || w === '') break;
      if (TITLE_WORDS.has(w)) return true;
    }
  }
  // A bare surname or first name of this name used elsewhere as a person.
  const mine = nameWords(tokenText(ctx, c.nameStart, c.nameEnd));
  return strongPeople.some((p) => {
    const w = nameWords(tokenText(ctx, p.nameStart, p.nameEnd));
    return (
      w.length < mine.length &&
      w.length > 0 &&
      (w.every((x, i) => mine[mine.length - w.length + i] === x) || (w.length === 1 && mine[0] === w[0]))
    );
  });
}

const ARTICLES = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);

/** The only lower-case words of a reporter's sign-off line ("More from X in Lima.", "X at the news
 * bureau in Oslo."). */
const SIGN_OFF_WORDS = new Set(['more', 'from', 'at', 'in', 'the', 'bureau', 'for', 'news', 'reporting', 'with']);

/**
 * A reporter's sign-off: a short line without a verb that gives a name and where it is reported from
 * ("More from X in Lima.", "X at the news bureau in Oslo.", "Reporting from Quito, X.").
 */
function isSignOff(ctx: EntityContext, c: Candidate): boolean {
  const [first, last] = ctx.sentenceTokens[c.sentenceIndex] ?? [0, 0];
  if (last - first > 12) return false;
  let place = false;
  for (let k = first; k < last; k++) {
    if (k >= c.start && k < c.end) continue;
    const t = ctx.tokens[k];
    const w = lower(t);
    if (w === 'in' || w === 'from') place ||= isCapitalised(ctx.tokens[k + 1]);
    if (!isCapitalised(t) && /^\p{L}/u.test(w) && !SIGN_OFF_WORDS.has(w)) return false;
  }
  return place;
}

/** "X Y in <City> reports", "X Y from <City> says": a name, where the person is, then a speech verb. */
function reportsFromPlace(ctx: EntityContext, at: number): boolean {
  const prep = lower(ctx.tokens[at]);
  if (prep !== 'in' && prep !== 'from') return false;
  let k = at + 1;
  while (k < at + 5 && isCapitalised(ctx.tokens[k])) k++;
  return k > at + 1 && SPEECH_VERBS.has(lower(ctx.tokens[k]));
}

/** A title word within the phrase that ends at the comma `at` (back to the previous punctuation). */
function roleBefore(ctx: EntityContext, at: number): boolean {
  for (let k = at - 1; k >= at - 10 && k >= 0; k--) {
    const t = ctx.tokens[k]?.text ?? '';
    const w = t.toLowerCase();
    if ((TITLE_WORDS.has(w) || KIN.has(w)) && !isCapitalised(ctx.tokens[k + 1])) return true;
    if (!/^\p{L}/u.test(t) && !/^['\u2019]s$/.test(t)) return false;
  }
  return false;
}

/** "X of the Rights Center said", "X of Aid Now": a name followed by "of" and an organization names a
 * member of that organization. */
function memberOfOrganization(ctx: EntityContext, c: Candidate, candidates: Candidate[]): boolean {
  if (lower(ctx.tokens[c.end]) !== 'of') return false;
  const at = lower(ctx.tokens[c.end + 1]) === 'the' ? c.end + 2 : c.end + 1;
  return candidates.some((o) => o.type === 'organization' && o.start === at);
}
