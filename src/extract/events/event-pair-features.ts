import type { Doc } from '../doc.ts';
import { foldName } from '../normalize.ts';
import type { Features } from './logistic.ts';
import { chainOf, type PairCandidate, type PairPlace } from './event-pair-candidates.ts';

/**
 * Features of a (coarse type, place) candidate, computed from the text: how close and how often trigger
 * words of the type stand to the place, where the pair is first told (headline, lead, later), what the
 * co-mention sentences say (a toll, a day, future/hedge/negation/background words, a quotation), the kind
 * of place and whether a place inside it or around it competes. General English only: no names.
 */

const WORDS: ReadonlyArray<readonly [string, RegExp]> = [
  ['w:toll', /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|scores|hundreds)\s+(?:[\w-]+\s+){0,3}(?:killed|dead|died|wounded|injured|hurt)\b|\b(?:killing|killed|wounding|injuring)\s+(?:at\s+least\s+|more\s+than\s+|about\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b/i],
  ['w:kill', /\b(?:killed|killing|dead|died|wounded|injured|casualties)\b/i],
  ['w:day', /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|overnight|tonight|this\s+morning)\b/i],
  ['w:month', /\b(?:january|february|march|april|june|july|august|september|october|november|december)\b/i],
  ['w:future', /\b(?:will|would|plans?|planned|threat(?:en|ens|ened)?|warn(?:s|ed)?|vow(?:s|ed)?|if|unless|intends?|propos(?:e|ed|al)|demand(?:s|ed)?|call(?:s|ed)?\s+for|fear(?:s|ed)?|could)\b/i],
  ['w:hedge', /\b(?:may|might|possibly|reportedly|allegedly|suspected|apparently|unconfirmed|believed)\b/i],
  ['w:negation', /\b(?:not|no|never|denied|denies|without|neither|nor)\b|n['\u2019]t\b/i],
  ['w:background', /\b(?:since|ago|previous(?:ly)?|anniversary|history|ongoing|last\s+(?:year|month)|earlier\s+this\s+(?:year|month)|recent\s+(?:weeks|months|years)|(?:past|last)\s+(?:few\s+)?(?:weeks|months|years)|(?:19|20)\d\d)\b/i],
  ['w:report', /\b(?:said|says|told|according\s+to|reported|announced)\b/i],
  ['w:condemn', /\b(?:condemn\w*|denounc\w*|retaliat\w+|revenge|sanction\w*)\b/i],
  ['w:total', /\b(?:total|so\s+far|this\s+year|since\s+the\s+start|tens\s+of\s+thousands|thousands|wave|series|spate|string)\b/i],
  ['w:claim', /\bclaim(?:ed|s)?\s+(?:responsibility|the\s+attack)\b/i],
];

const bucket = (n: number, edges: readonly number[]): string => {
  for (const e of edges) if (n <= e) return `${e}`;
  return `>${edges.at(-1)}`;
};

/** Whether the folded, space-padded text names the word or name. */
const named = (paddedText: string, name: string): boolean => {
  const k = foldName(name);
  return k !== '' && paddedText.includes(` ${k} `);
};

/** "in X", "at X", "near X" right before a mention: the place where something was; "from X" is not. */
function prepositionBefore(doc: Doc, place: PairPlace): { locative: number; from: number } {
  let locative = 0;
  let from = 0;
  for (const s of place.sentences) {
    const sentence = doc.sentences[s];
    if (!sentence) continue;
    const k = place.name;
    const i = sentence.text.indexOf(k);
    if (i < 0) continue;
    const before = sentence.text.slice(Math.max(0, i - 30), i);
    if (/\b(?:in|at|near|outside|inside|into|across|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$/i.test(before)) locative++;
    if (/\b(?:from|to|with|by|of|and)\s+(?:the\s+)?$/i.test(before)) from++;
  }
  return { locative, from };
}

export function pairFeatures(doc: Doc, candidates: readonly PairCandidate[], places: ReadonlyMap<string, PairPlace>): Features[] {
  const mentionCount = new Map<string, number>();
  for (const p of places.values()) mentionCount.set(p.key, p.sentences.length);
  const maxMentions = Math.max(1, ...mentionCount.values());
  const typeTriggers = new Map<string, number>();
  for (const c of candidates) typeTriggers.set(c.coarse, Math.max(typeTriggers.get(c.coarse) ?? 0, new Set(c.support.map((s) => s.trigger)).size));
  const maxTypeTriggers = Math.max(1, ...typeTriggers.values());
  const ids = new Set(candidates.map((c) => `${c.coarse}|${c.place.key}`));
  const n = Math.max(1, doc.sentences.length);
  const title = ` ${foldName(doc.article.title ?? '')} `;
  // which word classes each sentence holds, computed once per sentence (not once per candidate)
  const wordsOf = new Map<number, boolean[]>();
  const words = (i: number): boolean[] => {
    let w = wordsOf.get(i);
    if (!w) wordsOf.set(i, (w = WORDS.map(([, re]) => re.test(doc.sentences[i]?.text ?? ''))));
    return w;
  };
  // the places of each type that some other candidate of the type lies inside
  const containers = new Set<string>();
  for (const c of candidates) for (const p of chainOf(places, c.place.key).slice(1)) containers.add(`${c.coarse}|${p.key}`);
  return candidates.map((c) => {
    const f = new Map<string, number>();
    const set = (name: string, v = 1): void => { if (v !== 0) f.set(name, v); };
    set(`type:${c.coarse}`);
    set(`kind:${c.place.kind}`);
    set(`type-kind:${c.coarse}:${c.place.kind === 'country' ? 'country' : c.place.kind === 'admin1' ? 'admin1' : 'local'}`);
    const direct = c.support.filter((s) => !s.viaChild);
    const same = direct.filter((s) => s.distance === 0);
    const triggerSet = new Set(c.support.map((s) => s.trigger));
    set('support:none', c.support.length === 0 ? 1 : 0);
    set('support:same', Math.log1p(same.length));
    set('support:near', Math.log1p(direct.filter((s) => s.distance === 1).length));
    set('support:child', Math.log1p(c.support.filter((s) => s.viaChild).length));
    set('support:triggers', Math.log1p(triggerSet.size));
    set('support:share', triggerSet.size / maxTypeTriggers);
    const first = Math.min(...c.support.map((s) => s.trigger.sentenceIndex), 1e9);
    const firstSame = Math.min(...same.map((s) => s.trigger.sentenceIndex), 1e9);
    if (first < 1e9) set(`first:${bucket(first, [0, 1, 3, 7])}`);
    if (firstSame < 1e9) set(`first-same:${bucket(firstSame, [0, 1, 3, 7])}`); else set('first-same:none');
    set('first:relative', first < 1e9 ? first / n : 1);
    const ts = [...triggerSet];
    set('trig:verb', ts.some((t) => t.verb) ? 1 : 0);
    set('trig:all-weak', ts.length > 0 && ts.every((t) => t.weak) ? 1 : 0);
    set('trig:all-quote', ts.length > 0 && ts.every((t) => t.inQuote) ? 1 : 0);
    set('trig:all-anaphoric', ts.length > 0 && ts.every((t) => t.anaphoric || t.anaphorOnly) ? 1 : 0);
    set('trig:all-bare-plural', ts.length > 0 && ts.every((t) => t.barePlural) ? 1 : 0);
    set('trig:umbrella', ts.some((t) => t.umbrella) ? 1 : 0);
    set('trig:new-marker', ts.some((t) => t.newMarker) ? 1 : 0);
    set('trig:actor', ts.some((t) => t.actorModifier !== null) ? 1 : 0);
    // what the sentences that hold both the trigger and the place say
    const sentences = [...new Set(same.map((s) => s.trigger.sentenceIndex))];
    for (const [w, [name]] of WORDS.entries()) {
      const hits = sentences.filter((i) => words(i)[w]).length;
      if (sentences.length) set(`${name}:share`, hits / sentences.length);
      if (hits) set(`${name}:any`);
    }
    const mentions = mentionCount.get(c.place.key) ?? 0;
    set('place:mentions', Math.log1p(mentions));
    set('place:dominant', mentions === maxMentions && mentions > 0 ? 1 : 0);
    set('place:unnamed', mentions === 0 ? 1 : 0);
    set('place:title', named(title, c.place.name) ? 1 : 0);
    set('place:lead', c.place.sentences.includes(0) ? 1 : 0);
    const prep = prepositionBefore(doc, c.place);
    if (mentions) set('place:locative', prep.locative / mentions);
    if (mentions) set('place:from', prep.from / mentions);
    set('type:title', ts.some((t) => named(title, t.text)) ? 1 : 0);
    set('type:triggers', typeTriggers.get(c.coarse)! / maxTypeTriggers);
    // hierarchy: a place inside this one, or around it, is also a candidate of the type
    const inner = containers.has(`${c.coarse}|${c.place.key}`);
    const outer = chainOf(places, c.place.key).slice(1).some((p) => ids.has(`${c.coarse}|${p.key}`));
    set('hier:inner', inner ? 1 : 0);
    set('hier:outer', outer ? 1 : 0);
    set('hier:depth', chainOf(places, c.place.key).length - 1);
    // other types told at the same place
    const rivals = candidates.filter((o) => o.place.key === c.place.key && o.coarse !== c.coarse);
    const rivalSame = Math.max(0, ...rivals.map((o) => o.support.filter((s) => !s.viaChild && s.distance === 0).length));
    set('rival:stronger', rivalSame > same.length ? 1 : 0);
    // the rules' own decision (measured on VALID before it is trusted: see docs/events.md)
    set('rule:events', Math.min(c.ruleEvents.length, 2));
    const related = candidates.some((o) => o !== c && o.coarse === c.coarse && o.ruleEvents.length > 0
      && (chainOf(places, o.place.key).some((p) => p.key === c.place.key) || chainOf(places, c.place.key).some((p) => p.key === o.place.key)));
    set('rule:related', related ? 1 : 0);
    return f;
  });
}
