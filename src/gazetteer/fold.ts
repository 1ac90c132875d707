import { stripAccents } from '../extract/normalize.ts';

/** Arabic-style definite articles written as separate words or with a hyphen ("al-", "ash-", "el "),
 * including the assimilated forms ("Deir ez-Zor", "Ras en-Naqoura"). */
const ARTICLES = new Set([
  'al',
  'el',
  'ash',
  'as',
  'ad',
  'an',
  'ar',
  'at',
  'az',
  'ath',
  'adh',
  'ul',
  'ud',
  'ut',
  'ez',
  'ed',
  'es',
  'esh',
  'et',
  'en',
  'er',
]);

/**
 * The exact lookup key: no accents, lower case, apostrophes and ayn/hamza marks dropped ("Sana'a" →
 * "sanaa"), other punctuation as spaces, articles dropped ("Al-Hudaydah" → "hudaydah") unless the name
 * is only an article. Pure and cheap; used on both sides of every lookup.
 */
export function placeKey(name: string): string {
  // Most names are plain ASCII: skip Unicode normalisation for them (the index folds 135k names).
  const s = (/^[\x20-\x7e]*$/.test(name) ? name : stripAccents(name))
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bb\u02bc\u02be\u02bf`'\u00b4]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const words = s.split(' ');
  const kept = words.filter((w, i) => !(ARTICLES.has(w) && i < words.length - 1));
  return (kept.length > 0 ? kept : words).join(' ');
}

/**
 * The variant key: `placeKey` further folded over common transliteration differences, so that
 * "Hodeida", "Hodeidah" and "Hudaydah", or "Baiji" and "Bayji", meet. Spaces go ("Tuz Khurmatu" /
 * "Tuzkhurmatu"), digraphs collapse (kh→k, gh→g, dh→d, q→k, ph→f), vowel spellings merge (ou/oo/o→u,
 * ee/ie→i, ei/ey/ay/ai→e), a final h after a vowel goes, and doubled letters become single.
 */
export function variantKey(name: string): string {
  return variantOfKey(placeKey(name));
}

/** `variantKey` from an already computed `placeKey` (the index builder has one at hand). */
export function variantOfKey(key: string): string {
  let s = key.replace(/ /g, '');
  s = s
    .replace(/kh/g, 'k')
    .replace(/gh/g, 'g')
    .replace(/dh/g, 'd')
    .replace(/q/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/ou|oo|o/g, 'u')
    .replace(/ee|ie/g, 'i')
    .replace(/ei|ey|ay|ai/g, 'e')
    .replace(/([aeiu])h$/, '$1')
    .replace(/(\p{L})\1+/gu, '$1');
  return s;
}

/** Unit words that admin-1 data put around names ("Hajjah Governorate", "Awdal Region", "Tolima
 * Department", "Muhafazat Hadramaout" with the Arabic word for governorate in front). */
export const UNIT_SUFFIX =
  /^muhafazat\s+|\s+(governorate|province|region|state|district|division|prefecture|county|oblast|krai|kray|department|capital territory|territory|municipality)$/gi;
