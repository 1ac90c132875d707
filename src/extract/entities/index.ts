import type { Doc, Mention } from '../doc.ts';
import type { Resources } from '../pipeline.ts';
import type { RoleOf } from '../types.ts';
import type { Candidate } from './candidate.ts';
import { buildContext, candidateEnd, tokenText, type EntityContext } from './context.ts';

import { capitalSpans, type Span } from './spans.ts';
import { classifySpan } from './classify.ts';
import { looksLikePersonName } from './person-shape.ts';
import { secondPass } from './second-pass.ts';
import { readBodiesAfterThe, readListedAsPlaces, settleWeakPersons } from './weak-persons.ts';
import { confirmWeakPersons } from './person-evidence.ts';
import { headlineCandidates } from './headlines.ts';
import { hyphenatedOrganizations } from './hyphen-orgs.ts';
import { broadcastDesk } from './broadcast-desks.ts';
import { holderAfterComplement } from './title-complement.ts';
import { buildOrganizations } from './organizations.ts';
import { buildPlaces } from './places.ts';
import { buildPeople } from './people.ts';
import { knownOrgIn } from './roles.ts';
import { findGenericActors, findPronouns } from './generic.ts';
import { resolvePronoun } from './resolve.ts';
import { orgInsideRole, attributiveCountry } from './adjust.ts';
import { abbreviatesNonOrganization } from './acronyms.ts';
import { dropAdjectiveGroups } from './adjective-groups.ts';
import { readFacilityTowns } from './facility-towns.ts';
import { knownOrganization } from './lexicon.ts';
import { foldName } from './memo.ts';
import { orgHeadKind } from './data/organizations.ts';

export { resolveName, resolvePronoun, entityAt } from './resolve.ts';

/**
 * Component `entities`: people with roles, organizations, places (resolved against the gazetteer),
 * nationality adjectives, unnamed actors and pronouns, as doc.mentions plus the entity lists.
 * Steps: capitalised spans → classification from each span's own words and neighbours → lone words
 * resolved against what the document established → headlines read for known names → entities built
 * (organizations, then places, then people, whose roles point at both) → mentions.
 */
export function findEntities(doc: Doc, resources: Resources): void {
  const ctx = buildContext(doc, resources.gazetteer);
  const candidates: Candidate[] = [];
  const pending: Candidate[] = [];
  for (let s = 0; s < doc.sentences.length; s++) {
    if (ctx.headline[s]) continue;
    let coveredUntil = -1;
    for (const span of capitalSpans(ctx, s)) {
      if (span.start < coveredUntil) continue;
      const desk = broadcastDesk(ctx, span);
      if (desk) {
        coveredUntil = desk.end;
        candidates.push(desk);
        continue;
      }
      const held = holderAfterComplement(ctx, span);
      if (held) {
        coveredUntil = span.end;
        for (const c of held) {
          candidates.push(c);
          // The title's organization may have been read already, from the span before ("the EU envoy to").
          const org = orgInsideRole(ctx, c);
          if (org && !candidates.some((x) => x.type === 'organization' && x.start === org.start)) candidates.push(org);
        }
        continue;
      }
      for (const part of classifyOrSplit(ctx, span)) {
        if (part.type === 'pending') {
          pending.push({
            type: 'person',
            sentenceIndex: s,
            start: part.start,
            end: part.end,
            nameStart: part.start,
            nameEnd: part.end,
          });
          continue;
        }
        const c = part.candidate;
        coveredUntil = Math.max(coveredUntil, c.end);
        candidates.push(attributiveCountry(ctx, c));
        const org = orgInsideRole(ctx, c);
        if (org) candidates.push(org);
      }
    }
  }
  readListedAsPlaces(ctx, candidates);
  readBodiesAfterThe(ctx, candidates);
  candidates.push(...secondPass(ctx, pending, candidates));
  settleWeakPersons(ctx, candidates);
  const confirmed = confirmWeakPersons(ctx, candidates);
  candidates.length = 0;
  candidates.push(...confirmed);
  candidates.push(...headlineCandidates(ctx, candidates));
  candidates.push(...hyphenatedOrganizations(ctx, candidates));
  dropPlaceAcronyms(ctx, candidates);
  dropAdjectiveGroups(ctx, candidates);
  readFacilityTowns(ctx, candidates);
  candidates.sort((a, b) => a.start - b.start);

  const contextCountries = new Map<string, number>();
  for (const c of candidates) {
    if (c.type === 'place' && !c.countryCode) {
      const m = ctx.gazetteer
        .find(tokenText(ctx, c.nameStart, c.nameEnd))
        .find((x) => x.exact && x.place.kind === 'country');
      if (m) c.countryCode = m.place.countryCode;
    }
    // "Borno state", "Kunar province": a province of one country only sets that country as context.
    if (c.type === 'place' && c.placeKind === 'admin1' && !c.countryCode) {
      const units = ctx.gazetteer
        .find(tokenText(ctx, c.nameStart, c.nameEnd))
        .filter((x) => x.exact && x.place.kind === 'admin1');
      const code = units[0]?.place.countryCode;
      if (code && units.every((u) => u.place.countryCode === code))
        contextCountries.set(code, (contextCountries.get(code) ?? 0) + 1);
      continue;
    }
    if (c.countryCode) contextCountries.set(c.countryCode, (contextCountries.get(c.countryCode) ?? 0) + 1);
  }
  const orgKeys = buildOrganizations(
    ctx,
    candidates.filter((c) => c.type === 'organization'),
  );
  const placeKeys = buildPlaces(
    ctx,
    candidates.filter((c) => c.type === 'place'),
    contextCountries,
  );
  const roleOf = roleOfFinder(ctx, candidates, orgKeys);
  const personKeys = buildPeople(
    ctx,
    candidates.filter((c) => c.type === 'person'),
    roleOf,
  );

  const taken = new Uint8Array(ctx.tokens.length);
  const mentions: Mention[] = [];
  for (const c of candidates) {
    // Nationality words stay free: they modify unnamed actors ("Russian forces").
    if (c.type !== 'nationality') for (let k = c.start; k < c.end; k++) taken[k] = 1;
    if (c.rolePrefix) for (let k = c.rolePrefix[0]; k < c.rolePrefix[1]; k++) taken[k] = 1;
    const key = personKeys.get(c) ?? orgKeys.get(c) ?? placeKeys.get(c) ?? null;
    const first = ctx.tokens[c.nameStart];
    const last = ctx.tokens[c.end - 1];
    if (first === undefined || last === undefined) continue;
    if (c.type !== 'nationality' && key === null) continue;
    mentions.push({
      start: first.start,
      end: candidateEnd(ctx, c),
      text: doc.text.slice(first.start, candidateEnd(ctx, c)),
      sentenceIndex: c.sentenceIndex,
      type: c.type,
      entityKey: key,
    });
  }
  mentions.push(...findGenericActors(ctx, taken), ...findPronouns(ctx));
  mentions.sort((a, b) => a.start - b.start);
  doc.mentions = mentions;
  for (const m of mentions) {
    if (m.type !== 'pronoun') continue;
    m.entityKey = resolvePronoun(doc, m.start)?.key ?? null;
  }
}

/** "the N.C.R." for "the Northern Coastal Republic": an acronym of a phrase that names no organization is none. */
function dropPlaceAcronyms(ctx: EntityContext, candidates: Candidate[]): void {
  const orgNames = candidates.filter((c) => c.type === 'organization').map((c) => foldName(tokenText(ctx, c.start, c.end)));
  const isOrganization = (phrase: string): boolean => {
    const f = foldName(phrase);
    // "Norland National Army (NNA)": a phrase with an organisation head word names a body even unrecognised.
    return knownOrganization(phrase) !== undefined || orgNames.some((n) => n.includes(f) || f.includes(n)) ||
      phrase.split(/\s+/).some((w) => orgHeadKind(w.toLowerCase()) !== undefined);
  };
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i];
    if (!c || c.type !== 'organization' || c.known || c.end - c.start !== 1) continue;
    const text = ctx.tokens[c.start]?.text ?? '';
    if (/^(?:[A-Z]\.?){2,6}$/.test(text) && abbreviatesNonOrganization(text, ctx.doc.text, isOrganization)) candidates.splice(i, 1);
  }
}

function roleOfFinder(ctx: EntityContext, candidates: Candidate[], orgKeys: Map<Candidate, string>) {
  return (start: number, end: number): RoleOf | null => {
    const org = candidates.find((c) => c.type === 'organization' && c.start < end && c.end > start);
    const orgKey = org ? orgKeys.get(org) : undefined;
    const orgEntity = orgKey ? ctx.doc.organizations.find((o) => o.key === orgKey) : undefined;
    if (orgEntity) return { type: 'organization', name: orgEntity.name, key: orgEntity.key };
    const known = knownOrgIn(ctx, start, end);
    if (known) return { type: 'organization', name: known, key: null };
    for (let k = start; k < end; k++) {
      const text = ctx.tokens[k]?.text ?? '';
      const nat = ctx.gazetteer.nationality(text);
      const country =
        nat ?? ctx.gazetteer.find(text).find((m) => m.exact && m.place.kind === 'country')?.place;
      if (country) {
        const code = 'code' in country ? country.code : country.countryCode;
        const place = ctx.doc.places.find((p) => p.key === `country:${code}`);
        const name = place?.name ?? ctx.gazetteer.country(code)?.name ?? text;
        return { type: 'place', name, key: place?.key ?? null };
      }
    }
    return null;
  };
}

type Part = { type: 'pending'; start: number; end: number } | { type: 'found'; candidate: Candidate };

/** A span that is nothing as a whole may be two names joined by "of" ("Critics of Omar Nasser"). */
function classifyOrSplit(ctx: EntityContext, span: Span): Part[] {
  const c = classifySpan(ctx, span);
  if (c !== null && !personOfOrganization(ctx, c, span)) return [{ type: 'found', candidate: c }];
  for (let k = span.start + 1; k < span.end - 1; k++) {
    if (ctx.tokens[k]?.text !== 'of') continue;
    return [...classifyOrSplit(ctx, { ...span, end: k }), ...classifyOrSplit(ctx, { ...span, start: k + 1 })];
  }
  return [{ type: 'pending', start: span.start, end: span.end }];
}

/** "Ines Hale of Harbour Relief International": a personal name, "of", then an organization is two
 * entities, not one organization named after a person. */
function personOfOrganization(ctx: EntityContext, c: Candidate, span: Span): boolean {
  if (c.type !== 'organization' || c.known !== undefined || c.end !== span.end) return false;
  for (let k = span.start + 2; k < span.end - 1; k++) {
    if (ctx.tokens[k]?.text !== 'of') continue;
    if (!looksLikePersonName(ctx, span.start, k)) return false;
    return classifySpan(ctx, { ...span, start: k + 1 })?.type === 'organization';
  }
  return false;
}
