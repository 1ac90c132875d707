import type { Candidate } from './candidate.ts';
import type { EntityContext } from './context.ts';
import { afterPlaceOfNoun, isCapitalised, isLocativeContext, lower, tokenText } from './context.ts';
import { foldName } from './memo.ts';
import { SPEECH_VERBS } from './lexicon.ts';

/** Nouns of an attack that a place name modifies ("the Tell Hamid bombing"). */
const EVENT_NOUNS = new Set([
  'attack',
  'attacks',
  'bombing',
  'bombings',
  'blast',
  'blasts',
  'explosion',
  'massacre',
  'shelling',
  'airstrike',
  'airstrikes',
  'raid',
  'siege',
]);

/** "the towns of A, B and Tell Hamid": a name listed after a place is read like it. Not an apposition
 * or a subject: "Helmand province, Gulab Khan, said", "in Kabul, Hamid Shah said". */
function listedAfterPlace(ctx: EntityContext, c: Candidate, placeEnds: Set<number>): boolean {
  const sep = ctx.tokens[c.start - 1]?.text;
  const after = ctx.tokens[c.end]?.text ?? '.';
  const listGoesOn =
    sep === ',' ? after === 'and' || after === 'or' : !/^\p{Ll}/u.test(after) || after === 'in';
  return (sep === ',' || sep === 'and' || sep === 'or') && placeEnds.has(c.start - 1) && listGoesOn;
}

/** "Khan Younis" for the gazetteer's "Khan Yunis": a spelling of a large town or a province. */
function bigPlaceVariant(ctx: EntityContext, c: Candidate): boolean {
  return ctx.gazetteer
    .find(tokenText(ctx, c.nameStart, c.nameEnd))
    .some((m) => m.place.kind === 'admin1' || m.place.population >= 100_000);
}

function bodyAfterThe(ctx: EntityContext, c: Candidate): boolean {
  const last = ctx.tokens[c.nameEnd - 1]?.text ?? '';
  if (/-/.test(last)) return false; // "the United Nations-brokered truce": an adjective
  return SPEECH_VERBS.has(lower(ctx.tokens[c.end])) || /^\p{Lu}\p{Ll}+[^s'\u2019]s$/u.test(last);
}

/**
 * Before the second pass: "the Harbour Falcons", "the Daily Courier reported": people's names take no
 * article, so a name read as a person only by its shape is a body when "the" stands before it and it
 * speaks or ends in a plural noun (not "the Iron Dome", a thing). Done first, so that its last word
 * alone ("the Falcons") is not taken for a person's surname.
 */
export function readBodiesAfterThe(ctx: EntityContext, candidates: Candidate[]): void {
  for (const c of candidates) {
    if (!c.weak || c.type !== 'person' || lower(ctx.tokens[c.start - 1]) !== 'the' || !bodyAfterThe(ctx, c)) continue;
    if (EVENT_NOUNS.has(lower(ctx.tokens[c.end]))) continue;
    c.type = 'organization';
    c.orgKind = 'other';
    delete c.weak;
    extendOverOf(ctx, c, candidates);
  }
}

/**
 * "the Harbour Falcons of Upper Velm": a body's name read after "the" goes on over "of (the) <Name>" when that
 * name is no place (no place candidate, not in the gazetteer): the span was cut at "of" only because the whole
 * had no organisation head.
 */
function extendOverOf(ctx: EntityContext, c: Candidate, candidates: Candidate[]): void {
  if (lower(ctx.tokens[c.end]) !== 'of') return;
  const from = lower(ctx.tokens[c.end + 1]) === 'the' ? c.end + 2 : c.end + 1;
  let e = from;
  while (e < ctx.tokens.length && isCapitalised(ctx.tokens[e]) && ctx.tokens[e]?.sentenceIndex === c.sentenceIndex) e++;
  if (e === from || e - from > 3) return;
  if (candidates.some((o) => o !== c && o.start < e && o.end > from && o.type !== 'person')) return;
  if (ctx.gazetteer.find(tokenText(ctx, from, e)).some((m) => m.exact)) return;
  c.end = e;
  c.nameEnd = e;
}

/** Before the second pass: names taken for people by shape that stand in a list of places become
 * places, so that lone words listed after them are read as places too. */
export function readListedAsPlaces(ctx: EntityContext, candidates: Candidate[]): void {
  const placeEnds = new Set(candidates.filter((c) => c.type === 'place').map((c) => c.end));
  for (const c of [...candidates].sort((a, b) => a.start - b.start)) {
    if (!c.weak || c.type !== 'person' || !listedAfterPlace(ctx, c, placeEnds)) continue;
    c.type = 'place';
    c.placeKind = 'unknown';
    placeEnds.add(c.end);
  }
}

/** A name taken for a person only by its shape follows the document's other, better-founded reading
 * of the same name ("district of X" elsewhere), and after "in"/"near" it is a place. */
export function settleWeakPersons(ctx: EntityContext, candidates: Candidate[]): void {
  const typeOf = new Map<string, Candidate>();
  for (const c of candidates) if (!c.weak) typeOf.set(foldName(tokenText(ctx, c.nameStart, c.nameEnd)), c);
  const placeEnds = new Set(candidates.filter((c) => c.type === 'place').map((c) => c.end));
  for (const c of [...candidates].sort((a, b) => a.start - b.start)) {
    if (!c.weak) continue;
    const other = typeOf.get(foldName(tokenText(ctx, c.nameStart, c.nameEnd)));
    const sep = ctx.tokens[c.start - 1]?.text;
    const listed = listedAfterPlace(ctx, c, placeEnds);
    // "the victims of the Tell Hamid attack": a name before an attack noun is where it happened.
    const attackSite = sep?.toLowerCase() === 'the' && EVENT_NOUNS.has(lower(ctx.tokens[c.end]));
    if (other && other.type !== 'person') {
      c.type = other.type;
      if (other.placeKind) c.placeKind = other.placeKind;
      if (other.orgKind) c.orgKind = other.orgKind;
    } else if (
      listed ||
      bigPlaceVariant(ctx, c) ||
      attackSite ||
      afterPlaceOfNoun(ctx, c.start) ||
      isLocativeContext(ctx, c.start, true)
    ) {
      c.type = 'place';
      c.placeKind = 'unknown';
      placeEnds.add(c.end);
    }
  }
}
