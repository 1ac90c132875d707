import type { Candidate } from './candidate.ts';
import type { EntityContext } from './context.ts';
import { lower, tokenText } from './context.ts';
import { knownOrganization } from './lexicon.ts';
import { foldName } from './memo.ts';

/** Lower-case nouns for fighters after which a describing adjective names no group ("Trotskyist rebels"). */
const FIGHTER_NOUNS = new Set([
  'rebels',
  'militants',
  'fighters',
  'gunmen',
  'guerrillas',
  'separatists',
  'insurgents',
  'militia',
  'militias',
  'group',
]);

/** Everyday words that describe fighters and open a sentence in capitals ("Militant group X claimed"). */
const DESCRIBING_WORDS = new Set(['militant', 'rebel', 'insurgent', 'ethnic', 'tribal', 'armed', 'radical']);

/**
 * "Trotskyist rebels", "Francophone separatists", "Pro-Ostrian militias", "Anti-treaty insurgents",
 * "Militant group X": an adjective before a fighter noun describes unnamed fighters and names no
 * organization. The group is named when the text also uses the word as a noun ("the Trotskyists"), which
 * the plural merge then makes its name. Drops such candidates in place.
 */
export function dropAdjectiveGroups(ctx: EntityContext, candidates: Candidate[]): void {
  const names = new Set<string>();
  for (const c of candidates) if (c.type === 'organization') names.add(foldName(tokenText(ctx, c.start, c.end)));
  const dropped = new Set<string>();
  for (const c of candidates) {
    if (c.type !== 'organization' || c.known !== undefined || c.end - c.start !== 2) continue;
    if (!FIGHTER_NOUNS.has(lower(ctx.tokens[c.start + 1]))) continue;
    const word = ctx.tokens[c.start]?.text ?? '';
    if (describesGroup(ctx, word) && !names.has(foldName(`${word}s`))) dropped.add(foldName(word));
  }
  if (dropped.size === 0) return;
  // The word's other uses ("Trotskyist attacks", read by the second pass as the group's name) go too.
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i];
    if (c?.type === 'organization' && c.known === undefined && dropped.has(foldName(ctx.tokens[c.start]?.text ?? '')))
      candidates.splice(i, 1);
  }
}

function describesGroup(ctx: EntityContext, word: string): boolean {
  const w = word.toLowerCase();
  if (DESCRIBING_WORDS.has(w) || /^\p{Lu}\p{Ll}+(?:ist|phone)$/u.test(word)) return true;
  // "Pro-Ostrian", "Anti-treaty": a prefix before a nationality, a country, a known body or a common word.
  const m = /^(?:pro|anti)-(.+)$/i.exec(word);
  const rest = m?.[1];
  if (rest === undefined) return false;
  return (
    /^\p{Ll}/u.test(rest) ||
    ctx.gazetteer.nationality(rest) !== undefined ||
    ctx.gazetteer.find(rest).some((x) => x.exact && x.place.kind === 'country') ||
    knownOrganization(rest) !== undefined
  );
}
