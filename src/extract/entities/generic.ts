import type { Mention } from '../doc.ts';
import type { EntityContext } from './context.ts';
import { isCapitalised, lower } from './context.ts';
import { GENERIC_ACTOR_HEADS, GENERIC_MODIFIERS } from './data/words.ts';
import { NOUN_USE_FOLLOWERS, SPEECH_VERBS } from './lexicon.ts';

/**
 * Unnamed actors ("local police", "U.S. officials", "the government", "Russian forces", "a witness"):
 * mentions of type 'generic' with no entity, so speakers and sources can be resolved to them. The
 * mention text is the article's head phrase without a leading "the". Tokens inside named entities
 * (`taken`) are skipped, and a head word used as a title before a name ("spokesman X") is not an actor.
 */
export function findGenericActors(ctx: EntityContext, taken: Uint8Array): Mention[] {
  const out: Mention[] = [];
  for (const [first, end] of ctx.sentenceTokens) {
    for (let k = first; k < end; k++) {
      const t = ctx.tokens[k];
      if (t === undefined || taken[k] === 1) continue;
      const w = t.lower ?? t.text.toLowerCase();
      if (!GENERIC_ACTOR_HEADS.has(w) || (isCapitalised(t) && k !== first)) continue;
      if (isCapitalised(ctx.tokens[k + 1]) && taken[k + 1] === 1) continue;
      // "government troops": the head is the last noun; "in a statement" is a channel, not an actor.
      const next = lower(ctx.tokens[k + 1]);
      if (GENERIC_ACTOR_HEADS.has(next)) continue;
      // "a military base", "police spokesman X": a mass noun used as a modifier is no actor.
      if (
        MASS_HEADS.has(w) &&
        /^\p{Ll}/u.test(next) &&
        !/ed$/.test(next) &&
        !NOUN_USE_FOLLOWERS.has(next) &&
        !SPEECH_VERBS.has(next)
      )
        continue;
      if (
        (lower(ctx.tokens[k - 1]) === 'a' || lower(ctx.tokens[k - 1]) === 'an') &&
        lower(ctx.tokens[k - 2]) === 'in'
      )
        continue;
      let s = k;
      while (s > first) {
        const p = ctx.tokens[s - 1];
        const pw = lower(p);
        const modifier =
          GENERIC_MODIFIERS.has(pw) ||
          ctx.gazetteer.nationality(p?.text ?? '') !== undefined ||
          /^(?:U\.S\.|US|U\.N\.|UN|UK|U\.K\.)$/.test(p?.text ?? '') ||
          (GENERIC_ACTOR_HEADS.has(pw) && pw !== w);
        if (!modifier || (taken[s - 1] === 1 && !/^[A-Z.]{2,5}$/.test(p?.text ?? ''))) break;
        s--;
      }
      // Drop a leading determiner-like modifier ("a", "an", "one") only when the phrase is longer.
      const startTok = ctx.tokens[s];
      if (startTok === undefined) continue;
      out.push({
        start: startTok.start,
        end: t.end,
        text: ctx.doc.text.slice(startTok.start, t.end),
        sentenceIndex: t.sentenceIndex,
        type: 'generic',
        entityKey: null,
      });
    }
  }
  return out;
}

const MASS_HEADS = new Set([
  'police',
  'government',
  'military',
  'army',
  'security',
  'media',
  'television',
  'agency',
  'ministry',
  'regime',
  'junta',
]);

const PRONOUNS = new Set(['he', 'him', 'his', 'she', 'her', 'they', 'them', 'their', 'it', 'its']);

/** Third-person pronouns as 'pronoun' mentions; their entity is filled by the resolver. */
export function findPronouns(ctx: EntityContext): Mention[] {
  const out: Mention[] = [];
  for (const t of ctx.tokens) {
    if (!PRONOUNS.has(t.lower ?? t.text.toLowerCase())) continue;
    out.push({
      start: t.start,
      end: t.end,
      text: t.text,
      sentenceIndex: t.sentenceIndex,
      type: 'pronoun',
      entityKey: null,
    });
  }
  return out;
}
