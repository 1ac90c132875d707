import type { Candidate } from './candidate.ts';
import type { EntityContext } from './context.ts';
import { isAcronym, isCapitalised, lower, tokenText } from './context.ts';
import { knownOrganization } from './lexicon.ts';
import { orgHeadKind } from './data/organizations.ts';
import { GROUP_ADJECTIVES, LANDMARK_HEADS, NOT_PERSON_WORDS } from './data/words.ts';
import { LANGUAGES } from './data/languages.ts';
import { NAME_INTERNAL_TITLES, NAME_KEEPING_TITLES, NAME_PARTICLES, TITLE_WORDS } from './data/titles.ts';

/** Words after "Secretary of", "Minister of" that belong to the office, not the name. */
const OFFICE_OF = new Set([
  'state',
  'defense',
  'defence',
  'foreign',
  'affairs',
  'interior',
  'justice',
  'homeland',
  'security',
  'health',
  'finance',
  'information',
  'staff',
  'war',
  'the',
  'army',
  'navy',
  'police',
  'energy',
]);

/** A title word, or a hyphenated compound of title words ("major-general", "vice-admiral"). */
export function isTitleWord(w: string): boolean {
  return TITLE_WORDS.has(w) || (w.includes('-') && w.split('-').every((part) => TITLE_WORDS.has(part)));
}

/** Where a leading role ends and the name begins ("US Secretary of State | Helen Marsh", "President |
 * Tomas Ruiz Ocampo"): after the first run of title words (with the country, nationality or
 * organization words before it), else after the last title word ("Deputy Valdoria Governor | X"). */
export function splitTitle(ctx: EntityContext, start: number, end: number): Partial<Candidate> | null {
  const run = leadingTitleRun(ctx, start, end);
  if (run > start && run < end && looksLikePersonName(ctx, run, end, true))
    return titled(ctx, start, run, end);
  let cut = -1;
  for (let k = start; k < end - 1; k++) {
    if (isTitleWord(lower(ctx.tokens[k]))) {
      cut = k + 1;
      if (lower(ctx.tokens[cut]) === 'of') cut++;
      {
        while (
          cut < end - 1 &&
          (OFFICE_OF.has(lower(ctx.tokens[cut])) ||
            ctx.gazetteer
              .find(ctx.tokens[cut]?.text ?? '')
              .some((m) => m.exact && m.place.kind === 'country'))
        )
          cut++;
      }
    }
  }
  if (cut < 0 || cut >= end) return null;
  // "Secretary of State" alone: the office word left over is no name.
  if (end - cut === 1 && OFFICE_OF.has(lower(ctx.tokens[cut]))) return null;
  if (!looksLikePersonName(ctx, cut, end, true)) return null;
  return titled(ctx, start, cut, end);
}

function titled(ctx: EntityContext, start: number, cut: number, end: number): Partial<Candidate> {
  const title = lower(ctx.tokens[cut - 1]);
  // "Haji X Y", "Maulana X": an honorific of address that is part of how the person is named stays
  // in the name (the answer keys keep it); a title or rank before it is the role.
  if (NAMED_HONORIFICS.has(title)) {
    return cut - 1 > start ? { nameStart: cut - 1, rolePrefix: [start, cut - 1] } : { nameStart: cut - 1 };
  }
  const keep =
    end - cut === 1 && NAME_KEEPING_TITLES.has(title) ? (ctx.tokens[cut - 1]?.text ?? '') : undefined;
  return { nameStart: cut, rolePrefix: [start, cut], ...(keep ? { keepTitle: keep } : {}) };
}

/** Honorifics of address that belong to the name ("Haji", "Mullah", "Sheikh", "Maulana"). */
export const NAMED_HONORIFICS: ReadonlySet<string> = new Set([...NAME_INTERNAL_TITLES, 'maulana', 'mawlawi', 'maulvi']);

/** Name-like tokens: capitalised words or particles, no organization or landmark head words, and not
 * a known organization or country. */
export function looksLikePersonName(
  ctx: EntityContext,
  start: number,
  end: number,
  allowSingle = false,
  ignorePlaces = false,
): boolean {
  if (end - start < (allowSingle ? 1 : 2)) return false;
  // "Secretary of State said": the office word left alone is no name.
  if (end - start === 1 && OFFICE_OF.has(lower(ctx.tokens[start]))) return false;
  for (let k = start; k < end; k++) {
    const t = ctx.tokens[k];
    const w = lower(t);
    if (NAME_PARTICLES.has(w)) continue;
    if (!isCapitalised(t) || orgHeadKind(w) !== undefined || LANDMARK_HEADS.has(w)) return false;
    if (isAcronym(t) && !leadingInitials(ctx, k, start, end)) return false;
    if (isTitleWord(w) && !(k > start && NAME_INTERNAL_TITLES.has(w))) return false;
    // "Sufi Muhammad" is a name; "Sunni Arabs", "South Asian" are not. "al-Iraqi" is a family name.
    if (GROUP_ADJECTIVES.has(w) && (k > start || end - start === 1)) return false;
    if (NOT_PERSON_WORDS.has(w) || LANGUAGES.has(w)) return false;
    if (!/^(?:al|el)-/i.test(t?.text ?? '') && ctx.gazetteer.nationality(t?.text ?? '')) return false;
  }
  const text = tokenText(ctx, start, end);
  if (knownOrganization(text)) return false;
  return (
    ignorePlaces ||
    !ctx.gazetteer
      .find(text)
      .some((m) => m.exact && (m.place.kind === 'country' || m.place.population >= 100_000))
  );
}

/** End of "[country/nationality/organization words] title words [of Office]" at the span's start. */
function leadingTitleRun(ctx: EntityContext, start: number, end: number): number {
  let k = start;
  let sawTitle = false;
  while (k < end) {
    const t = ctx.tokens[k];
    const w = lower(t);
    if (isTitleWord(w)) {
      sawTitle = true;
      k++;
      if (lower(ctx.tokens[k]) === 'of') k++;
      continue;
    }
    if (OFFICE_OF.has(w)) {
      k++;
      continue;
    }
    // "... of State for Coastal and Inland Fisheries Affairs": the portfolio belongs to the office.
    if (sawTitle && w === 'for') {
      const affairs = ctx.tokens.slice(k, end).findIndex((x) => x.text === 'Affairs');
      if (affairs > 0) {
        k += affairs + 1;
        continue;
      }
    }
    if (sawTitle) break;
    const text = t?.text ?? '';
    const modifier =
      orgHeadKind(w) !== undefined ||
      ctx.gazetteer.nationality(text) !== undefined ||
      isAcronym(t) ||
      ctx.gazetteer.find(text).some((m) => m.exact && m.place.kind === 'country');
    if (!modifier) return start;
    k++;
  }
  return sawTitle ? k : start;
}

/** "ABM Karim Hossain": run-together initials open a name of two more words, unless they are a known
 * organization or a country ("UN", "US"). */
function leadingInitials(ctx: EntityContext, k: number, start: number, end: number): boolean {
  const text = ctx.tokens[k]?.text ?? '';
  return (
    k === start &&
    end - start >= 3 &&
    /^[A-Z]{2,4}$/.test(text) &&
    !knownOrganization(text) &&
    !ctx.gazetteer.find(text).some((m) => m.exact)
  );
}
