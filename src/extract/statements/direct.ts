import type { ActorRef } from '../types.ts';
import type { Draft } from './draft.ts';
import { ACT_VERBS, SPEECH_VERBS, VOCAL_VERBS } from './lexicon.ts';
import { actorBefore } from './act-before.ts';
import { clauseEndingInQuote } from './fragment.ts';
import { namingSpeakers } from './naming.ts';
import { quoteThenAttribution } from './quote-then-attribution.ts';
import type { QuoteSpan } from './quotes.ts';
import { resolveSpeakers, type SpeakerScope } from './speaker.ts';
import { isPluralPossessive, isPunct, mainSubject, passiveQuoteAt, skipModifiersBack, verbSubject, type TokenRange } from './subject.ts';
import type { SentenceView } from './units.ts';

const SUBJECT_STOP = new Set(['who', 'which', 'in', 'at', 'on', 'during', 'adding', 'as', 'while', 'after', 'before',
  'when', 'told', 'speaking', 'according', 'to', 'from', 'with']);

interface Attribution {
  speakers: ActorRef[];
  /** Offset where the attribution ends (to join a quote that follows it). */
  end: number;
  setting: Array<[number, number]>;
}

function tokenRangeOffsets(view: SentenceView, r: TokenRange): [number, number] {
  return [view.tokens[r.from]?.start ?? 0, view.tokens[r.to - 1]?.end ?? 0];
}

/** `"...," said X` or `"...," X said ...` right after the closing mark, in the sentence that holds it. */
function attributionAfter(scope: SpeakerScope, view: SentenceView, q: QuoteSpan): Attribution | null {
  let t0 = view.tokens.findIndex((t) => t.start >= q.end);
  if (t0 < 0) return null;
  while (t0 < view.tokens.length && isPunct(view.lower[t0] ?? '') && view.lower[t0] !== '"') t0++;
  const first = view.lower[t0] ?? '';
  if (first === 'according' && view.lower[t0 + 1] === 'to') return accordingTo(scope, view, q, t0 + 2);
  // 'An "armed group" attacked the post, the army said': the quotation is inside a clause, not attributed.
  if (!SPEECH_VERBS.has(first) && /^[a-z]+ed$/.test(view.tokens[t0]?.text ?? '')) return null;
  if (SPEECH_VERBS.has(first) || VOCAL_VERBS.has(first)) {
    let k = t0 + 1;
    while (k < view.tokens.length && !isPunct(view.lower[k] ?? '') && view.lower[k] !== '.' && !SUBJECT_STOP.has(view.lower[k] ?? '')) k++;
    if (k === t0 + 1) return null;
    // "said one farmer, Jane Doe." — the name in apposition names the speaker better.
    let m = k + 1;
    while (m < view.tokens.length && /^\p{Lu}/u.test(view.tokens[m]?.text ?? '')) m++;
    const named = view.lower[k] === ',' && m > k + 1 && (m >= view.tokens.length || isPunct(view.lower[m] ?? '') || view.lower[m] === '.');
    const speakers = resolveSpeakers(scope, view, named ? { from: k + 1, to: m } : { from: t0 + 1, to: k });
    const end = view.tokens[(named ? m : k) - 1]?.end ?? q.end;
    return speakers.length ? { speakers, end, setting: [[end, view.sentence.end]] } : null;
  }
  // `"...," X, a resident of Y, told the BBC.`: the subject ends at the first comma of an apposition.
  let firstComma = -1;
  for (let v = t0 + 1; v < Math.min(view.tokens.length, t0 + 18); v++) {
    const w = view.lower[v] ?? '';
    if (w === ',' && firstComma < 0) firstComma = v;
    if ((isPunct(w) && w !== ',' && !isPluralPossessive(view, v)) || w === '.' || (firstComma < 0 && v >= t0 + 9)) return null;
    // "..." the mayor shouted.': a verb of the voice attributes the quotation right before it.
    if (!SPEECH_VERBS.has(w) && !VOCAL_VERBS.has(w)) continue;
    // '"...," the mayor was quoted as saying.': the subject stands before "was quoted as".
    const passive = passiveQuoteAt(view, v);
    const subjEnd = firstComma > 0 ? firstComma : passive > 0 ? passive : skipModifiersBack(view, v - 1) + 1;
    if (subjEnd <= t0) return null;
    // `"...," a rebel commander, X Y, told AFP.`: the name in apposition names the speaker better.
    let name = firstComma + 1;
    while (firstComma > 0 && name < v && /^\p{Lu}/u.test(view.tokens[name]?.text ?? '')) name++;
    const named = firstComma > 0 && name - firstComma >= 3 && view.lower[name] === ',' && skipModifiersBack(view, v - 1) === name;
    const speakers = resolveSpeakers(scope, view, named ? { from: firstComma + 1, to: name } : { from: t0, to: subjEnd });
    const end = view.tokens[v]?.end ?? q.end;
    return speakers.length ? { speakers, end, setting: [[end, view.sentence.end]] } : null;
  }
  return null;
}

/**
 * `"<words>," according to the statement issued by X.`: quoted words opening the sentence are X's
 * (a bare "according to X" after an unquoted claim is no statement). The issuer of a document speaks.
 */
function accordingTo(scope: SpeakerScope, view: SentenceView, q: QuoteSpan, from: number): Attribution | null {
  if (!/^\s*$/.test(scope.units.text.slice(view.sentence.start, q.start))) return null;
  let to = from;
  while (to < view.tokens.length && !isPunct(view.lower[to] ?? '') && view.lower[to] !== '.') to++;
  const by = view.lower.slice(from, to).findIndex((w, i) => w === 'by' && i > 0 && /(?:issued|released|published|posted|sent)$/.test(view.lower[from + i - 1] ?? ''));
  const range = by >= 0 ? { from: from + by + 1, to } : { from, to };
  if (range.to <= range.from) return null;
  const speakers = resolveSpeakers(scope, view, range);
  const end = view.tokens[to - 1]?.end ?? q.end;
  return speakers.length ? { speakers, end, setting: [[end, view.sentence.end]] } : null;
}

/** `X said of the talks: "..."`: a speech verb shortly before a quotation that a colon or comma opens. */
function attributionBefore(scope: SpeakerScope, view: SentenceView, q: QuoteSpan): ActorRef[] | null {
  const open = view.tokens.findIndex((t) => t.start >= q.start);
  if (open < 2 || ![':', ','].includes(view.lower[open - 1] ?? '')) return null;
  for (let v = open - 2; v >= Math.max(0, open - 9); v--) {
    if (!SPEECH_VERBS.has(view.lower[v] ?? '')) continue;
    const range = verbSubject(view, v);
    const speakers = range ? resolveSpeakers(scope, view, range) : [];
    return speakers.length > 0 ? speakers : null;
  }
  return null;
}

/** Quoted fragments of a sentence whose subject's act is verbal ("X thanked them for 'a step'"). */
function actFragments(scope: SpeakerScope, view: SentenceView, quotes: QuoteSpan[]): Draft | null {
  const main = mainSubject(view);
  const firstQ = quotes[0];
  if (!main || !firstQ) return null;
  // The act verb may follow a participle modifier of the subject ("A statement issued in X denounced ...").
  let verb = main.to;
  while (verb < view.tokens.length && verb < main.to + 6 && !ACT_VERBS.has(view.lower[verb] ?? '')) verb++;
  if (!ACT_VERBS.has(view.lower[verb] ?? '') || (view.tokens[verb]?.start ?? Infinity) > firstQ.start) return null;
  const subj = { from: main.from, to: verb };
  const speakers = resolveSpeakers(scope, view, subj);
  const lastQ = quotes[quotes.length - 1];
  if (speakers.length === 0 || !lastQ) return null;
  return {
    kind: 'direct', speakers, quote: quotes.map((q) => q.inner).join(' '), start: firstQ.innerStart,
    end: lastQ.innerEnd, sentenceIndex: view.sentence.index, anchor: firstQ.start,
    setting: [tokenRangeOffsets(view, subj)],
  };
}

/**
 * Direct statements for the quotations that end in this sentence and no indirect statement took:
 * attributed after the closing mark; joined to the quotation before when split by the attribution
 * ("A," said X. "B."); a quotation standing alone continues the last speaker; fragments of a verbal act.
 */
export function findDirect(scope: SpeakerScope, view: SentenceView, used: Set<QuoteSpan>, previous: Draft | undefined): Draft[] {
  const { units } = scope;
  const mine = units.quotes.filter((q) => !used.has(q) && q.end - 1 >= view.sentence.start && q.end - 1 < view.sentence.end);
  const drafts: Draft[] = [];
  const loose: QuoteSpan[] = [];
  let last: Draft | undefined = previous;
  for (const q of mine) {
    used.add(q);
    if (q.inner.trim() === '') continue;
    const qView = units.at(q.start) ?? view;
    const closing = attributionAfter(scope, view, q);
    const attr = closing ?? quoteThenAttribution(scope, view, q);
    const joins = !attr && last !== undefined && last.kind === 'direct' && continuesAfter(scope, last, q);
    if (joins && last) {
      // The comma before the attribution ("A," he said, "B.") belongs to the attribution, not the words.
      last.quote = `${last.quote.replace(/[\s,]+$/, '')} ${q.inner}`;
      last.end = q.innerEnd;
      continue;
    }
    const standsAlone = /^\s*$/.test(units.text.slice(qView.sentence.start, q.start)) &&
      /^[\s.,!?]*$/.test(units.text.slice(q.end, view.sentence.end));
    const speakers = attr?.speakers ?? attributionBefore(scope, qView, q) ?? namingSpeakers(scope, qView, q) ??
      (standsAlone ? actorBefore(scope, qView.sentence.index) ?? recentSpeaker(scope, qView.sentence.index) : null);
    if (!speakers) {
      loose.push(q);
      continue;
    }
    // `<clause> "<phrase>," X said`: the phrase closes X's unquoted report, which is the statement.
    const clause = closing ? clauseEndingInQuote(units, qView, q) : null;
    const draft: Draft = clause
      ? { kind: 'indirect', speakers, quote: clause.quote, start: clause.start, end: q.end,
        sentenceIndex: qView.sentence.index, anchor: q.start, setting: attr?.setting ?? [] }
      : { kind: 'direct', speakers, quote: q.inner, start: q.innerStart, end: q.innerEnd,
        sentenceIndex: qView.sentence.index, anchor: q.start, setting: attr?.setting ?? [] };
    if (attr) draft.attributionEnd = attr.end;
    const first = speakers[0];
    if (first) scope.memory.said.push({ sentenceIndex: view.sentence.index, offset: q.start, speaker: first });
    drafts.push(draft);
    last = draft;
  }
  if (loose.length > 0) {
    const act = actFragments(scope, view, loose);
    if (act) drafts.push(act);
  }
  return drafts;
}

/** `, a spokesman for the ministry, ` / `, head of the council, `: a noun phrase between commas, no clause. */
const APPOSITIVE_GAP = /^,\s+(?:(?:a|an|the)\s+)?[\p{Ll}][^"\u201c\u201d.;:,]{0,80},\s*$/u;

/**
 * A quotation continues the one before when it follows that one's attribution directly: in the same
 * sentence (`"A," he said, "B."`) or opening the next sentence of the paragraph (`"A," said X. "B."`).
 */
function continuesAfter(scope: SpeakerScope, last: Draft, q: QuoteSpan): boolean {
  if (last.attributionEnd === undefined) return false;
  const { units } = scope;
  const gap = units.text.slice(last.attributionEnd, q.start);
  if (/^[\s.,;:]*$/.test(gap)) return true;
  // `"A," said X, a spokesman for Y, "B."`: an appositive between the name and the next part, set off by commas.
  if (APPOSITIVE_GAP.test(gap)) return true;
  const attrSentence = units.at(last.attributionEnd - 1)?.sentence;
  return attrSentence !== undefined && attrSentence.end <= q.start && /^[ \t]*$/.test(units.text.slice(attrSentence.end, q.start));
}

/** The speaker of the last statement within the two sentences before. */
function recentSpeaker(scope: SpeakerScope, sentenceIndex: number): ActorRef[] | null {
  const s = scope.memory.said[scope.memory.said.length - 1];
  return s && s.sentenceIndex >= sentenceIndex - 2 ? [s.speaker] : null;
}
