import type { Candidate } from './candidate.ts';
import type { EntityContext } from './context.ts';
import { tokenText } from './context.ts';
import { foldName } from './memo.ts';
import { attributiveCountry } from './adjust.ts';

const MAX_WORDS = 6;

/**
 * Headlines and link lines are in title case, so capitalisation says nothing there: they are read only
 * for names the body established (longest match first) and for country names and nationality words.
 */
export function headlineCandidates(ctx: EntityContext, found: Candidate[]): Candidate[] {
  const known = new Map<string, Candidate>();
  for (const c of found) known.set(foldName(tokenText(ctx, c.nameStart, c.nameEnd)), c);
  const out: Candidate[] = [];
  ctx.headline.forEach((isHeadline, s) => {
    if (!isHeadline) return;
    const [first, end] = ctx.sentenceTokens[s] ?? [0, 0];
    for (let k = first; k < end;) {
      let matched = 0;
      for (let n = Math.min(MAX_WORDS, end - k); n >= 1 && matched === 0; n--) {
        const text = tokenText(ctx, k, k + n);
        if (!/^\p{Lu}/u.test(text) || !/\p{L}\.?$/u.test(text)) continue;
        const like = known.get(foldName(text));
        const base = { sentenceIndex: s, start: k, end: k + n, nameStart: k, nameEnd: k + n };
        if (like && like.type !== 'nationality') {
          const { type, orgKind, known: kn, placeKind } = like;
          out.push({
            ...base,
            type,
            ...(orgKind ? { orgKind } : {}),
            ...(kn ? { known: kn } : {}),
            ...(placeKind ? { placeKind } : {}),
          });
          matched = n;
        } else if (n <= 3) {
          const nat = ctx.gazetteer.nationality(text);
          const country = ctx.gazetteer.find(text).find((m) => m.exact && m.place.kind === 'country');
          if (nat) out.push({ ...base, type: 'nationality', countryCode: nat.code });
          else if (country)
            out.push(
              attributiveCountry(
                ctx,
                { ...base, type: 'place', countryCode: country.place.countryCode },
                true,
              ),
            );
          if (nat || country) matched = n;
        }
      }
      k += Math.max(matched, 1);
    }
  });
  return out;
}
