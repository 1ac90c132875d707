import { stripAccents } from '../normalize.ts';
import { KNOWN_ORGANIZATIONS, type KnownOrganization } from './data/known-organizations.ts';
import { memo } from './memo.ts';

/** Arabic-style articles, hyphenated or not ("al-", "el ", "ad-"): all written "al" in the key. */
const ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an|ul)$/;

/**
 * The lookup key for a well-known organization's name, folded over spelling and transliteration so one
 * entry meets every common form: accents, case, punctuation, spaces and "the" go; an Arabic article is
 * kept but written "al" ("Al Arabiya" stays apart from "Arabia", "el-" meets "al-"); then the
 * transliteration merges common in names from Arabic, Persian and Pashto: kh/gh/dh→k/g/d, q→k,
 * ou/oo/o→u ("Houthi"/"Huthi"), ae/ai/ei/ay/ey→e→i ("Qaeda"/"Qaida", "Hezb"/"Hizb"), iy→i
 * ("Arabiya"/"Arabia"), a final h after a vowel ("Shariah"), doubled letters ("Shabaab").
 */
export function orgKey(text: string): string {
  const words = stripAccents(text)
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u02bf`']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '')
    .split(' ')
    // "X in Y" and "X of Y" are one long name ("<Group> in <Region>" is also written "<Group> of <Region>").
    .map((w, i, all) => (ARTICLE.test(w) && i < all.length - 1 ? 'al' : w === 'in' && i > 0 && i < all.length - 1 ? 'of' : w));
  return words
    .join('')
    .replace(/kh/g, 'k')
    .replace(/gh/g, 'g')
    .replace(/dh/g, 'd')
    .replace(/q/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/ou|oo|o/g, 'u')
    .replace(/ae|ai|ei|ay|ey|ee|ie|iy/g, 'i')
    .replace(/e/g, 'i')
    .replace(/([aiu])h$/, '$1')
    .replace(/(\p{L})\1+/gu, '$1');
}

/** "U.N." and "UN" are one short form: both spellings are registered. */
function acronymForms(n: string): string[] {
  const bare = n.replace(/\./g, '');
  return /^[A-Z]{2,3}$/.test(bare) ? [bare, `${bare.split('').join('.')}.`] : [n];
}

const exactShort = new Map<string, KnownOrganization>();
const folded = new Map<string, KnownOrganization>();
for (const org of KNOWN_ORGANIZATIONS) {
  for (const n of [org.name, ...org.aliases]) {
    if (/^[A-Z.]{2,5}$/.test(n)) for (const f of acronymForms(n)) exactShort.set(f, org);
    else folded.set(orgKey(n), org);
  }
}

/**
 * Lookup of well-known organizations by any of their names. Short all-capital forms ("IS", "AP", "AU")
 * match only in capitals, so the words "is" or "Ap" never do; longer forms match by `orgKey`.
 */
export const knownOrganization = memo(
  (text: string): KnownOrganization | undefined =>
    exactShort.get(text) ??
    (text.length > 4 || !/^[A-Z.]+$/.test(text) ? folded.get(orgKey(text)) : undefined),
);

/** Speech and report verbs that follow a speaker ("X said", "X told"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'added',
  'stated',
  'declared',
  'announced',
  'warned',
  'claimed',
  'confirmed',
  'denied',
  'insisted',
  'noted',
  'explained',
  'stressed',
  'urged',
  'called',
  'asked',
  'reported',
  'reports',
  'wrote',
  'tweeted',
  'accused',
  'vowed',
  'promised',
  'argued',
  'acknowledged',
  'indicated',
]);

/** Words after a country abbreviation that show it is used as a noun ("the U.S. said", "in the US"). */
export const NOUN_USE_FOLLOWERS: ReadonlySet<string> = new Set([
  'said',
  'says',
  'say',
  'has',
  'have',
  'had',
  'is',
  'was',
  'were',
  'are',
  'will',
  'would',
  'could',
  'should',
  'may',
  'might',
  'must',
  'did',
  'does',
  'and',
  'or',
  'but',
  'to',
  'in',
  'on',
  'at',
  'of',
  'for',
  'with',
  'from',
  'by',
  'as',
  'that',
  'which',
  'who',
  'since',
  'after',
  'before',
  'also',
  'announced',
  'condemned',
  'denounced',
  'warned',
  'believes',
  'wants',
  'plans',
]);
