import type { Candidate } from './candidate.ts';
import type { EntityContext } from './context.ts';
import { isAcronym, isCapitalised, lower, tokenText } from './context.ts';

// Other names an organization is given right beside it: "Name, known as ABC", "Name - the ABC -",
// "Name, or ABC,", and the possessive form "<Country>'s Name".

/** The acronym that "known as ABC" or "(known by its) acronym ABC" introduces right after a name. */
export function introducedAlias(ctx: EntityContext, end: number): string | null {
  for (let k = end; k < end + 8; k++) {
    const w = lower(ctx.tokens[k]);
    if (w === '.' || w === '') return null;
    if ((w === 'as' && lower(ctx.tokens[k - 1]) === 'known') || w === 'acronym' || w === 'abbreviation') {
      const t = ctx.tokens[k + 1];
      return t !== undefined && isAcronym(t) ? t.text : null;
    }
  }
  return null;
}

/** The country named in a possessive right before an organization ("Chile's Defense Ministry"). */
export function possessorCountry(ctx: EntityContext, c: Candidate): string | null {
  if (!/^['\u2019]s$/.test(ctx.tokens[c.start - 1]?.text ?? '')) return null;
  // "South Sudan's": the longest run of up to three capitalised words that names a country.
  for (let from = Math.max(0, c.start - 4); from < c.start - 1; from++) {
    if (!isCapitalised(ctx.tokens[from])) continue;
    const owner = tokenText(ctx, from, c.start - 1);
    if (ctx.gazetteer.find(owner).some((x) => x.exact && x.place.kind === 'country')) return owner;
  }
  return null;
}

const DASHES = new Set(['-', '\u2013', '\u2014']);

/** "Name - the ABC -", "Name, or ABC,": an acronym set off right after a name is another name of it,
 * also when it abbreviates the name in another language (so the letters need not match). */
export function appositiveAcronym(ctx: EntityContext, end: number): string | null {
  const open = ctx.tokens[end]?.text ?? '';
  let k = end + 1;
  if (DASHES.has(open)) {
    if (lower(ctx.tokens[k]) === 'the') k++;
  } else if (open === ',' && lower(ctx.tokens[k]) === 'or') {
    k++;
  } else return null;
  const t = ctx.tokens[k];
  if (t === undefined || !isAcronym(t)) return null;
  const close = ctx.tokens[k + 1]?.text ?? '';
  return (DASHES.has(open) ? DASHES.has(close) : [',', '.', ')'].includes(close)) ? t.text : null;
}
