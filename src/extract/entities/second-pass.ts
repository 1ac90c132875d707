import type { Candidate } from './candidate.ts';
import type { EntityContext } from './context.ts';
import { isAcronym, lower, tokenText } from './context.ts';
import { nameWords } from './people.ts';
import { SPEECH_VERBS } from './lexicon.ts';
import { GROUP_ADJECTIVES, LOCATIVE_PREPOSITIONS, MONTHS_AND_DAYS } from './data/words.ts';
import { isPlaceInGazetteer } from './classify.ts';

/**
 * Spans the first pass left open, read against what the document established: a surname or first
 * name of a person already found ("Kerry", "Abdullah"), an acronym introduced for an organization, a
 * name after "in/near" (a place, resolved or not), or a name followed by "said" (a person).
 */
export function secondPass(ctx: EntityContext, pending: Candidate[], found: Candidate[]): Candidate[] {
  const people = found.filter((c) => c.type === 'person').map((c) => nameWords(tokenText(ctx, c.nameStart, c.nameEnd)));
  const out: Candidate[] = [];
  for (const c of pending) {
    const text = tokenText(ctx, c.start, c.end);
    const words = nameWords(text);
    const w = lower(ctx.tokens[c.start]);
    if (words.length === 0 || MONTHS_AND_DAYS.has(w) || GROUP_ADJECTIVES.has(w)) continue;
    const isPersonPart = people.some((p) => words.length < p.length && words.every((x, i) => p[p.length - words.length + i] === x || (words.length === 1 && p[0] === x)));
    if (isPersonPart) {
      out.push({ ...c, type: 'person' });
      continue;
    }
    const prev = lower(ctx.tokens[c.start - 1]);
    const locative = LOCATIVE_PREPOSITIONS.has(prev) && prev !== 'of' || (prev === 'the' && LOCATIVE_PREPOSITIONS.has(lower(ctx.tokens[c.start - 2])) && lower(ctx.tokens[c.start - 2]) !== 'of');
    if (isAcronym(ctx.tokens[c.start]) && c.end - c.start === 1) {
      out.push({ ...c, type: 'organization', orgKind: 'other' });
      continue;
    }
    if (isPlaceInGazetteer(ctx, text, c.end - c.start > 1, true) && locative) {
      out.push({ ...c, type: 'place', locative: true });
      continue;
    }
    if (locative && c.end - c.start <= 3) {
      out.push({ ...c, type: 'place', placeKind: 'unknown', locative: true });
      continue;
    }
    if (SPEECH_VERBS.has(lower(ctx.tokens[c.end])) && c.end - c.start <= 3) {
      out.push({ ...c, type: 'person' });
    }
  }
  return out;
}
