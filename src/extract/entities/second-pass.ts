import type { Candidate } from './candidate.ts';
import type { EntityContext } from './context.ts';
import { afterPlaceOfNoun, isAcronym, isLocativeContext, lower, tokenText } from './context.ts';
import { nameWords } from './people.ts';
import { foldName, variantKey } from './memo.ts';
import { SPEECH_VERBS } from './lexicon.ts';
import { GENERIC_ACTOR_HEADS, GROUP_ADJECTIVES, MONTHS_AND_DAYS, NON_ORG_ACRONYMS } from './data/words.ts';
import { isPlaceInGazetteer } from './gazetteer-gate.ts';
import { LANGUAGES } from './data/languages.ts';
import { orgHeadKind } from './data/organizations.ts';
import { looksLikePersonName } from './person-shape.ts';
import { isNewsSource } from './news-sources.ts';
import { isGenericForcePhrase } from './generic-forces.ts';

/**
 * Spans the first pass left open, read against what the document established: a surname or first
 * name of a person already found ("Kerry", "Abdullah"), an acronym introduced for an organization, a
 * name after "in/near" (a place, resolved or not), or a name followed by "said" (a person).
 */
export function secondPass(ctx: EntityContext, pending: Candidate[], found: Candidate[]): Candidate[] {
  const people = found
    .filter((c) => c.type === 'person')
    .map((c) => nameWords(tokenText(ctx, c.nameStart, c.nameEnd)));
  const out: Candidate[] = [];
  const placeEnds = new Set(found.filter((c) => c.type === 'place').map((c) => c.end));
  const countries = new Set(found.flatMap((c) => (c.countryCode ? [c.countryCode] : [])));
  // Countries the article names outright count too ("Afghanistan" before "Korvath was calm").
  for (const c of found) {
    if (c.type !== 'place' || c.countryCode) continue;
    const m = ctx.gazetteer.find(tokenText(ctx, c.nameStart, c.nameEnd)).find((x) => x.exact);
    if (m?.place.kind === 'country') countries.add(m.place.countryCode);
  }
  const orgNames = new Map<string, Candidate>();
  for (const c of found) {
    if (c.type !== 'organization') continue;
    orgNames.set(foldName(tokenText(ctx, c.start, c.end)), c);
    // "Seleka rebels" names the group "Seleka" too: its lone uses are the organization (unless the
    // bare words are a nationality or a place: "Kabul police" says nothing of "Kabul").
    const bareEnd = lowerTailStart(ctx, c);
    if (bareEnd < c.end) {
      const bare = tokenText(ctx, c.start, bareEnd);
      if (!ctx.gazetteer.nationality(bare) && !ctx.gazetteer.find(bare).some((m) => m.exact)) {
        orgNames.set(foldName(bare), c);
        // "Kelvanist rebels ... the Kelvanists": the members' plural names the group too.
        if (/\p{Ll}$/u.test(bare)) orgNames.set(`${foldName(bare)}s`, c);
      }
    }
  }
  const placeVariants = new Set<string>();
  const notePlace = (c: Candidate): void => {
    placeVariants.add(variantKey(tokenText(ctx, c.nameStart, c.nameEnd)));
  };
  found.filter((c) => c.type === 'place').forEach(notePlace);
  for (const c of [...pending].sort((a, b) => a.start - b.start)) {
    const text = tokenText(ctx, c.start, c.end);
    const words = nameWords(text);
    const w = lower(ctx.tokens[c.start]);
    // "Tamil", "the Kurds" alone: a language or the people who speak it, no name of a person or body.
    const language = c.end - c.start === 1 && (LANGUAGES.has(w) || LANGUAGES.has(w.replace(/s$/, '')));
    if (words.length === 0 || MONTHS_AND_DAYS.has(w) || GROUP_ADJECTIVES.has(w) || language) continue;
    // "stormed Parliament", "entered Congress": an institution's word alone is no place.
    if (c.end - c.start === 1 && orgHeadKind(w) !== undefined) continue;
    // "Border Guards reported": general words only name no news desk either (generic-forces.ts).
    if (isGenericForcePhrase(ctx, c.start, c.end)) continue;
    // Another spelling of a place already found ("Hodeida" after "Hodeidah").
    if (placeVariants.has(variantKey(text))) {
      out.push({ ...c, type: 'place' });
      placeEnds.add(c.end);
      continue;
    }
    // A name the text has already given to an organization ("the aid group Lifeline ... Lifeline").
    const org = orgNames.get(foldName(text));
    if (org) {
      out.push({ ...c, type: 'organization', orgKind: org.orgKind ?? 'other' });
      continue;
    }
    const isPersonPart = people.some(
      (p) =>
        words.length < p.length &&
        words.every((x, i) => p[p.length - words.length + i] === x || (words.length === 1 && p[0] === x)),
    );
    if (isPersonPart) {
      out.push({ ...c, type: 'person' });
      continue;
    }
    const prev = lower(ctx.tokens[c.start - 1]);
    // "in Baiji, Hawija and Tikrit": a name listed after a place is read like it.
    const listed = (prev === ',' || prev === 'and' || prev === 'or') && placeEnds.has(c.start - 1);
    const locative =
      listed ||
      afterPlaceOfNoun(ctx, c.start) ||
      (isLocativeContext(ctx, c.start) &&
        prev !== 'of' &&
        !(prev === 'the' && lower(ctx.tokens[c.start - 2]) === 'of'));
    const sentenceStart = c.start === (ctx.sentenceTokens[c.sentenceIndex]?.[0] ?? -1);
    // A dateline or a place written in capitals ("BEIRUT —") is a place, not an acronym.
    if (
      isAcronym(ctx.tokens[c.start]) &&
      text.length >= 4 &&
      ctx.gazetteer
        .find(text)
        .some((m) => m.exact && (m.place.kind !== 'city' || m.place.population >= 100_000))
    ) {
      out.push({ ...c, type: 'place' });
      placeEnds.add(c.end);
      continue;
    }
    if (
      isAcronym(ctx.tokens[c.start]) &&
      c.end - c.start === 1 &&
      !namesAThing(text)
    ) {
      out.push({ ...c, type: 'organization', orgKind: 'other' });
      continue;
    }
    // "Marjah was retaken": a town of the article's country, exactly as the gazetteer spells it.
    const townOfArticle = ctx.gazetteer
      .find(text)
      .some(
        (m) =>
          m.exact &&
          m.place.kind !== 'country' &&
          m.place.population >= 1000 &&
          countries.has(m.place.countryCode),
      );
    if (isPlaceInGazetteer(ctx, text, c.end - c.start > 1, locative) || townOfArticle) {
      out.push({ ...c, type: 'place', locative });
      placeEnds.add(c.end);
      notePlace(c);
      continue;
    }
    // "X reported", "an X reporter", "information ... provided by X and Y": a news organization.
    if (isNewsSource(ctx, c) && !namesAThing(text)) {
      out.push({ ...c, type: 'organization', orgKind: 'news_agency' });
      continue;
    }
    // "from the Homeguard officials": a name before an actor noun modifies it.
    const actorAfter = GENERIC_ACTOR_HEADS.has(lower(ctx.tokens[c.end]));
    if (locative && c.end - c.start <= 3 && !actorAfter) {
      out.push({ ...c, type: 'place', placeKind: 'unknown', locative: true });
      placeEnds.add(c.end);
      continue;
    }
    if (
      !sentenceStart &&
      SPEECH_VERBS.has(lower(ctx.tokens[c.end])) &&
      c.end - c.start <= 3 &&
      looksLikePersonName(ctx, c.start, c.end, true)
    ) {
      // "The Tatmadaw denied it": a name with "the" that speaks is a body, not a person.
      const body = lower(ctx.tokens[c.start - 1]) === 'the';
      out.push(body ? { ...c, type: 'organization', orgKind: 'other' } : { ...c, type: 'person' });
    }
  }
  return out;
}

/** Where an organization's lower-case tail ("rebels", "news agency") begins, or its end if none. */
function lowerTailStart(ctx: EntityContext, c: Candidate): number {
  let e = c.end;
  while (e - 1 > c.start && /^\p{Ll}[\p{Ll}-]*$/u.test(ctx.tokens[e - 1]?.text ?? '')) e--;
  return e;
}

/** "IED", "NGO", "AK-47s" written "AK47s": an abbreviation for a kind of thing, not a body (a model number and a
 * plural "s" after it change nothing). */
function namesAThing(text: string): boolean {
  const letters = text.replace(/\./g, '').toUpperCase();
  return NON_ORG_ACRONYMS.has(letters) || NON_ORG_ACRONYMS.has(letters.replace(/-?\d+S?$/, ''));
}
