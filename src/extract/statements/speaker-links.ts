/* Descriptions that stand for actors the article names or describes more fully elsewhere. */
import { allMatches } from '../all-matches.ts';
import type { ActorRef } from '../types.ts';
import { GENERIC_HEADS, INSTITUTION_HEADS } from './lexicon.ts';
import { entityRef, type SpeakerScope } from './speaker-scope.ts';
import type { TokenRange } from './subject.ts';
import type { SentenceView } from './units.ts';
import { cachedRegExp, escapeRegExp as escape } from '../regex-cache.ts';

const MEMBER_NOUNS = new Set(['rebels', 'militants', 'fighters', 'insurgents', 'guerrillas', 'militiamen', 'jihadists',
  'members', 'gunmen']);
const PAIR_NOUNS = new Set(['nations', 'countries', 'governments', 'states', 'neighbours', 'neighbors', 'rivals',
  'armies', 'militaries', 'sides', 'parties', 'leaders']);
/** How many sentences back "the two nations" may find the pair it stands for. */
const PAIR_LOOKBACK = 3;

/** "rebels from the X movement said", "fighters of X said": the organization they belong to speaks. */
export function memberOfOrg(scope: SpeakerScope, view: SentenceView, range: TokenRange): ActorRef | null {
  for (let k = range.from; k < range.to - 2; k++) {
    if (!MEMBER_NOUNS.has(view.lower[k] ?? '') || !['from', 'of'].includes(view.lower[k + 1] ?? '')) continue;
    const start = view.tokens[k + 2]?.start ?? 0;
    const end = view.tokens[range.to - 1]?.end ?? 0;
    const org = scope.doc.mentions.find((m) => m.type === 'organization' && m.start >= start && m.end <= end && m.entityKey);
    return org ? entityRef(scope.doc, org.entityKey) : null;
  }
  return null;
}

/**
 * "The two nations said": the two actors a recent sentence named as "X and Y" (entity mentions of
 * places, organizations or people joined by "and"). Null when the phrase is no such pair or none is found.
 */
export function pairReference(scope: SpeakerScope, sentenceIndex: number, words: string[]): ActorRef[] | null {
  const lower = words.map((w) => w.toLowerCase());
  if (lower.length !== 3 || lower[0] !== 'the' || lower[1] !== 'two' || !PAIR_NOUNS.has(lower[2] ?? '')) return null;
  const text = scope.units.text;
  for (let idx = sentenceIndex; idx >= Math.max(0, sentenceIndex - PAIR_LOOKBACK); idx--) {
    const named = scope.doc.mentions.filter((m) => m.sentenceIndex === idx && m.entityKey &&
      (m.type === 'place' || m.type === 'organization' || m.type === 'person'));
    for (let i = named.length - 2; i >= 0; i--) {
      const [a, b] = [named[i], named[i + 1]];
      if (!a || !b || !/^\s+and\s+$/.test(text.slice(a.end, b.start))) continue;
      const refs = [entityRef(scope.doc, a.entityKey), entityRef(scope.doc, b.entityKey)];
      if (refs[0] && refs[1] && refs[0].name !== refs[1].name) return [refs[0], refs[1]];
    }
  }
  return null;
}

/**
 * "The aid group said" after "The aid group, X, ..." or "X, the aid group, ...": the name the article
 * set in apposition to the same description. Null when it set none, or several different ones.
 */
export function appositionName(scope: SpeakerScope, words: string[]): ActorRef | null {
  if (words.length < 3 || !/^the$/i.test(words[0] ?? '')) return null;
  return memo(scope, `a:${words.join(' ')}`, () => findAppositionName(scope, words));
}

/** Per-document results of the whole-text searches below: a speaker phrase recurs within an article. */
const CACHE = new WeakMap<SpeakerScope, Map<string, unknown>>();

function memo<T>(scope: SpeakerScope, key: string, compute: () => T): T {
  let map = CACHE.get(scope);
  if (!map) CACHE.set(scope, (map = new Map()));
  if (map.has(key)) return map.get(key) as T;
  const value = compute();
  map.set(key, value);
  return value;
}

function findAppositionName(scope: SpeakerScope, words: string[]): ActorRef | null {
  const desc = escape(words.slice(1).join(' '));
  const name = "(\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}'\u2019.-]*){0,4})";
  const after = cachedRegExp(`\\b[Tt]he\\s+${desc},\\s+${name},`, 'gu');
  const before = cachedRegExp(`${name},\\s+(?:[Tt]he|[Aa]n?)\\s+${desc},`, 'gu');
  const found = new Set<string>();
  for (const m of [...allMatches(after, scope.units.text), ...allMatches(before, scope.units.text)]) found.add(m[1] ?? '');
  const only = found.size === 1 ? [...found][0] : undefined;
  if (!only) return null;
  const org = scope.doc.organizations.find((o) => [o.name, ...o.aliases].includes(only));
  if (org) return { type: 'organization', name: org.name, key: org.key };
  const person = scope.doc.people.find((p) => [p.name, ...p.aliases].includes(only));
  if (person) return { type: 'person', name: person.name, key: person.key };
  const head = (words[words.length - 1] ?? '').toLowerCase();
  return { type: INSTITUTION_HEADS.has(head) ? 'organization' : 'person', name: only, key: null };
}

/**
 * "The peacekeeping force said" when the article writes "the international force known as X": the one
 * organization the article names "known as" after the same head noun. Null when none or several.
 */
export function knownAsName(scope: SpeakerScope, words: string[]): ActorRef | null {
  const head = (words[words.length - 1] ?? '').toLowerCase();
  if (words.length < 2 || !/^the$/i.test(words[0] ?? '') || !INSTITUTION_HEADS.has(head)) return null;
  return memo(scope, `k:${head}`, () => {
    const name = "(\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+(?:of\\s+)?\\p{Lu}[\\p{L}'\u2019.-]*){0,4})";
    const re = cachedRegExp(`\\b${escape(head)}s?,?\\s+(?:also\\s+|better\\s+)?known\\s+as\\s+(?:the\\s+)?${name}`, 'gu');
    const found = new Set<string>();
    for (const m of allMatches(re, scope.units.text)) found.add(m[1] ?? '');
    const only = found.size === 1 ? [...found][0] : undefined;
    const org = only ? scope.doc.organizations.find((o) => [o.name, ...o.aliases].includes(only)) : undefined;
    return org ? { type: 'organization' as const, name: org.name, key: org.key } : null;
  });
}

/**
 * "The military said" when the article calls it "the Norlandian military" (or "the U.S.-led military
 * coalition" for "the U.S.-led coalition"): the one fuller description with the same head and every
 * word of the short one, its extra words capitalised, hyphen compounds or generic heads. Null when the
 * article has none, or several different ones.
 */
export function fullerDescription(scope: SpeakerScope, words: string[]): string | null {
  const head = (words[words.length - 1] ?? '').toLowerCase();
  const own = words.slice(1, -1).join(' ').replace(/\s*-\s*/g, '-').split(/\s+/).filter((w) => w !== '');
  if (!/^the$/i.test(words[0] ?? '') || own.length > 2 || !INSTITUTION_HEADS.has(head)) return null;
  return memo(scope, `f:${words.join(' ')}`, () => findFullerDescription(scope, head, own));
}

function findFullerDescription(scope: SpeakerScope, head: string, own: string[]): string | null {
  const re = cachedRegExp(`\\b(?:the|a|an)\\s+((?:[\\p{L}.'\u2019-]+\\s+){1,3})${escape(head)}\\b`, 'giu');
  const found = new Set<string>();
  for (const m of allMatches(re, scope.units.text)) {
    const mods = (m[1] ?? '').trim().split(/\s+/);
    const fits = mods.every((w) => /^\p{Lu}/u.test(w) || /-(?:led|backed|based|run)$/i.test(w) || GENERIC_HEADS.has(w.toLowerCase()));
    let at = 0;
    for (const w of mods) if (w === own[at]) at++;
    if (fits && at === own.length && mods.length > own.length) found.add(`${mods.join(' ')} ${m[0].slice(m[0].length - head.length)}`);
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}
