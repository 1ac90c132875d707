import type { Gazetteer, GazPlace } from '../../gazetteer/gazetteer.ts';
import { allMatches } from '../all-matches.ts';
import type { PlaceHit } from './places.ts';
import { KIND_RANK, LEADING_FUNCTION_WORDS, LOCATIVE_BEFORE, NAME_PARTICLES, NOT_PLACE_WORDS, REPORTED_FROM } from './place-words.ts';

/**
 * Private fallback used only while the entities component gives no places: capitalised phrases that the
 * gazetteer knows or that the text marks as places ("the town of X", "X province", "in X").
 */
const PARTICLE = `(?:${NAME_PARTICLES.join('|')})[- ]`;
const WORD = `(?:${PARTICLE})?[A-Z][\\p{L}'\u2019.-]*`;
const NAME_RE = new RegExp(`(?<![\\p{L}])(?:${PARTICLE})?${WORD}(?:\\s+${WORD})*`, 'gu');
const KIND_WORDS = Object.keys(KIND_RANK).join('|');
const KIND_BEFORE = new RegExp(`\\b(${KIND_WORDS})\\s+of\\s+$`, 'i');
const KIND_AFTER = new RegExp(`^\\s+(${KIND_WORDS})\\b`, 'i');
const KIND_INSIDE = new RegExp(`\\s+(${KIND_WORDS})$`, 'i');

const GAZ_RANK: Record<string, number> = { country: 6, admin1: 5, city: 3 };

function countriesOf(text: string, gazetteer: Gazetteer): Set<string> {
  const codes = new Set<string>();
  for (const m of allMatches(/[A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)?/gu, text)) {
    const top = gazetteer.find(m[0])[0];
    if (top?.exact && top.place.kind === 'country') codes.add(top.place.countryCode);
    const nat = gazetteer.nationality(m[0].split(/\s+/)[0]!);
    if (nat) codes.add(nat.code);
  }
  return codes;
}

/** The gazetteer's reading of a name, when plausible here (its country is in the article, or it is big). */
function lookup(name: string, gazetteer: Gazetteer, countries: Set<string>): GazPlace | null {
  const matches = gazetteer.find(name).filter((m) => m.exact || m.place.population > 20_000 || m.place.kind !== 'city');
  // a big city needs no country named beside it; a small namesake abroad does
  const fits = matches.filter((m) => m.place.kind === 'country' || countries.has(m.place.countryCode)
    || (m.exact && m.place.population > 100_000));
  const pick = fits.find((m) => m.place.kind === 'city') ?? fits[0];
  return pick?.place ?? null;
}

function chain(place: GazPlace, gazetteer: Gazetteer): string[] {
  const out: string[] = [];
  for (let p = place.parentId ? gazetteer.get(place.parentId) : undefined; p; p = p.parentId ? gazetteer.get(p.parentId) : undefined) {
    out.push(p.kind === 'country' ? (gazetteer.country(p.countryCode)?.name ?? p.name) : p.name);
  }
  return out;
}

function trimName(raw: string, at: number): { name: string; start: number } {
  const words = raw.split(/(\s+)/);
  let start = at;
  while (words.length > 1 && LEADING_FUNCTION_WORDS.has(words[0]!.toLowerCase().replace(/['\u2019]s$/, ''))) {
    start += words[0]!.length + (words[1]?.length ?? 0);
    words.splice(0, 2);
  }
  const name = words.join('').replace(/['\u2019]s$/, '').replace(/[.,]$/, '');
  return { name, start };
}

export function fallbackPlaces(text: string, from: number, to: number, gazetteer: Gazetteer, countries?: Set<string>): PlaceHit[] {
  const known = countries ?? countriesOf(text, gazetteer);
  const hits: PlaceHit[] = [];
  const span = text.slice(from, to);
  const pieces = allMatches(NAME_RE, span).flatMap((m) => {
    // "Sanaa's al-Sabeen Square": two names, the owner and the owned
    const parts: Array<{ text: string; at: number }> = [];
    let at = m.index;
    for (const part of m[0].split(/(?<=['\u2019]s)\s+/)) {
      parts.push({ text: part, at });
      at += part.length + 1;
    }
    return parts;
  });
  for (const piece of pieces) {
    const { name: trimmed, start: relStart } = trimName(piece.text, piece.at);
    if (!trimmed || LEADING_FUNCTION_WORDS.has(trimmed.toLowerCase())) continue;
    if (trimmed.toLowerCase().split(/[\s-]+/).some((w) => NOT_PLACE_WORDS.has(w)) && lookup(trimmed, gazetteer, known)?.kind !== 'country') continue;
    if (gazetteer.nationality(trimmed) && !gazetteer.find(trimmed).some((g) => g.exact && g.place.kind === 'country')) continue;
    let name = trimmed;
    let kind = KIND_INSIDE.exec(name)?.[1]?.toLowerCase();
    if (kind) name = name.slice(0, name.length - kind.length).trim();
    const start = from + relStart;
    const end = start + name.length;
    const before = text.slice(Math.max(0, start - 60), start);
    const after = text.slice(start + trimmed.length, start + trimmed.length + 20);
    // "the Homs neighborhood of X": the kind word belongs to X; this name is its container
    if (!/^\s+\w+\s+of\s/i.test(after)) kind ??= KIND_AFTER.exec(after)?.[1]?.toLowerCase();
    const kindOf = KIND_BEFORE.exec(before)?.[1]?.toLowerCase();
    // "the district of X" is a part of a city; "X district" an administrative unit
    kind ??= kindOf === 'district' ? 'neighborhood' : kindOf;
    const words = name.toLowerCase().split(/[\s-]+/);
    const gaz = lookup(name, gazetteer, known);
    const isCountry = gaz?.kind === 'country';
    if (!isCountry && words.some((w) => NOT_PLACE_WORDS.has(w))) continue;
    if (!gaz && !kind && !LOCATIVE_BEFORE.test(before)) continue;
    if (!gaz && !kind && words.length === 1 && /^[A-Z]+$/.test(name)) continue;
    const rank = kind !== undefined && !isCountry ? (KIND_RANK[kind] ?? 2) : gaz ? (GAZ_RANK[gaz.kind] ?? 2) : 2;
    const parents = gaz ? chain(gaz, gazetteer) : [];
    const country = gaz ? (gazetteer.country(gaz.countryCode)?.name ?? null) : null;
    const forms = kind && !isCountry ? [`${name} ${kind}`] : [];
    hits.push({ name, key: null, start, end, rank, country, parents, forms, reportedFrom: REPORTED_FROM.test(before) });
  }
  return hits;
}

export { countriesOf };
