import type { Doc } from '../doc.ts';
import type { ConflictEvent, PlaceKind } from '../types.ts';
import { foldName } from '../normalize.ts';
import { coarse } from './keep-features.ts';
import { insideAny, quoteSpans } from './quote-spans.ts';
import { findTriggers, type Trigger } from './triggers.ts';

/**
 * Candidate (coarse type, place) pairs for the learned event generator (docs/events.md, "Round 6
 * (session 6): learned event pairs"): every pair with some support in the text (a trigger word of the type
 * in a sentence that names the place, or in the sentence next to it, or the place's enclosing places),
 * plus every pair the rules output. The model then decides which pairs the article reports as events.
 */

/** How far (in sentences) a trigger may stand from the place it is paired with. */
export const PAIR_WINDOW = 1;

export interface PairPlace {
  key: string;
  name: string;
  kind: PlaceKind;
  parentKey: string | null;
  /** Sentence indexes where the place is named (empty for a place only reached as a container). */
  sentences: number[];
}

/** One trigger word of a sentence, with its coarse type. */
export interface SentenceTrigger extends Trigger {
  coarse: string;
  sentenceIndex: number;
}

export interface PairCandidate {
  coarse: string;
  place: PairPlace;
  /** Triggers of this type within the window of a sentence naming the place (or a place inside it). */
  support: Array<{ trigger: SentenceTrigger; distance: number; viaChild: boolean }>;
  /** The rule events of this type at exactly this place. */
  ruleEvents: ConflictEvent[];
}

/** The article's places with the sentences that name them; a rule event's own place is added if missing. */
export function pairPlaces(doc: Doc): Map<string, PairPlace> {
  const out = new Map<string, PairPlace>();
  for (const p of doc.places) {
    out.set(p.key, { key: p.key, name: p.name, kind: p.kind, parentKey: p.parentKey, sentences: [...new Set(p.mentions.map((m) => m.sentenceIndex))] });
  }
  for (const e of doc.events) {
    if (!e.place || eventPlaceKey(out, e) !== null) continue;
    const key = e.placeKey ?? `name:${foldName(e.place)}`;
    out.set(key, { key, name: e.place, kind: 'unknown', parentKey: null, sentences: [e.evidence.sentenceIndex] });
  }
  return out;
}

/** The candidate place of a rule event: its key, else the place of the same name (a country the rules named
 * without a key); null when it has none. */
export function eventPlaceKey(places: ReadonlyMap<string, PairPlace>, e: ConflictEvent): string | null {
  if (e.placeKey && places.has(e.placeKey)) return e.placeKey;
  if (!e.place) return null;
  const k = foldName(e.place);
  if (places.has(`name:${k}`)) return `name:${k}`;
  for (const p of places.values()) if (foldName(p.name) === k) return p.key;
  return null;
}

/** The place and its enclosing places, most specific first. */
export function chainOf(places: ReadonlyMap<string, PairPlace>, key: string): PairPlace[] {
  const out: PairPlace[] = [];
  let at: string | null = key;
  while (at !== null && !out.some((p) => p.key === at)) {
    const p = places.get(at);
    if (!p) break;
    out.push(p);
    at = p.parentKey;
  }
  return out;
}

/** The trigger words of every sentence (link lines and quotations included: the model weighs them). */
export function sentenceTriggers(doc: Doc): SentenceTrigger[][] {
  const quotes = quoteSpans(doc.text);
  return doc.sentences.map((s) =>
    findTriggers(s.text, (at) => insideAny(quotes, s.start + at)).map((t) => ({ ...t, coarse: coarse(t.type), sentenceIndex: s.index })));
}

export function pairCandidates(doc: Doc, triggers: readonly SentenceTrigger[][], places: ReadonlyMap<string, PairPlace>): PairCandidate[] {
  const byPair = new Map<string, PairCandidate>();
  const get = (type: string, place: PairPlace): PairCandidate => {
    const id = `${type}|${place.key}`;
    let c = byPair.get(id);
    if (!c) byPair.set(id, (c = { coarse: type, place, support: [], ruleEvents: [] }));
    return c;
  };
  const n = doc.sentences.length;
  // each trigger supports a pair once, at its closest distance (a direct mention beats one via a child)
  const best = new Map<PairCandidate, Map<SentenceTrigger, PairCandidate['support'][number]>>();
  for (const place of places.values()) {
    const chain = chainOf(places, place.key);
    for (const si of place.sentences) {
      for (let j = Math.max(0, si - PAIR_WINDOW); j <= Math.min(n - 1, si + PAIR_WINDOW); j++) {
        for (const t of triggers[j] ?? []) {
          chain.forEach((p, level) => {
            const c = get(t.coarse, p);
            let m = best.get(c);
            if (!m) best.set(c, (m = new Map()));
            const s = { trigger: t, distance: Math.abs(j - si), viaChild: level > 0 };
            const had = m.get(t);
            if (!had || s.distance < had.distance || (s.distance === had.distance && had.viaChild && !s.viaChild)) m.set(t, s);
          });
        }
      }
    }
  }
  for (const [c, m] of best) c.support = [...m.values()].sort((a, b) => a.trigger.sentenceIndex - b.trigger.sentenceIndex || a.trigger.start - b.trigger.start);
  for (const e of doc.events) {
    const key = eventPlaceKey(places, e);
    const place = key ? places.get(key) : undefined;
    if (place) get(coarse(e.type), place).ruleEvents.push(e);
  }
  // a deterministic order: by type, then by where the place is first named
  return [...byPair.values()].sort((a, b) => (a.coarse < b.coarse ? -1 : a.coarse > b.coarse ? 1 : 0)
    || (Math.min(...a.place.sentences, 1e9) - Math.min(...b.place.sentences, 1e9)) || (a.place.key < b.place.key ? -1 : a.place.key > b.place.key ? 1 : 0));
}
