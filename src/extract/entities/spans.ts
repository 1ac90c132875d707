import type { EntityContext } from './context.ts';
import { isAcronym, isCapitalised, lower } from './context.ts';
import { FUNCTION_WORDS, GROUP_ADJECTIVES, MONTHS_AND_DAYS } from './data/words.ts';
import { ORG_HEADS } from './data/organizations.ts';
import { NAME_PARTICLES } from './data/titles.ts';

/** A run of name tokens [start, end) within one sentence. */
export interface Span {
  start: number;
  end: number;
  sentenceIndex: number;
}

const ORG_CONNECTORS = new Set(['of', 'for', 'in', 'on', 'and', 'the', 'de']);

/**
 * Maximal runs of capitalised tokens, joined across name particles ("Bashar al Assad", "Ansar al
 * Shariah"), "of" ("Secretary of State John Kerry", "Government of Somalia") and, inside an organization
 * name, "for/in/and/the" ("African Union Mission in Somalia"). Ordinals join too ("February 17th
 * Brigade"). A sentence's first word is dropped when it is a function word or the text also uses it in
 * lower case; leading determiners, months and days are dropped.
 */
export function capitalSpans(ctx: EntityContext, sentenceIndex: number): Span[] {
  const range = ctx.sentenceTokens[sentenceIndex];
  if (range === undefined) return [];
  const [first, last] = range;
  const out: Span[] = [];
  let i = first;
  while (i < last) {
    if (!isCapitalised(ctx.tokens[i])) {
      i++;
      continue;
    }
    let end = i + 1;
    let hasOrgHead = ORG_HEADS.has(lower(ctx.tokens[i]));
    for (;;) {
      const t = ctx.tokens[end];
      if (end < last && isCapitalised(t)) {
        if (ORG_HEADS.has(lower(t))) hasOrgHead = true;
        end++;
        continue;
      }
      const w = lower(t);
      const joinsName = NAME_PARTICLES.has(w) || w === 'of' || /^\d+(st|nd|rd|th)$/.test(w);
      const joinsOrg = hasOrgHead && ORG_CONNECTORS.has(w);
      if (end + 1 < last && (joinsName || joinsOrg)) {
        let k = end + 1;
        if (w !== 'the' && lower(ctx.tokens[k]) === 'the' && hasOrgHead) k++;
        if (k < last && isCapitalised(ctx.tokens[k])) {
          end = k;
          continue;
        }
      }
      break;
    }
    const span = trimSpan(ctx, { start: i, end, sentenceIndex }, first);
    if (span !== null) out.push(span);
    i = end;
  }
  return out;
}

function trimSpan(ctx: EntityContext, span: Span, sentenceStart: number): Span | null {
  let { start, end } = span;
  const droppable = (k: number): boolean => {
    const t = ctx.tokens[k];
    const w = lower(t);
    if (FUNCTION_WORDS.has(w) || MONTHS_AND_DAYS.has(w) || GROUP_ADJECTIVES.has(w)) return !isAcronymName(ctx, k);
    const atSentenceStart = k === sentenceStart || (k === sentenceStart + 1 && /^["\u201c\u2018'(]$/.test(ctx.tokens[sentenceStart]?.text ?? ''));
    return atSentenceStart && ctx.lowerWords.has(w);
  };
  while (start < end && (droppable(start) || NAME_PARTICLES.has(lower(ctx.tokens[start])) && !isCapitalised(ctx.tokens[start]))) start++;
  while (end > start && (lower(ctx.tokens[end - 1]) === 'of' || MONTHS_AND_DAYS.has(lower(ctx.tokens[end - 1])))) end--;
  if (start >= end) return null;
  // Lone connector-like tokens ("The", "I") are not names.
  if (end - start === 1 && FUNCTION_WORDS.has(lower(ctx.tokens[start])) && !isAcronym(ctx.tokens[start])) return null;
  return { start, end, sentenceIndex: span.sentenceIndex };
}

/** "US" or "IS" in capitals is a name even though "us"/"is" are function words. */
function isAcronymName(ctx: EntityContext, k: number): boolean {
  const t = ctx.tokens[k];
  return t !== undefined && /^[A-Z]{2,}$|^(?:[A-Z]\.){2,}$/.test(t.text);
}
