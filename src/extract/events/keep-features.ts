import type { Doc } from '../doc.ts';
import { foldName } from '../normalize.ts';
import type { PlaceEntity } from '../types.ts';
import type { EventCandidate } from './candidate.ts';
import type { Features } from './logistic.ts';

/**
 * Features of the rule events for the keep/drop model: what kind of event, how well it is anchored (a day,
 * figures, a specific place, the headline), where and how often the article tells it, and the words of
 * its sentence that make a mention background, hedged, negated or future. General English only.
 */

const BOMBING_FAMILY = new Set(['BOMBING', 'SUICIDE_BOMBING', 'CAR_BOMBING', 'IED']);
export const coarse = (type: string): string => (BOMBING_FAMILY.has(type) ? 'BOMBING' : type);

const MARKERS: ReadonlyArray<readonly [string, RegExp]> = [
  ['marker:hedge', /\b(?:may|might|could|possibly|reportedly|allegedly|suspected|apparently|unconfirmed|believed)\b/i],
  ['marker:negation', /\b(?:not|no|never|denied|denies|without|neither|nor)\b|n['\u2019]t\b/i],
  ['marker:future', /\b(?:will|would|plans?|planned|threat(?:en|ens|ened)?|warn(?:s|ed)?|vow(?:s|ed)?|if|unless|intends?|propos(?:e|ed|al)|demand(?:s|ed)?|call(?:s|ed)?\s+for)\b/i],
  ['marker:background', /\b(?:since|ago|previous(?:ly)?|anniversary|history|began|launched|ongoing|last\s+(?:year|month|week)|earlier\s+this\s+(?:year|month)|(?:in\s+)?recent\s+(?:weeks|months|years)|(?:past|last)\s+(?:few\s+)?(?:weeks|months|years)|(?:19|20)\d\d)\b/i],
  ['marker:report', /\b(?:said|says|told|according\s+to|reported|announced)\b/i],
  ['marker:quote', /["\u201c\u201d]/],
  ['marker:condemn', /\b(?:condemn\w*|denounc\w*|blam\w+|accus\w+|retaliat\w+|revenge)\b/i],
  ['marker:total', /\b(?:total|toll|so\s+far|this\s+year|since\s+the\s+start|tens\s+of\s+thousands|thousands|hundreds)\b/i],
];

const capped = (n: number, cap: number): number => Math.min(n, cap) / cap;

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000);
}

/** " folded words " padded with spaces, so a name is found as whole words by includes(). */
const padded = (s: string): string => ` ${foldName(s)} `;

function namedIn(text: string, name: string | null): boolean {
  const k = name ? foldName(name) : '';
  return k !== '' && text.includes(` ${k} `);
}

function placeNamedIn(text: string, name: string | null, place: PlaceEntity | undefined): boolean {
  return namedIn(text, name) || (place?.aliases.some((a) => namedIn(text, a)) ?? false);
}

/** "airstrikes" -> "airstr": a word's stem, to find "airstrike" in a headline that says "airstrikes". */
const stem = (trigger: string): string => (trigger.split(/\s+/).at(-1) ?? '').replace(/(?:ings?|s|ed)$/, '').slice(0, 6);

/** The country the article's events are placed in most often. */
function mainCountry(candidates: readonly EventCandidate[]): string | null {
  const counts = new Map<string, number>();
  for (const x of candidates) if (x.event.country) counts.set(x.event.country, (counts.get(x.event.country) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** The features of every candidate (in text order), computed together: the article-level parts once. */
export function keepFeatures(doc: Doc, candidates: readonly EventCandidate[]): Features[] {
  const title = padded(doc.article.title ?? '');
  const published = doc.article.published;
  const main = mainCountry(candidates);
  const firsts = candidates.map((c) => Math.min(...c.sentences));
  const records = new Map<string, number>();
  for (const x of doc.casualties) records.set(x.eventKey, (records.get(x.eventKey) ?? 0) + 1);
  return candidates.map((c, i) => {
    const e = c.event;
    const f = new Map<string, number>();
    const type = coarse(e.type);
    f.set(`type=${type}`, 1);
    f.set(`date=${c.dateFrom}`, 1);
    if (e.date && published) {
      const gap = daysBetween(published, e.date);
      if (gap < 0) f.set('date:future', 1);
      else if (gap <= 2) f.set('date:recent', 1);
      else if (gap > 7) f.set('date:old', 1);
    }
    if (e.killed) f.set('killed', 1);
    if (e.injured) f.set('injured', 1);
    if (records.has(e.key)) f.set('figures', capped(records.get(e.key)!, 3));
    if (e.claimedBy.length + e.perpetrators.length > 0) f.set('responsibility', 1);
    const place = e.placeKey ? doc.places.find((p) => p.key === e.placeKey) : undefined;
    f.set(`place=${place?.kind ?? (e.place ? 'unresolved' : 'none')}`, 1);
    // the place's own mentions say where it is named (folding every evidence sentence cost more than the rest)
    const inSentence = place ? place.mentions.some((m) => m.sentenceIndex === e.evidence.sentenceIndex)
      : e.place !== null && e.evidence.sentence.toLowerCase().includes(e.place.toLowerCase());
    if (inSentence) f.set('place:inSentence', 1);
    if (main && e.country && e.country !== main) f.set('place:otherCountry', 1);
    if (e.date === null && e.killed === null && e.injured === null) f.set(`unanchored:${type}`, 1);
    if (placeNamedIn(title, e.place, place)) f.set('title:place', 1);
    if (c.triggers.some((t) => namedIn(title, stem(t)) || title.includes(t.slice(0, 6)))) f.set('title:trigger', 1);
    const first = firsts[i]!;
    if (first <= 1) f.set('sentence:lead', 1);
    if (doc.sentences.length > 1 && first > 0) f.set('sentence:position', first / (doc.sentences.length - 1));
    f.set('mentions', capped(c.mentions, 4));
    if (c.sentences.length > 1) f.set('sentences:many', 1);
    for (const [name, on] of [['weak', c.weak], ['umbrella', c.umbrella], ['wavePart', c.partOfWave], ['referOnly', c.referOnly],
      ['generic', c.generic], ['specific', c.specific], ['newMarker', c.newMarker]] as const) if (on) f.set(name, 1);
    for (const [name, re] of MARKERS) if (re.test(e.evidence.sentence)) f.set(name, 1);
    let sameType = 0;
    for (const [j, x] of candidates.entries()) {
      if (j === i || coarse(x.event.type) !== type) continue;
      sameType++;
      if (x.event.place === e.place) f.set('others:samePlace', 1);
      if (x.event.place === e.place && firsts[j]! < first) f.set('others:samePlaceEarlier', 1);
      if (firsts[j]! < first) f.set('others:earlierSameType', 1);
    }
    if (sameType > 0) f.set('others:sameType', capped(sameType, 3));
    f.set('article:events', capped(candidates.length, 8));
    return f;
  });
}
