import { referencePlace } from './reference-places.ts';
import { foldName } from '../normalize.ts';
import type { Resources } from '../pipeline.ts';
import type { PlaceHit } from './places.ts';
import { reactingSubject, spokenAt } from './spoken-place.ts';

/**
 * An event's place is a place's own name, never a phrase with its modifiers: "the Muslim-majority town
 * of X", "rebel-held X" and "the X-Y border" name X (and Y), not "Muslim-majority X" or "X-Y". The
 * entities component may keep such a phrase as one place; this cleans the events' view of it.
 */

// "Muslim-majority", "rebel-held", "government-controlled", "Kurdish-run", "oil-rich": a description
const DESCRIPTIVE_TAIL = 'majority|minority|dominated|held|controlled|run|led|populated|inhabited|speaking|occupied|'
  + 'administered|governed|backed|allied|friendly|leaning|rich|poor|based|born|torn|hit|ravaged|stricken|affected|besieged';
const COMPOUND_HEAD = new RegExp(`^(?:[A-Za-z'\u2019]+-)+(?:${DESCRIPTIVE_TAIL})$`, 'i');
const COMPOUND_PREFIX = new RegExp(`^(?:[A-Za-z'\u2019]+-)+(?:${DESCRIPTIVE_TAIL})\\s+(?=[A-Z])`, 'i');

/** "Muslim-majority" alone: a description, not a place. */
export function isDescriptiveCompound(name: string): boolean {
  return COMPOUND_HEAD.test(name.trim());
}

/** "Muslim-majority Varno" -> "Varno"; other names unchanged. */
export function stripDescriptivePrefix(name: string): string {
  const stripped = name.replace(COMPOUND_PREFIX, '');
  return stripped.length > 1 ? stripped : name;
}

/**
 * "X-Y" where both X and Y are places, or nationality words of places ("along the X-Y border", "the
 * Xian-Yian frontier"): the two sides, as place names. Null when the name is not such a pair (a
 * hyphenated name of its own, "Guinea-Bissau", is not split because it is itself known).
 */
export function splitPair(name: string, resolve: (part: string) => string | null): [string, string] | null {
  if (resolve(name)) return null;
  const m = /^([A-Z][\w'\u2019. ]*?)\s*[-\u2013\u2014/]\s*([A-Z][\w'\u2019. ]*)$/.exec(name.trim());
  if (!m) return null;
  const a = resolve(m[1]!.trim());
  const b = resolve(m[2]!.trim());
  return a && b ? [a, b] : null;
}

/**
 * The events' place mentions with clean names: descriptive compounds alone are dropped, a descriptive
 * prefix is cut, and a pair of places ("X-Y border") becomes the side the article names most (the first
 * on a tie), the other side kept as an alternative form.
 */
export function cleanPlaceHits(hits: readonly PlaceHit[], known: (name: string) => string | null,
  isCountry: (name: string) => boolean = () => false): PlaceHit[] {
  const counts = new Map<string, number>();
  for (const h of hits) counts.set(foldName(h.name), (counts.get(foldName(h.name)) ?? 0) + 1);
  const byFold = new Map(hits.map((h) => [foldName(h.name), h.name]));
  const resolve = (n: string) => byFold.get(foldName(n)) ?? known(n);
  const out: PlaceHit[] = [];
  for (const h of hits) {
    if (isDescriptiveCompound(h.name)) continue;
    const name = stripDescriptivePrefix(h.name);
    const pair = splitPair(name, (n) => (n === name ? null : resolve(n)));
    if (pair) {
      const [a, b] = pair;
      const side = (counts.get(foldName(b)) ?? 0) > (counts.get(foldName(a)) ?? 0) ? b : a;
      const other = side === a ? b : a;
      const twin = hits.find((x) => foldName(x.name) === foldName(side));
      // a side named nowhere else takes its kind from the gazetteer: a country is a country, not a town
      const country = !twin && isCountry(side);
      out.push({ ...h, name: side, key: twin?.key ?? h.key, rank: country ? 6 : Math.max(h.rank, twin?.rank ?? h.rank),
        country: twin?.country ?? (country ? side : h.country), parents: twin?.parents ?? h.parents, forms: [...h.forms, h.name, other] });
      continue;
    }
    out.push(name === h.name ? h : { ...h, forms: [...h.forms, h.name], name });
  }
  return out;
}

/** The name of the country or first-level unit the gazetteer knows by exactly this name or nationality word. */
export function knownRegion(gazetteer: Partial<Resources['gazetteer']>, name: string): string | null {
  if (typeof gazetteer.find !== 'function' || typeof gazetteer.nationality !== 'function') return null;
  const hit = gazetteer.find(name).find((m) => m.exact && (m.place.kind === 'country' || m.place.kind === 'admin1'));
  if (hit) return hit.place.kind === 'country' ? (gazetteer.country?.(hit.place.countryCode)?.name ?? hit.place.name) : hit.place.name;
  return gazetteer.nationality(name)?.name ?? null;
}

// "Islamabad - Officials said ...", "Kabul, Afghanistan — ...": a paragraph opened by a place and a dash
// is a dateline in any case (the entities' datelines need capitals or an agency)
const DASH_DATELINE = /^(?:,\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2})?\s*(?:\([^)]{1,30}\))?\s*(?:[-\u2013\u2014]{1,2})\s+(?=["\u201c]?[A-Z])/;

/** Whether the mention [start, end) opens a line as a dateline. */
export function dashDateline(text: string, start: number, end: number): boolean {
  return (start === 0 || text[start - 1] === '\n') && DASH_DATELINE.test(text.slice(end, end + 60));
}

/** The events component's place mentions: clean names, and places where news was told marked as such. */
export function refinePlaces(text: string, resources: Resources, hits: readonly PlaceHit[]): PlaceHit[] {
  const gazetteer = resources.gazetteer as Partial<Resources['gazetteer']>;
  const isCountry = (n: string) => typeof gazetteer.find === 'function' && gazetteer.find(n).some((m) => m.exact && m.place.kind === 'country');
  return cleanPlaceHits(hits, (n) => knownRegion(gazetteer, n), isCountry)
    .map((h) => (!h.dateline && dashDateline(text, h.start, h.end) ? { ...h, reportedFrom: true, dateline: true } : h))
    .map((h) => (!h.reportedFrom && (spokenAt(text, h.start) || reactingSubject(text, h.start, h.end)
      || referencePlace(text, h.start, h.end) || ETHNIC_BEFORE.test(text.slice(Math.max(0, h.start - 12), h.start))
      || NAMED_DEAL_AFTER.test(text.slice(h.end, h.end + 16)) || partOfLongerName(text, h)) ? { ...h, reportedFrom: true } : h));
}

// "most of them ethnic X": a people named like its homeland, not where the event was
const ETHNIC_BEFORE = /\bethnic\s+$/i;
// "the Split of the Alliance": a one-word place the gazetteer knows (Split), inside a longer capitalised name that is none
function partOfLongerName(text: string, h: PlaceHit): boolean {
  return !/\s/.test(h.name) && h.rank < 6 && /^\s+of\s+[A-Z][a-z]/.test(text.slice(h.end, h.end + 12))
    && /\bthe\s+$/i.test(text.slice(Math.max(0, h.start - 5), h.start));
}
// "the X accord", "the X peace process": an agreement named after where it was made, not where events are
const NAMED_DEAL_AFTER = /^\s+(?:accords?|agreements?|declaration|protocol|peace\s+(?:process|talks|deal|accord|agreement))\b/i;
