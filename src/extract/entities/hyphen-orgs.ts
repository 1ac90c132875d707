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
    const known = knownOrganization(prefix);
    const seen = known ? undefined : orgNames.get(foldName(prefix));
    if (!known && !seen) continue;
    out.push({
      type: 'organization',
      sentenceIndex: t.sentenceIndex,
      start: t.index,
      end: t.index + 1,
      nameStart: t.index,
      nameEnd: t.index + 1,
      charEnd: t.start + m.index,
      orgKind: known?.kind ?? seen?.orgKind ?? 'other',
      ...(known ? { known } : {}),
    });
  }
  return out;
}
