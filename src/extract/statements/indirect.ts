import type { ActorRef } from '../types.ts';
import { cutNarration, trimClause, wordCount, type Draft, type SpeechClause } from './draft.ts';
import { findComplement, type Complement } from './complement.ts';
import { invertedAttribution } from './inverted.ts';
import { invertedDraft, trailingAttribution } from './trailing.ts';
import { BE_FORMS, CLAUSE_MARKERS, PHRASAL_OBJECT_TO, SPEECH_VERBS, VOCAL_VERBS } from './lexicon.ts';
import { nounSpeechVerb } from './noun-speech.ts';
import type { QuoteSpan } from './quotes.ts';
import { resolveSpeakers, type SpeakerScope } from './speaker.ts';
import { findSubject, isPluralPossessive, isPunct, mainSubject, type TokenRange } from './subject.ts';
import type { SentenceView } from './units.ts';

const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our',
  'no', 'any', 'every', 'each', 'another']);
const PRONOUN_WORDS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
const COORDINATORS = new Set([',', ';', 'but', 'and', 'or', 'while', 'whereas', 'although', 'though', '']);
/** A quotation covering at least this share of a reported clause's words makes the statement direct. */
const DIRECT_SHARE = 0.6;
/** More unquoted words than this in a reported clause make the quotations fragments of an indirect report. */
const MAX_UNQUOTED = 4;

/** "put the death toll at N": a reporting construction for figures, with the toll as its clause. */
function tollComplement(view: SentenceView, v: number): Complement | null {
  const w = view.lower[v] ?? '';
  if (!['put', 'puts', 'putting', 'placed', 'places'].includes(w)) return null;
  const the = view.lower[v + 1] === 'the';
  const toll = view.lower[v + (the ? 2 : 1)] === 'toll' || view.lower[v + (the ? 3 : 2)] === 'toll';
  return toll ? { start: v + 1, cls: 'clause', adjuncts: [] } : null;
}

function speechClauses(view: SentenceView, inQuote: (offset: number) => boolean, skip: number): SpeechClause[] {
  const out: SpeechClause[] = [];
  view.tokens.forEach((t, v) => {
    const w = view.lower[v] ?? '';
    if (inQuote(t.start) || v === skip) return;
    const toll = tollComplement(view, v);
    // "chanted "...", "chanting, "..."": the voice verb reports the quotation right after it (a comma may stand between).
    const quoteAt = view.lower[v + 1] === ',' ? v + 2 : v + 1;
    const vocal = VOCAL_VERBS.has(w) && /^["\u201c\u2018\u00ab]$/.test(view.tokens[quoteAt]?.text ?? '');
    if (!toll && !vocal && !SPEECH_VERBS.has(w) && !PHRASAL_OBJECT_TO.has(w) && !nounSpeechVerb(view, v)) return;
    if (!toll && /^\p{Lu}/u.test(t.text) && v > 0) return; // "Reports", "Says" in a name or headline
    if (DETERMINERS.has(view.lower[v - 1] ?? '')) return; // "a tweet", "the report": a noun
    if (nounAfterModifier(view, v)) return; // "on a sour note", "a stern warning about"
    // "the group's statement", "the rebels' demands": a possessive makes it a noun.
    if (/^['\u2019]s$/.test(view.lower[v - 1] ?? '') || isPluralPossessive(view, v - 1)) return;
    // "Conflicting reports indicate ...", "Statements say ...": a plural noun before the real verb.
    const next = view.lower[v + 1] ?? '';
    if (/[^s]s$/.test(w) && SPEECH_VERBS.has(next) && !next.endsWith('ing') && !next.endsWith('s')) return;
    // "marched through the square chanting, "..."": a voice participle is the main subject's, whatever stands before it.
    const subject = vocal && w.endsWith('ing') && !BE_FORMS.has(view.lower[v - 1] ?? '')
      ? { how: 'shared' as const, range: null, clauseStart: v, boundary: '' }
      : findSubject(view, v);
    if (!subject) return;
    // "according to media reports": the source of a claim, with "reports" its noun, is no statement.
    // ("according to the agency, which said ..." still reports: the relative clause has a verb of its own).
    const from = subject.range?.from ?? -1;
    if (subject.clauseStart === from && view.lower[from] === 'according' && view.lower[from + 1] === 'to') return;
    const base = !/(?:s|ed|ing)$/.test(w) && !['told', 'said', 'put', 'thought', 'wrote', 'swore', 'found'].includes(w);
    if (base && subject.how === 'shared') return; // "... and encourage": an infinitive chain, not a report
    // `"A," he said, "B."`: a verb whose subject follows a closing quotation attributes that quotation.
    const attributes = subject.how === 'phrase' && /^["\u201d\u2019'\u00bb]$/.test(view.lower[subject.clauseStart - 1] ?? '');
    out.push({ verb: v, subject, complement: attributes ? null : (toll ?? findComplement(view, v)) });
  });
  return out;
}

/** Finite forms without -s or -ed that may follow a singular subject ("a spokesman told"). */
const BARE_FINITE = new Set(['said', 'told', 'wrote', 'found', 'put', 'swore', 'thought', 'spoke']);
/** Words after which an -ing form is a noun ("a warning about", "a stern warning of"), not a participle. */
const NOUN_FOLLOWERS = new Set(['about', 'of', 'on', 'over', 'against', 'for', 'from', '.', ';']);

/**
 * "on a sour note", "issued a stern warning about ...": after "a"/"an" and one lower-case word, a
 * speech verb in its bare form cannot be the verb of that singular noun (which would take -s or -ed),
 * and an -ing form followed by a preposition is a noun; the word is no speech act.
 */
function nounAfterModifier(view: SentenceView, v: number): boolean {
  if (nounAfterPossessive(view, v)) return true;
  if (!['a', 'an'].includes(view.lower[v - 2] ?? '') || !/^\p{Ll}+$/u.test(view.tokens[v - 1]?.text ?? '')) return false;
  const w = view.lower[v] ?? '';
  if (/ly$/.test(view.lower[v - 1] ?? '')) return false; // "a spokesman" never ends in -ly; "a newly ..." is no subject
  if (w.endsWith('ing')) return NOUN_FOLLOWERS.has(view.lower[v + 1] ?? '');
  return !/(?:s|ed)$/.test(w) && !BARE_FINITE.has(w);
}

const POSSESSIVES = new Set(['its', 'his', 'her', 'their', 'our']);

/**
 * "noted in its quarterly report the conflict has ...", "in their claims", "his weekly address": a possessive
 * determiner is no subject, so the speech word right after it, or after it and one lower-case singular word,
 * is a noun.
 */
function nounAfterPossessive(view: SentenceView, v: number): boolean {
  if (POSSESSIVES.has(view.lower[v - 1] ?? '')) return true;
  if (!POSSESSIVES.has(view.lower[v - 2] ?? '') || !/^\p{Ll}+$/u.test(view.tokens[v - 1]?.text ?? '') || /s$/.test(view.lower[v - 1] ?? '')) return false;
  const w = view.lower[v] ?? '';
  return !/(?:s|ed|ing)$/.test(w) && !BARE_FINITE.has(w);
}

/**
 * "accused the company of poisoning the river, and have been protesting ...": an infinitive or
 * "of"-complement has no finite verb, so ", and <auxiliary>" goes on with the speaker's own doings.
 */
function ownPredicateCut(text: string, cls: Complement['cls']): string {
  if (cls !== 'accuse' && cls !== 'objectTo' && cls !== 'to') return text;
  const m = /,\s+(?:and|but)\s+(?:has|have|had|was|were|is|are|will|would)\b/.exec(text);
  return m ? text.slice(0, m.index) : text;
}

/** Where a clause's report ends: the sentence end, or where a coordinated speech clause starts. */
function clauseEnd(view: SentenceView, clauses: SpeechClause[], i: number, from: number): number {
  for (const next of clauses.slice(i + 1)) {
    const closing = next.subject.boundary === ',' && view.tokens.length - next.verb <= 6;
    // "..., while aid groups warned of a crisis": another speaker's act ends the report even without a clause.
    // "..., but the government denied the claim": a speech act of another subject after "but" too.
    const contrast = next.subject.how === 'phrase' && ['while', 'whereas', 'although', 'though', 'but'].includes(next.subject.boundary) &&
      !PRONOUN_WORDS.has(view.lower[next.subject.range?.from ?? -1] ?? '');
    if (!next.complement && !closing && !contrast) continue;
    const at = view.tokens[next.subject.clauseStart];
    if (!at || at.start <= from) continue;
    if (next.subject.how === 'shared') return at.start;
    if (COORDINATORS.has(next.subject.boundary)) return view.tokens[next.subject.clauseStart - 1]?.start ?? at.start;
  }
  return view.sentence.end;
}

/**
 * Indirect statements of one sentence ("X said (that) ...", "X urged Y to ...", "..., he said."), in
 * order. A quotation that fills most of a reported clause makes it a direct statement of the quoted
 * words; a short quoted phrase stays inside the indirect one. Quotations used are added to `used`.
 */
export function findIndirect(scope: SpeakerScope, view: SentenceView, used: Set<QuoteSpan>): Draft[] {
  const { units } = scope;
  const inverted = invertedAttribution(view);
  const clauses = speechClauses(view, (o) => units.quoteAt(o) !== undefined, inverted?.verb ?? -1);
  const drafts: Draft[] = [];
  const speakersOf: ActorRef[][] = [];
  let invertedRefs: ActorRef[] | undefined;
  clauses.forEach((c, i) => {
    const verbTok = view.tokens[c.verb];
    if (!verbTok) return;
    // resolved once, when a clause first needs it (no named closure: one would be built per sentence)
    const afterInverted = inverted && c.verb > inverted.subjectEnd
      ? (invertedRefs ??= resolveSpeakers(scope, view, { from: inverted.subjectFrom, to: inverted.subjectEnd }))
      : [];
    const speakers = c.subject.how === 'shared'
      ? (afterInverted.length ? afterInverted : speakersOf[i - 1]?.length ? speakersOf[i - 1]! : sharedSpeakers(scope, view, c.subject.clauseStart))
      : resolveSpeakers(scope, view, c.subject.range!);
    // "Media X quotes Y as saying ...": the named reporter of the words says them too.
    const quoter = c.subject.quoter ? resolveSpeakers(scope, view, c.subject.quoter)[0] : undefined;
    if (quoter && quoter.type !== 'anonymous' && speakers.length > 0 && !speakers.some((x) => x.name === quoter.name)) speakers.push(quoter);
    speakersOf[i] = speakers;
    if (!c.complement || speakers.length === 0) {
      // "The spokesman said:" closing a paragraph introduces the quotation that follows.
      if (speakers[0] && /:\s*$/.test(view.sentence.text)) {
        scope.memory.said.push({ sentenceIndex: view.sentence.index, offset: verbTok.start, speaker: speakers[0] });
      }
      return;
    }
    // "She said she believed ...": a verb inside the speaker's own report adds no second statement.
    const outer = drafts.find((d) => verbTok.start >= d.start && verbTok.start < d.end);
    if (outer && outer.speakers[0]?.name === speakers[0]?.name) return;
    const startTok = view.tokens[c.complement.start];
    if (!startTok) return;
    let start = startTok.start;
    let end = clauseEnd(view, clauses, i, start);
    const inside = units.quotes.filter((q) => q.start >= start && q.start < end);
    for (const q of inside) end = Math.max(end, q.end);
    let text = units.text.slice(start, end);
    let kind: Draft['kind'] = 'indirect';
    const quoted = inside.reduce((n, q) => n + wordCount(q.inner), 0);
    // Direct only when the quotation is (nearly) the whole complement: a few unquoted words at most
    // ("said it was "..."", "described it as "...""); quoted fragments in a longer clause stay indirect.
    const unquoted = wordCount(text) - quoted;
    // "shouted "God is great" before ...": a verb of the voice reports only the quotations right after it.
    const vocal = VOCAL_VERBS.has(view.lower[c.verb] ?? '') ? adjoining(units.text, inside) : [];
    if (vocal.length > 0) {
      kind = 'direct';
      text = vocal.map((q) => q.inner).join(' ');
      start = vocal[0]!.innerStart;
      end = vocal[vocal.length - 1]!.innerEnd;
    } else if (inside.length > 0 && quoted / Math.max(1, wordCount(text)) >= DIRECT_SHARE && unquoted <= MAX_UNQUOTED) {
      kind = 'direct';
      text = inside.map((q) => q.inner).join(' ');
      start = inside[0]!.innerStart;
      end = inside[inside.length - 1]!.innerEnd;
    }
    inside.forEach((q) => used.add(q));
    let quote = kind === 'direct' ? text.trim() : trimClause(cutNarration(kind === 'indirect' ? ownPredicateCut(text, c.complement.cls) : text));
    if (quote === '') return;
    // "The blast threw him back, he said, and then ...": the report runs on both sides of the attribution.
    const comma = view.tokens[c.subject.clauseStart - 1];
    if (kind === 'indirect' && i === 0 && c.subject.how === 'phrase' && comma?.text === ',' &&
        ['and', 'but'].includes(view.lower[c.complement.start] ?? '') && view.lower[c.complement.start - 1] === ',') {
      const before = units.text.slice(view.sentence.start, comma.start);
      if (wordCount(before) >= 4 && !units.quoteAt(view.sentence.start)) {
        quote = `${trimClause(before)}, ${quote}`;
        start = view.sentence.start;
      }
    } else if (kind === 'indirect' && i === 0 && c.subject.how === 'phrase' && comma?.text === ',' &&
        view.lower[c.complement.start - 1] === ',' && startsWithVerb(view, c.complement.start)) {
      // "The suspects, he said, were planning another attack": the subject stands before the attribution.
      const before = units.text.slice(view.sentence.start, comma.start);
      const words = view.lower.slice(0, c.subject.clauseStart - 1);
      if (wordCount(before) >= 1 && words.length <= 8 && !words.some((w) => CLAUSE_MARKERS.has(w) || isPunct(w)) &&
          !units.quoteAt(view.sentence.start)) {
        quote = `${trimClause(before)} ${quote}`;
        start = view.sentence.start;
      }
    }
    // An opening phrase ("At a briefing in X on Monday, ...") sets the scene for a subject's own clause.
    const introEnd = c.subject.how === 'phrase' ? (view.tokens[c.subject.clauseStart]?.start ?? 0) : view.sentence.start;
    const setting: Array<[number, number]> = [[view.sentence.start, introEnd]];
    // "X, speaking in Cairo on Monday, said": what stands between the subject and its verb.
    const subjectEnd = c.subject.range ? view.tokens[c.subject.range.to - 1]?.end : undefined;
    if (subjectEnd !== undefined && /^\s*,\s*(?:speaking|talking|addressing|writing)\b/i.test(scope.units.text.slice(subjectEnd, verbTok.start))) {
      setting.push([subjectEnd, verbTok.start]);
    }
    for (const a of c.complement.adjuncts) {
      setting.push([view.tokens[a.from]?.start ?? 0, view.tokens[a.to - 1]?.end ?? 0]);
    }
    drafts.push({ kind, speakers, quote, start, end, sentenceIndex: view.sentence.index, anchor: verbTok.start, setting });
    scope.memory.said.push({ sentenceIndex: view.sentence.index, offset: verbTok.start, speaker: speakers[0]! });
  });
  const commaAt = inverted ? (view.tokens[inverted.verb - 1]?.start ?? 0) : 0;
  const closing = inverted && !drafts.some((d) => d.start < commaAt) ? invertedDraft(scope, view, inverted.verb, inverted.subjectFrom, inverted.subjectEnd) : null;
  if (closing) drafts.push(closing);
  const trailing = closing ? null : trailingAttribution(scope, view, clauses, speakersOf);
  if (trailing) drafts.push(trailing);
  return drafts;
}

/** The first quotations of a run with nothing but spaces, punctuation or "and" between them. */
function adjoining(text: string, quotes: QuoteSpan[]): QuoteSpan[] {
  const run = quotes.slice(0, 1);
  for (const q of quotes.slice(1)) {
    const prev = run[run.length - 1]!;
    if (!/^[\s.,;:!?]*(?:(?:and|or)\s+)?$/i.test(text.slice(prev.end, q.start))) break;
    run.push(q);
  }
  return run;
}

/** Whether the clause at `k` opens with a finite verb ("were planning", "killed"), i.e. it lacks its subject. */
function startsWithVerb(view: SentenceView, k: number): boolean {
  const w = view.lower[k] ?? '';
  return CLAUSE_MARKERS.has(w) || /^[a-z]+ed$/.test(view.tokens[k]?.text ?? '');
}

/**
 * Speakers of a participle or coordinated verb with no speech clause before it: the subject of the
 * past-tense verb the "and" joins it to ("after the agency issued a notice ... and asked ..."), else
 * the sentence's subject.
 */
function sharedSpeakers(scope: SpeakerScope, view: SentenceView, clauseStart: number): ActorRef[] {
  const joined = view.lower[clauseStart] === 'and' ? joinedVerbSubject(view, clauseStart) : null;
  const subj = joined ?? mainSubject(view);
  return subj ? resolveSpeakers(scope, view, subj) : [];
}

const QUOTE_MARK = /^["\u201c\u201d]$/;

/** The subject of the nearest lower-case -ed verb before `and`, read as a speech verb's subject would be. */
function joinedVerbSubject(view: SentenceView, and: number): TokenRange | null {
  for (let k = and - 1; k > 0; k--) {
    const t = view.tokens[k]?.text ?? '';
    // "separatists, who have set up ... and said ...": the relative clause's antecedent does the joined verb.
    if ((view.lower[k] === 'who' || view.lower[k] === 'which') && view.lower[k - 1] === ',') {
      const found = findSubject(view, k + 1);
      return found?.how === 'phrase' ? found.range : null;
    }
    if (isPunct(view.lower[k] ?? '') && t !== '-' && !QUOTE_MARK.test(t)) return null;
    if (!/^[a-z]+ed$/.test(t) || BE_FORMS.has(view.lower[k - 1] ?? '')) continue;
    const found = findSubject(view, k);
    return found?.how === 'phrase' ? found.range : null;
  }
  return null;
}
