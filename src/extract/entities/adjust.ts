import type { Candidate } from './candidate.ts';
import type { EntityContext } from './context.ts';
import { isCapitalised, lower, tokenText } from './context.ts';
import { knownOrganization, NOUN_USE_FOLLOWERS, SPEECH_VERBS } from './lexicon.ts';

const CLAIM_VERBS = new Set([
  'claims',
  'insists',
  'denies',
  'accuses',
  'believes',
  'maintains',
  'argues',
  'admits',
]);
const CLAUSE_OPENERS = new Set([
  'that',
  'they',
  'it',
  'he',
  'she',
  'we',
  'the',
  'its',
  'his',
  'their',
  'there',
]);
import { orgHeadKind } from './data/organizations.ts';
import { isTitleWord } from './person-shape.ts';

/**
 * "U.S. officials", "US coalition": a country abbreviation before a noun is an adjective, not a place;
 * before a verb or a preposition ("the U.S. said", "in the US") it is a noun, and a place. Full
 * country names are left as places.
 */
export function attributiveCountry(ctx: EntityContext, c: Candidate, titleCase = false): Candidate {
  if (c.type !== 'place') return c;
  const text = tokenText(ctx, c.nameStart, c.nameEnd);
  if (!/^(?:[A-Z]\.){2,3}$|^[A-Z]{2,3}$/.test(text)) return c;
  const m = ctx.gazetteer.find(text).find((x) => x.exact && x.place.kind === 'country');
  if (!m) return c;
  const next = ctx.tokens[c.end];
  const nextWord = lower(next);
  // "U.S. and NATO forces": coordinated with another modifier before a noun, still attributive.
  const coordinated =
    (nextWord === 'and' || nextWord === 'or') &&
    isCapitalised(ctx.tokens[c.end + 1]) &&
    /^\p{Ll}/u.test(ctx.tokens[c.end + 2]?.text ?? '') &&
    !NOUN_USE_FOLLOWERS.has(lower(ctx.tokens[c.end + 2]));
  // "U.S.-led", "U.S.-Kenyan": the tokenizer leaves the hyphen on its own; a compound adjective.
  const compound =
    (next?.text === '-' || next?.text === '\u2011') &&
    next.start === ctx.tokens[c.end - 1]?.end &&
    /^\p{L}/u.test(ctx.tokens[c.end + 1]?.text ?? '');
  // "the U.S. claims they are ...": a verb of saying with its clause after it.
  const saysClause =
    (SPEECH_VERBS.has(nextWord) || CLAIM_VERBS.has(nextWord)) &&
    CLAUSE_OPENERS.has(lower(ctx.tokens[c.end + 1]));
  const isNoun =
    !coordinated &&
    !compound &&
    (next === undefined || !/^\p{L}/u.test(next.text) || NOUN_USE_FOLLOWERS.has(nextWord) || saysClause);
  if (isNoun && (titleCase || !isCapitalised(next))) return { ...c, countryCode: m.place.countryCode };
  return { ...c, type: 'nationality', countryCode: m.place.countryCode };
}

/** The organization named inside a person's title ("U.N. Secretary-General X", "Interior Ministry
 * Spokesman X") is a mention of that organization too. */
export function orgInsideRole(ctx: EntityContext, c: Candidate): Candidate | null {
  if (c.type !== 'person' || !c.rolePrefix) return null;
  const [start, end] = c.rolePrefix;
  for (let a = start; a < end; a++) {
    for (let b = end; b > a; b--) {
      const text = tokenText(ctx, a, b);
      const known = knownOrganization(text);
      const headed =
        b - a > 1 && orgHeadKind(lower(ctx.tokens[b - 1])) !== undefined && isCapitalised(ctx.tokens[a]);
      const headOf = headed ? -1 : headBeforeOf(ctx, a, b);
      if (known || headed || headOf >= 0) {
        return {
          type: 'organization',
          sentenceIndex: c.sentenceIndex,
          start: a,
          end: b,
          nameStart: a,
          nameEnd: b,
          orgKind: known?.kind ?? orgHeadKind(lower(ctx.tokens[headOf >= 0 ? headOf : b - 1])) ?? 'other',
          ...(known ? { known } : {}),
        };
      }
    }
  }
  return null;
}

/**
 * "Ministry of Defence Spokesman X", "<Country> Joint Chiefs of Staff Chairman X": a head word, then "of/for"
 * and capitalised words that run up to the title word, is one name (not the head word cut before "of").
 * Returns the head's index, or -1.
 */
function headBeforeOf(ctx: EntityContext, a: number, b: number): number {
  const last = lower(ctx.tokens[b - 1]);
  if (!isCapitalised(ctx.tokens[a]) || !isTitleWord(lower(ctx.tokens[b])) || !isCapitalised(ctx.tokens[b - 1]) || isTitleWord(last))
    return -1;
  for (let k = a; k < b - 2; k++) {
    const link = lower(ctx.tokens[k + 1]);
    if (orgHeadKind(lower(ctx.tokens[k])) === undefined || (link !== 'of' && link !== 'for')) continue;
    let ok = true;
    for (let j = k + 2; j < b; j++) if (!isCapitalised(ctx.tokens[j]) && lower(ctx.tokens[j]) !== 'the') ok = false;
    if (ok) return k;
  }
  return -1;
}
