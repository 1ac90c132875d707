import type { Features } from '../events/logistic.ts';
import type { Mention, Token } from '../doc.ts';
import type { Statement } from '../types.ts';
import { candidateId, type ChoiceContext, type SpeakerCandidate } from './speaker-choice-candidates.ts';
import { SPEECH_VERBS, VERB_MODIFIERS } from './lexicon.ts';

/**
 * Features of one speaker candidate for one statement, read from the text around it: where the
 * candidate stands relative to the quote and to a speech verb, how far back it was last named, whether
 * it spoke just before, what kind of actor it is. No entity's name or text is a feature; lower-case
 * general words only ("said", "according to"). `withRule` adds whether the rules chose it.
 */
export function candidateFeatures(ctx: ChoiceContext, index: number, candidate: SpeakerCandidate, ruleId: string,
  options: { withRule: boolean }): Features {
  const f = new Map<string, number>();
  const on = (name: string, value = 1): void => {
    f.set(name, (f.get(name) ?? 0) + value);
  };
  const statement = ctx.doc.statements[index]!;
  const { ref } = candidate;
  on(`type:${ref.type}`);
  if (options.withRule && candidateId(ref) === ruleId) on(`rule&${ref.type}`);
  if (candidate.dropsArticle) on('dropsArticle');
  if (candidate.variant) on(`variant:${candidate.variant}`);
  if (ref.type === 'anonymous') for (const shape of phraseShape(ctx, ref.name)) on(`anon:${shape}`);
  const rule = ctx.doc.statements[index]!.speakerRef;
  if (rule.type === 'anonymous' && ref.key && namedIn(ctx, ref.key, rule.name)) on(`namedInRulePhrase&${ref.type}`);
  on(`kind:${statement.kind}&${ref.type}`);

  const first = statement.evidence.sentenceIndex;
  const last = ctx.lastSentence(statement);
  const own = candidate.mentions.filter((m) => m.sentenceIndex >= first && m.sentenceIndex <= last);
  const outside = own.filter((m) => m.end <= statement.evidence.start || m.start >= statement.evidence.end);
  const back = candidate.mentions.filter((m) => m.sentenceIndex < first).map((m) => first - m.sentenceIndex);
  if (own.length === 0 && back.length === 0) on('unnamed');
  else if (outside.length > 0) on('sameSentence');
  else if (own.length > 0 && back.length === 0) on('insideQuoteOnly');
  else on(`back:${Math.min(...back)}`);

  for (const m of outside) positionFeatures(ctx, statement, m, on);
  const pron = pronounSubject(ctx, statement);
  if (pron) on(`pronoun:${pron}&${ref.type}`);
  if (pron && outside.length === 0 && recencyRank(ctx, statement, candidate) === 0) on(`pronoun:${pron}&nearest${ref.type}`);

  const rank = recencyRank(ctx, statement, candidate);
  if (rank >= 0) on(`recent:${Math.min(rank, 2)}&${ref.type}`);
  const prev = index > 0 ? ctx.doc.statements[index - 1] : undefined;
  if (prev && candidateId(prev.speakerRef) === candidateId(ref)) on(`previousSpeaker${prev.evidence.sentenceIndex >= first - 1 ? ':adjacent' : ''}`);
  if (ctx.spokeBefore[index]?.has(candidateId(ref))) on('spokeBefore');
  if (ref.type === 'person') {
    const person = ctx.doc.people.find((p) => p.key === ref.key);
    if (person?.role) on('person:hasRole');
    if (person?.isOfficial) on('person:official');
  }
  if (ref.type === 'organization') on(`org:${ctx.doc.organizations.find((o) => o.key === ref.key)?.kind ?? 'other'}`);
  const count = ref.key ? (ctx.mentionCount.get(ref.key) ?? 0) : 0;
  on('mentions', Math.log1p(count));
  return f;
}

/** Shape of an anonymous phrase: a lone capitalised word, a name inside, a determiner, a lower-case head. */
function phraseShape(ctx: ChoiceContext, phrase: string): string[] {
  const words = phrase.split(/\s+/).filter((w) => w !== '');
  const out: string[] = [];
  if (words.length === 1 && /^\p{Lu}/u.test(words[0]!)) out.push('oneCapitalisedWord');
  if (/^(?:a|an|the)$/i.test(words[0] ?? '')) out.push('determiner');
  if (/^\p{Ll}/u.test(words.at(-1) ?? '')) out.push('lowerCaseHead');
  else out.push('capitalisedHead');
  if (words.length > 5) out.push('long');
  let hasName = ctx.phraseHasName.get(phrase);
  if (hasName === undefined) {
    hasName = [...ctx.refByKey.keys()].some((key) => namedIn(ctx, key, phrase));
    ctx.phraseHasName.set(phrase, hasName);
  }
  if (hasName) out.push('containsName');
  return out;
}

/** True when the entity's name or one of its aliases stands in the phrase as whole words. */
function namedIn(ctx: ChoiceContext, key: string, phrase: string): boolean {
  return (ctx.namesByKey.get(key) ?? []).some((n) => n.length > 2 && wholeWordsIn(n, phrase));
}

const LETTER = /[\p{L}\p{N}]/u;

function wholeWordsIn(name: string, phrase: string): boolean {
  for (let at = phrase.indexOf(name); at >= 0; at = phrase.indexOf(name, at + 1)) {
    const before = phrase[at - 1];
    const after = phrase[at + name.length];
    if ((before === undefined || !LETTER.test(before)) && (after === undefined || !LETTER.test(after))) return true;
  }
  return false;
}

const SUBORDINATING = new Set(['of', 'for', 'with', 'from', 'in', 'at', 'by', 'against', 'on', 'to']);
const isSpeech = (t: Token | undefined): boolean => t !== undefined && SPEECH_VERBS.has(t.lower ?? t.text.toLowerCase());
const lower = (t: Token | undefined): string => (t ? (t.lower ?? t.text.toLowerCase()) : '');

/** Where a same-sentence mention stands: before/after the quote, next to a speech verb, in a phrase. */
function positionFeatures(ctx: ChoiceContext, statement: Statement, m: Mention, on: (name: string) => void): void {
  const tokens = ctx.tokensBySentence[m.sentenceIndex] ?? [];
  const firstTok = tokens.findIndex((t) => t.start >= m.start);
  const lastTok = findLastIndex(tokens, (t) => t.end <= m.end);
  if (firstTok < 0 || lastTok < firstTok) return;
  const side = m.end <= statement.evidence.start ? 'before' : 'after';
  on(`pos:${side}`);
  // a determiner before the name does not hide the preposition before it ("for the <Org>")
  const skip = /^(?:the|a|an)$/.test(lower(tokens[firstTok - 1])) ? 1 : 0;
  const before1 = tokens[firstTok - 1 - skip];
  const before2 = tokens[firstTok - 2 - skip];
  const after = tokens.slice(lastTok + 1, lastTok + 2);
  const gap = wordsToVerb(tokens, lastTok + 1);
  if (gap === 0) on(`pos:${side}&subjectOfSpeech`);
  else if (gap > 0) on(`pos:${side}&verbLater`);
  if (isSpeech(before1)) on(`pos:${side}&afterSpeech`);
  if (lower(before1) === 'to' && lower(before2) === 'according') on('according');
  else if (SUBORDINATING.has(lower(before1))) on(`pos:${side}&inPhrase`);
  if (/^['\u2019]s$/.test(after[0]?.text ?? '')) on('possessive');
  if (after[0]?.text === ',') on(`pos:${side}&comma`);
  if (firstTok === 0) on('sentenceStart');
  const quoteGap = side === 'before' ? statement.evidence.start - m.end : m.start - statement.evidence.end;
  if (quoteGap <= 25) on(`pos:${side}&near`);
}

/**
 * Words between position `from` and the next speech verb, not counting verb modifiers ("also", "has"):
 * 0 when the mention is the verb's whole subject, more when the subject goes on ("officials in X say");
 * -1 when no speech verb follows within a few plain words.
 */
function wordsToVerb(tokens: readonly Token[], from: number): number {
  let words = 0;
  for (let j = from; j < tokens.length && j - from <= 8; j++) {
    const t = tokens[j]!;
    if (isSpeech(t)) return words;
    if (!/^[\p{L}\p{N}'\u2019.-]+$/u.test(t.text)) return -1;
    if (!VERB_MODIFIERS.has(lower(t))) words++;
  }
  return -1;
}

function findLastIndex<T>(xs: readonly T[], p: (x: T) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (p(xs[i]!)) return i;
  return -1;
}

const PRONOUN_SUBJECTS = new Set(['he', 'she', 'they', 'it', 'we']);

/** "he said", "she added", "they told": a pronoun right before a speech verb, outside the quote. */
export function pronounSubject(ctx: ChoiceContext, statement: Statement): string | null {
  const first = statement.evidence.sentenceIndex;
  for (let s = first; s <= ctx.lastSentence(statement); s++) {
    const tokens = ctx.tokensBySentence[s] ?? [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.start >= statement.evidence.start && t.end <= statement.evidence.end) continue;
      const w = lower(t);
      if (!PRONOUN_SUBJECTS.has(w)) continue;
      if (isSpeech(tokens[i + 1]) || (isSpeech(tokens[i + 2]) && /^[a-z]+$/.test(tokens[i + 1]?.text ?? ''))) return w === 'she' ? 'he' : w;
    }
  }
  return null;
}

/**
 * 0 when the candidate is the entity of its type named last before the statement's attribution, 1
 * for the one before, ...; -1 when not named in the window.
 */
function recencyRank(ctx: ChoiceContext, statement: Statement, candidate: SpeakerCandidate): number {
  const mine = candidate.mentions.filter((m) => m.end <= statement.evidence.start || m.sentenceIndex < statement.evidence.sentenceIndex);
  if (mine.length === 0) return -1;
  const lastMine = Math.max(...mine.map((m) => m.end));
  const first = statement.evidence.sentenceIndex;
  const others = new Set<string>();
  for (let s = Math.max(0, first - 3); s <= first; s++) {
    for (const m of ctx.mentionsBySentence[s] ?? []) {
      if (m.end <= lastMine || m.end > statement.evidence.start) continue;
      const ref = ctx.refByKey.get(m.entityKey!);
      if (ref && ref.type === candidate.ref.type && ref.key !== candidate.ref.key) others.add(ref.key!);
    }
  }
  return others.size;
}
