import type { Mention, Token } from '../doc.ts';
import type { ActorRef } from '../types.ts';
import { SPEECH_VERBS, VERB_MODIFIERS } from './lexicon.ts';
import type { ChoiceContext } from './speaker-choice-candidates.ts';

/** Another extent of the rules' anonymous phrase, and how it was made (a feature of the candidate). */
export interface PhraseVariant {
  ref: ActorRef;
  variant: string;
}

/** Words that open a post-modifier: the phrase may end before them ("officials in <City>" → "officials"). */
const CUT_WORDS = new Set(['in', 'at', 'on', 'from', 'of', 'for', 'with', 'near', 'who', 'whose', 'stationed', 'based']);
/** A preposition that is no part of a speaker ("with one official saying"). */
const LEADING = new Set(['with', 'from', 'by', 'of', 'for', 'to', 'among', 'including']);
/** Words the phrase may be widened over to its left: a name or possessive that belongs to the head. */
const LEFT_LIMIT = 4;
/** How far right a phrase may be widened to reach its speech verb. */
const RIGHT_LIMIT = 8;

const lower = (t: Token): string => t.lower ?? t.text.toLowerCase();

/**
 * Other extents of the anonymous phrase `ref` where it stands in the text (`at`): up to the speech verb
 * ("officials in <City> say"), over the capitalised words before it ("<Org>' Human Rights Office"),
 * without a leading preposition, and cut before each post-modifier ("a reporter for X in Y" → "a reporter
 * for X", "a reporter"). Annotators and rules disagree most on where such a phrase ends; the model
 * learns which extent the answer keys prefer.
 */
export function phraseVariants(ctx: ChoiceContext, ref: ActorRef, at: Mention): PhraseVariant[] {
  const tokens = ctx.tokensBySentence[at.sentenceIndex] ?? [];
  const first = tokens.findIndex((t) => t.start >= at.start);
  let last = -1;
  for (let i = tokens.length - 1; i >= 0; i--) if (tokens[i]!.end <= at.end) { last = i; break; }
  if (first < 0 || last < first) return [];
  const text = ctx.doc.text;
  const span = (a: number, b: number): string => text.slice(tokens[a]!.start, tokens[b]!.end);
  const out: PhraseVariant[] = [];
  const add = (name: string, variant: string): void => {
    if (name.trim() !== '' && name !== ref.name && !out.some((v) => v.ref.name === name)) out.push({ ref: { type: 'anonymous', name, key: null }, variant });
  };
  // right, to the speech verb
  for (let j = last + 1; j < tokens.length && j - last <= RIGHT_LIMIT; j++) {
    const w = lower(tokens[j]!);
    if (SPEECH_VERBS.has(w)) {
      let end = j - 1;
      while (end > last && VERB_MODIFIERS.has(lower(tokens[end]!))) end--;
      if (end > last) add(span(first, end), 'toVerb');
      break;
    }
    if (!/^[\p{L}\p{N}'\u2019.-]+$/u.test(tokens[j]!.text)) break;
  }
  // left, over capitalised words and possessives
  let from = first;
  while (from > 0 && first - from < LEFT_LIMIT && /^(?:\p{Lu}|['\u2019]s?$)/u.test(tokens[from - 1]!.text)) from--;
  if (from < first) add(span(from, last), 'left');
  // without a leading preposition
  if (LEADING.has(lower(tokens[first]!)) && first < last) add(span(first + 1, last), 'trimPreposition');
  // cut before each post-modifier
  for (let k = first + 1; k <= last; k++) {
    const w = lower(tokens[k]!);
    if (CUT_WORDS.has(w)) add(span(first, k - 1), `cut:${w}`);
  }
  return out;
}
