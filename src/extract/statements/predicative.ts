/*
 * "X called the strike a crime against the town", "observers are calling the vote the fairest in years",
 * "X described the fire as a warning to Y": a verb that names or characterises its object says what
 * the speaker holds the object to be. The answer keys keep these as indirect statements whose quote is
 * the object and what it is called (three articles of the pool annotate them so).
 * "called the ceasefire after ...", "called on X to", "a group called X" say nothing of the kind.
 */
import type { Draft } from './draft.ts';
import { trimClause } from './draft.ts';
import { PREPOSITIONS } from './lexicon.ts';
import { absoluteSubject } from './naming.ts';
import { resolveSpeakers, type SpeakerScope } from './speaker.ts';
import { isPunct, verbSubject } from './subject.ts';
import type { SentenceView } from './units.ts';

/** "call X Y": the object, then what it is called. */
const CALL_VERBS = new Set(['called', 'calls', 'call', 'calling', 'termed', 'terms', 'dubbed', 'branded', 'labeled', 'labelled']);
/** "describe X as Y": the object, "as", then what it is. */
const AS_VERBS = new Set(['described', 'describes', 'describing', 'characterized', 'characterised', 'characterizing',
  'dismissed', 'dismissing', 'denounced', 'denouncing', 'branded', 'branding', 'hailed', 'hailing']);
const OBJECT_OPENERS = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'it', 'them']);
const PREDICATE_OPENERS = new Set(['a', 'an', 'the', 'one']);
/** Longest object before the predicate ("the strike on the depot"). */
const MAX_OBJECT = 6;

/** End (exclusive) of the object noun phrase after the verb at `v`, and the predicate's first token, or null. */
function objectAndPredicate(view: SentenceView, v: number, asVerb: boolean): number | null {
  const first = view.lower[v + 1] ?? '';
  if (!OBJECT_OPENERS.has(first)) return null;
  const pronoun = first === 'it' || first === 'them';
  for (let k = v + 2; k <= Math.min(view.tokens.length - 1, v + 1 + MAX_OBJECT); k++) {
    const w = view.lower[k] ?? '';
    if (isPunct(w) || w === '.') return null;
    if (asVerb) {
      if (w === 'as') return k + 1 < view.tokens.length ? k + 1 : null;
      continue;
    }
    // The predicate opens with its own determiner right after the object's noun ("the strike a crime").
    if (PREDICATE_OPENERS.has(w) && k > v + 1 && (pronoun || k > v + 2) && /^\p{Ll}/u.test(view.tokens[k - 1]?.text ?? '')) return k;
    if (pronoun) return null;
    if (PREPOSITIONS.has(w) || w === 'and' || w === 'or' || /^[a-z]+ed$/.test(w)) return null;
  }
  return null;
}

/**
 * Indirect statements of the sentence's naming verbs, skipping verbs inside quotations and statements
 * the other finders made here (`taken`: offsets already reported).
 */
export function findPredicative(scope: SpeakerScope, view: SentenceView, taken: (offset: number) => boolean): Draft[] {
  const out: Draft[] = [];
  view.tokens.forEach((t, v) => {
    const w = view.lower[v] ?? '';
    const asVerb = AS_VERBS.has(w);
    if ((!asVerb && !CALL_VERBS.has(w)) || scope.units.quoteAt(t.start) || taken(t.start)) return;
    // "a group called X": a participle after a noun names it; the speaker's verb follows its subject.
    if (/^\p{Lu}/u.test(view.tokens[v + 1]?.text ?? '')) return;
    const pred = objectAndPredicate(view, v, asVerb);
    if (pred === null) return;
    const start = view.tokens[v + 1]?.start ?? 0;
    const end = view.sentence.end;
    const text = scope.units.text.slice(start, end);
    // A quotation in the complement is the naming finder's (direct) statement.
    if (/["\u201c\u201d]/.test(text) || taken(start)) return;
    const range = absoluteSubject(view, v) ?? verbSubject(view, v);
    const speakers = range ? resolveSpeakers(scope, view, range) : [];
    if (speakers.length === 0 || (view.tokens.length - pred) < 2) return;
    scope.memory.said.push({ sentenceIndex: view.sentence.index, offset: t.start, speaker: speakers[0]! });
    out.push({
      kind: 'indirect', speakers, quote: trimClause(text), start, end,
      sentenceIndex: view.sentence.index, anchor: t.start, setting: [[view.sentence.start, t.start]],
    });
  });
  return out;
}
