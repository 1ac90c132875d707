import type { Candidate } from './candidate.ts';
import type { EntityContext } from './context.ts';
import { tokenText } from './context.ts';
import { knownOrganization } from './lexicon.ts';
import { foldName } from './memo.ts';
import { ADJECTIVE_PREFIX } from './spans.ts';

/**
 * "al-Qaida-linked militants", "Hamas-run ministry", "Taliban-controlled district": an organization
 * named inside a compound adjective is mentioned all the same. The prefix counts when it is a
 * well-known organization or an organization the document names elsewhere; countries and
 * nationalities ("U.S.-backed", "Iranian-supported") stay adjectives.
 */
export function hyphenatedOrganizations(ctx: EntityContext, found: readonly Candidate[]): Candidate[] {
  const orgNames = new Map<string, Candidate>();
  for (const c of found)
    if (c.type === 'organization') orgNames.set(foldName(tokenText(ctx, c.start, c.end)), c);
  const out: Candidate[] = [];
  for (const t of ctx.tokens) {
    const m = ADJECTIVE_PREFIX.exec(t.text);
    if (m === null || m.index < 2) continue;
    const prefix = t.text.slice(0, m.index);
    // "the Global Relief Council-brokered truce": the name may start words before the hyphenated one.
    const first = nameStartBefore(ctx, t.index, prefix);
    const name = first < t.index ? `${tokenText(ctx, first, t.index)} ${prefix}` : prefix;
    const known = knownOrganization(name);
    const seen = known ? undefined : orgNames.get(foldName(name));
    if (!known && !seen) continue;
    out.push({
      type: 'organization',
      sentenceIndex: t.sentenceIndex,
      start: first,
      end: t.index + 1,
      nameStart: first,
      nameEnd: t.index + 1,
      charEnd: t.start + m.index,
      orgKind: known?.kind ?? seen?.orgKind ?? 'other',
      ...(known ? { known } : {}),
    });
  }
  return out;
}

/** The first of up to three capitalised words right before `at` that, with `prefix`, make a known name. */
function nameStartBefore(ctx: EntityContext, at: number, prefix: string): number {
  let best = at;
  let words = prefix;
  for (let k = at - 1; k >= 0 && k >= at - 3; k--) {
    const t = ctx.tokens[k];
    if (t === undefined || t.sentenceIndex !== ctx.tokens[at]?.sentenceIndex || !/^\p{Lu}/u.test(t.text) || t.text === 'The') break;
    words = `${t.text} ${words}`;
    if (knownOrganization(words) !== undefined) best = k;
  }
  return best;
}
