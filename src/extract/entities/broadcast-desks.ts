import type { Candidate } from './candidate.ts';
import type { EntityContext } from './context.ts';
import { isCapitalised, lower, tokenText } from './context.ts';
import type { Span } from './spans.ts';
import { knownOrganization, NOUN_USE_FOLLOWERS, SPEECH_VERBS } from './lexicon.ts';
import { LANGUAGES } from './data/languages.ts';
import { FUNCTION_WORDS } from './data/words.ts';

/** Words that join a desk's name ("Persian to Asia", "Bay of Bengal Service"). */
const DESK_JOINERS = new Set(['to', 'of', 'for']);

/**
 * A broadcaster's language desk is an organization of its own, named with its broadcaster: "VOA
 * Somali", "BBC Persian to Asia", "BBC's Persian Service", "the AP's Central Asia Service". Read from
 * a span that opens with a known news organization. Without "Service" the desk words must be languages
 * (or demonyms) and the name must end where a verb, preposition or punctuation follows ("told BBC Arabic
 * that"), so "AP Somali officials" stays a news agency and an adjective. Returns null when it is none.
 */
export function broadcastDesk(ctx: EntityContext, span: Span): Candidate | null {
  const first = ctx.tokens[span.start];
  if (first === undefined || knownOrganization(first.text)?.kind !== 'news_agency') return null;
  const last = ctx.sentenceTokens[span.sentenceIndex]?.[1] ?? span.end;
  let k = span.start + 1;
  const possessive = /^['\u2019]s$/.test(ctx.tokens[k]?.text ?? '');
  if (possessive) k++;
  const deskStart = k;
  while (k < last && k - deskStart < 6) {
    if (isCapitalised(ctx.tokens[k])) k++;
    else if (DESK_JOINERS.has(lower(ctx.tokens[k])) && k > deskStart && isCapitalised(ctx.tokens[k + 1])) k++;
    else break;
  }
  if (k === deskStart) return null;
  const found = (end: number): Candidate => ({
    sentenceIndex: span.sentenceIndex,
    start: span.start,
    end,
    nameStart: span.start,
    nameEnd: end,
    type: 'organization',
    orgKind: 'news_agency',
  });
  if (ctx.tokens[k - 1]?.text === 'Service') return found(k);
  const languageEnd = languageRun(ctx, deskStart, k);
  if (languageEnd === deskStart) return null;
  // "VOA's Tagalog service" is the desk only where the text also names it "Tagalog Service"; else it is the
  // broadcaster's language of work ("told the BBC's Urdu service" names the BBC).
  if (
    languageEnd === k &&
    lower(ctx.tokens[k]) === 'service' &&
    ctx.doc.text.includes(`${tokenText(ctx, deskStart, k)} Service`)
  )
    return found(k + 1);
  if (possessive) return null;
  // "a VOA Tagalog service reporter": without a possessive, the language and "service" name the desk.
  if (languageEnd === k && lower(ctx.tokens[k]) === 'service') return found(k + 1);
  // "Persian to Asia": a language, then the region it broadcasts to.
  const end = languageEnd < k && lower(ctx.tokens[languageEnd]) === 'to' ? k : languageEnd;
  if (end !== k) return null;
  const after = ctx.tokens[end];
  const afterWord = lower(after);
  const endsName =
    after === undefined ||
    !/^\p{Ll}/u.test(after.text) ||
    FUNCTION_WORDS.has(afterWord) ||
    NOUN_USE_FOLLOWERS.has(afterWord) ||
    SPEECH_VERBS.has(afterWord);
  return endsName ? found(end) : null;
}

/** End of a run of language or demonym words from `start` (the desk words "Somali", "Tagalog", "Dari"). */
function languageRun(ctx: EntityContext, start: number, end: number): number {
  let k = start;
  while (k < end) {
    const text = ctx.tokens[k]?.text ?? '';
    if (!LANGUAGES.has(text.toLowerCase()) && !ctx.gazetteer.nationality(text)) break;
    k++;
  }
  return k;
}
