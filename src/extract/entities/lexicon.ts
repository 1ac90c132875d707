import { stripAccents } from '../normalize.ts';
import { KNOWN_ORGANIZATIONS, type KnownOrganization } from './data/known-organizations.ts';
import { memo } from './memo.ts';

/**
 * Lookup of well-known organizations by any of their names. Short all-capital forms ("IS", "AP", "AU")
 * match only in capitals, so the words "is" or "Ap" never do; longer forms match folded.
 */
/** Folding that keeps an article ("Al Arabiya" stays apart from "Arabia"). */
function fold(text: string): string {
  return stripAccents(text)
    .toLowerCase()
    .replace(/[\u2018\u2019']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

const exactShort = new Map<string, KnownOrganization>();
const folded = new Map<string, KnownOrganization>();
for (const org of KNOWN_ORGANIZATIONS) {
  for (const n of [org.name, ...org.aliases]) {
    if (/^[A-Z.]{2,5}$/.test(n)) exactShort.set(n, org);
    else folded.set(fold(n), org);
  }
}

export const knownOrganization = memo(
  (text: string): KnownOrganization | undefined =>
    exactShort.get(text) ?? (text.length > 4 || !/^[A-Z.]+$/.test(text) ? folded.get(fold(text)) : undefined),
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
