import { TITLE_WORDS as NEWS_TITLE_WORDS } from '../entities/data/titles.ts';
import { cachedRegExp, escapeRegExp } from '../regex-cache.ts';

/**
 * A private fallback for naming speakers when the entities component has left no mention in a speaker
 * phrase: strip titles from a capitalised name ("Interior Ministry spokesman X Y" → "X Y") and widen a
 * short form to the fullest form the article uses ("Y" → "X Y"). General English title words only.
 *
 * Title words: the project's list (src/extract/entities/data/titles.ts) and, beside it, the words of a
 * speaker phrase's body and office that are no part of a name (bodies, levels, qualifiers).
 */
const TITLE_WORDS: ReadonlySet<string> = new Set([...NEWS_TITLE_WORDS, 'state', 'foreign', 'interior', 'defense',
  'defence', 'police', 'army', 'ministry', 'sen.', 'rep.', 'rebel', 'opposition', 'provincial', 'district',
  'regional', 'national', 'security', 'special', 'u.n.', 'un', 'us', 'u.s.', 'top', 'senior', 'former', 'acting',
  'interim', 'retired', 'then', 'council', 'affairs', 'health', 'information', 'military', 'mission', 'league',
  'nations', 'union', 'united', 'cabinet', 'of', 'the', 'for']);
const NAME_PARTICLES = new Set(['al', 'al-', 'bin', 'ibn', 'abu', 'de', 'del', 'van', 'von', 'da', 'el', 'le', 'la']);
/** Words capitalised only because they open a sentence ("Both X and Y said"): never part of a name. */
const OPENING_WORDS = new Set(['both', 'either', 'neither', 'and', 'but', 'meanwhile', 'however', 'earlier', 'later',
  'also', 'some', 'many', 'several', 'when', 'while', 'after', 'before', 'in', 'on', 'at', 'as', 'if', 'then']);

function isNameToken(t: string): boolean {
  return /^\p{Lu}/u.test(t) || NAME_PARTICLES.has(t.toLowerCase()) || /^(?:al|el)-\p{L}/u.test(t);
}

/** Tokens of the trailing name in a phrase, titles removed; empty when the phrase ends in no name. */
export function trailingName(words: readonly string[]): string[] {
  let k = words.length;
  while (k > 0 && isNameToken(words[k - 1] ?? '')) k--;
  const run = words.slice(k);
  let cut = 0;
  for (let i = 0; i < run.length; i++) {
    const w = (run[i] ?? '').toLowerCase();
    // A demonym opens the run or follows a title ("Syrian President X Y"); inside a name it is a given
    // name ("X Christian Y").
    const demonym = i < run.length - 1 && i === cut && /(?:ian|ese|ish|ean)$/.test(w);
    // Initials that open a name ("AKM Jane Doe") are part of it: all capitals, no stops, two names after.
    const initials = i === 0 && k > 0 && /^\p{Lu}{2,4}$/u.test(run[0] ?? '') && run.length >= 3 &&
      /^\p{Ll}/u.test(words[k - 1] ?? '') && !run.slice(1).some((x) => TITLE_WORDS.has(x.toLowerCase()));
    if (initials) continue;
    if (TITLE_WORDS.has(w) || OPENING_WORDS.has(w) || /^[\p{Lu}.]+-?\p{Lu}*\.?$/u.test(run[i] ?? '') || demonym) {
      cut = i + 1;
    }
  }
  const name = run.slice(cut);
  // A name never starts with a particle alone ("al" of "al-Rashid" is kept with what follows).
  return name.length > 0 && name.every((w) => !NAME_PARTICLES.has(w.toLowerCase())) ? name : name.length > 1 ? name : [];
}

/**
 * The fullest form in `text` of a name: the longest run of name words that ends with (or, for a
 * one-word name, contains) the given name, titles stripped.
 */
export function fullestForm(name: string, text: string): string {
  const escaped = escapeRegExp(name);
  const re = cachedRegExp(`((?:[\\p{Lu}][\\p{L}'\u2019-]*(?:\\.(?=\\p{L}))?[ \\t]+|(?<!\\p{L})(?:al|bin|ibn|abu|el)[- ])*)${escaped}\\b`, 'gu');
  let best = name;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const candidate = trailingName(m[0].split(/\s+/)).join(' ');
    if (candidate.endsWith(name) && candidate.split(' ').length > best.split(' ').length) best = candidate;
  }
  return best;
}
