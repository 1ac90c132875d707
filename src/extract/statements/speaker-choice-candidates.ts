import type { Doc, Mention, Token } from '../doc.ts';
import type { ActorRef, Statement } from '../types.ts';
import { phraseVariants } from './speaker-choice-variants.ts';

/**
 * Who else could have said a statement: the rules' speaker, every person, organization and country
 * mentioned in the statement's sentences or the `LOOK_BACK` sentences before them, the speakers of the
 * statements just before, and the rules' anonymous phrase without its indefinite article. The learned
 * speaker choice (speaker-choice-apply.ts) scores each and keeps the best.
 */
export interface SpeakerCandidate {
  ref: ActorRef;
  /** The candidate's mentions in the window (empty for speakers known only from earlier statements). */
  mentions: Mention[];
  /** "a local official" offered as "local official". */
  dropsArticle: boolean;
  /** Another extent of the rules' anonymous phrase: how it was made (speaker-choice-variants.ts). */
  variant?: string;
}

/** Sentences looked back from the statement's first sentence for named candidates. */
export const LOOK_BACK = 3;
/** Earlier statements whose speakers are candidates. */
const EARLIER_SPEAKERS = 3;

/** What the candidate and feature steps read of a document, indexed once per document. */
export interface ChoiceContext {
  doc: Doc;
  tokensBySentence: Token[][];
  mentionsBySentence: Mention[][];
  refByKey: Map<string, ActorRef>;
  /** Name and aliases of each person, organization and country. */
  namesByKey: Map<string, string[]>;
  /** Mentions of each entity in the whole article. */
  mentionCount: Map<string, number>;
  /** Per statement, the identities of the speakers of the statements before it. */
  spokeBefore: Array<Set<string>>;
  /** "contains a name" per anonymous phrase, computed once. */
  phraseHasName: Map<string, boolean>;
  /** Sentence index of the last sentence a statement's span reaches. */
  lastSentence: (s: Statement) => number;
}

export function choiceContext(doc: Doc): ChoiceContext {
  const tokensBySentence: Token[][] = doc.sentences.map(() => []);
  for (const t of doc.tokens) tokensBySentence[t.sentenceIndex]?.push(t);
  const mentionsBySentence: Mention[][] = doc.sentences.map(() => []);
  for (const m of doc.mentions) if (m.entityKey !== null) mentionsBySentence[m.sentenceIndex]?.push(m);
  const refByKey = new Map<string, ActorRef>();
  for (const p of doc.people) refByKey.set(p.key, { type: 'person', name: p.name, key: p.key });
  for (const o of doc.organizations) refByKey.set(o.key, { type: 'organization', name: o.name, key: o.key });
  for (const p of doc.places) if (p.kind === 'country') refByKey.set(p.key, { type: 'place', name: p.name, key: p.key });
  const namesByKey = new Map<string, string[]>();
  for (const e of [...doc.people, ...doc.organizations, ...doc.places]) if (refByKey.has(e.key)) namesByKey.set(e.key, [e.name, ...e.aliases]);
  const mentionCount = new Map<string, number>();
  for (const m of doc.mentions) if (m.entityKey !== null) mentionCount.set(m.entityKey, (mentionCount.get(m.entityKey) ?? 0) + 1);
  const spokeBefore: Array<Set<string>> = [];
  const said = new Set<string>();
  for (const s of doc.statements) {
    spokeBefore.push(new Set(said));
    said.add(candidateId(s.speakerRef));
  }
  const lastSentence = (s: Statement): number => {
    let i = s.evidence.sentenceIndex;
    while (i + 1 < doc.sentences.length && doc.sentences[i + 1]!.start < s.evidence.end) i++;
    return i;
  };
  return { doc, tokensBySentence, mentionsBySentence, refByKey, namesByKey, mentionCount, spokeBefore, phraseHasName: new Map(), lastSentence };
}

/** Identity of a candidate: its entity key, else its phrase in lower case. */
export const candidateId = (ref: ActorRef): string => ref.key ?? `anon:${ref.name.toLowerCase()}`;

const INDEFINITE = /^(?:a|an)\s+(?=\S)/i;

/**
 * The candidates of statement `index` of `doc.statements`, the rules' speaker (`rule`) first. `rule`
 * is the statement's own speaker in the extractor; the trainer may pass another rule's pick.
 */
export function speakerCandidates(ctx: ChoiceContext, index: number, rule: ActorRef): SpeakerCandidate[] {
  const statement = ctx.doc.statements[index]!;
  const first = statement.evidence.sentenceIndex;
  const last = ctx.lastSentence(statement);
  const byId = new Map<string, SpeakerCandidate>();
  const add = (ref: ActorRef, dropsArticle = false): SpeakerCandidate => {
    const id = candidateId(ref);
    let c = byId.get(id);
    if (!c) {
      c = { ref, mentions: [], dropsArticle };
      byId.set(id, c);
    }
    return c;
  };
  add(rule);
  for (let s = Math.max(0, first - LOOK_BACK); s <= last; s++) {
    for (const m of ctx.mentionsBySentence[s] ?? []) {
      const ref = ctx.refByKey.get(m.entityKey!);
      if (ref) add(ref).mentions.push(m);
    }
  }
  let earlier = 0;
  for (let i = index - 1; i >= 0 && earlier < EARLIER_SPEAKERS; i--) {
    const ref = ctx.doc.statements[i]!.speakerRef;
    if (byId.has(candidateId(ref))) continue;
    add(ref);
    earlier++;
  }
  if (rule.type === 'anonymous' && INDEFINITE.test(rule.name)) add({ ...rule, name: rule.name.replace(INDEFINITE, '') }, true);
  const from = Math.max(0, first - LOOK_BACK);
  if (rule.type === 'anonymous') {
    const at = phraseMentions(ctx, rule.name, from, last);
    // the occurrence nearest the statement: the last one before its end
    const here = at.filter((m) => m.start < statement.evidence.end).at(-1) ?? at[0];
    if (here) for (const v of phraseVariants(ctx, rule, here)) if (!byId.has(candidateId(v.ref))) add(v.ref).variant = v.variant;
  }
  const out = [...byId.values()];
  for (const c of out) if (c.ref.type === 'anonymous') c.mentions = phraseMentions(ctx, c.ref.name, from, last);
  return out;
}

/**
 * Where an anonymous phrase stands in sentences from..to (case ignored), as mentions without an
 * entity: the phrase then has the same position features as a named candidate.
 */
function phraseMentions(ctx: ChoiceContext, phrase: string, from: number, to: number): Mention[] {
  const out: Mention[] = [];
  const needle = phrase.toLowerCase();
  if (needle.length < 2) return out;
  for (let s = from; s <= to; s++) {
    const sentence = ctx.doc.sentences[s];
    if (!sentence) continue;
    const hay = sentence.text.toLowerCase();
    for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) {
      const start = sentence.start + at;
      out.push({ start, end: start + needle.length, text: sentence.text.slice(at, at + needle.length), sentenceIndex: s, type: 'generic', entityKey: null });
    }
  }
  return out;
}
