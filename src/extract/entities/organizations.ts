import type { OrganizationEntity } from '../types.ts';
import { foldName } from './memo.ts';
import type { Candidate } from './candidate.ts';
import type { EntityContext } from './context.ts';
import { candidateEnd, candidateText, evidence, isAcronym, lower, tokenText } from './context.ts';
import { acronymLetters, initialsOf, isAbbreviationOf } from './acronyms.ts';
import { FACILITY_HEADS, MISSION_HEADS, orgHeadKind } from './data/organizations.ts';
import { longerFormOf } from './short-forms.ts';
import { coalitionGroupName } from './led-coalitions.ts';
import { appositiveAcronym, introducedAlias, possessorCountry } from './org-aliases.ts';
import { knownOrganization } from './lexicon.ts';

/**
 * Builds doc.organizations: one per known organization or folded name. Aliases come from the known
 * list's forms the text uses, "Name (ABC)" and "ABC, the Name" patterns, and a bare name that another
 * form extends ("Islamic State" / "Islamic State group"). The fullest form is the name.
 */
export function buildOrganizations(ctx: EntityContext, candidates: Candidate[]): Map<Candidate, string> {
  const orgs = new Map<string, OrganizationEntity>();
  const keyOf = new Map<Candidate, string>();
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const byStart = new Map(sorted.map((c) => [c.start, c]));
  const aliasKey = new Map<string, string>();
  const knownKeys = new Set<string>();

  const groupKey = (c: Candidate): string => {
    const surface = candidateText(ctx, c);
    const fold = foldName(coalitionGroupName(surface) ?? surface);
    // "Chile's Security Council": a country's own body, not the international one of that name.
    const owner = possessorCountry(ctx, c);
    if (owner && c.known?.kind === 'international') return `org:${foldName(owner)} ${fold}`;
    if (aliasKey.has(fold)) return aliasKey.get(fold) ?? fold;
    if (c.known) return `org:${foldName(c.known.name)}`;
    // A lower-case tail extends a name seen bare ("Islamic State group"): same organization.
    const lowerTail = MISSION_HEADS.has(lower(ctx.tokens[c.end - 1]))
      ? undefined
      : /^(.*?)(?: [a-z][a-z ]*)$/.exec(surface)?.[1];
    if (lowerTail) {
      const k = aliasKey.get(foldName(lowerTail));
      if (k) return k;
    }
    return `org:${fold}`;
  };

  for (const c of sorted) {
    const surface = candidateText(ctx, c);
    const key = groupKey(c);
    let org = orgs.get(key);
    if (!org) {
      const bare = bareName(ctx, surface);
      // "Nadir news agency", "Al Arabiya TV": the fuller form names it, the bare name is an alias.
      const mediaBare = bare ? null : mediaName(surface);
      org = {
        key,
        name: bare ?? surface,
        aliases: bare ? [surface] : mediaBare ? [mediaBare] : deskName(surface),
        kind: c.orgKind ?? c.known?.kind ?? 'other',
        country: countryOf(ctx, c),
        mentions: [],
      };
      orgs.set(key, org);
    } else if (isFuller(surface, org.name)) {
      const previous = org.name;
      org.name = surface;
      addAlias(org, previous);
    } else {
      addAlias(org, surface);
    }
    // "Chile's Interior Ministry": the possessive form is one more name of the same body.
    const owner = possessorCountry(ctx, c);
    const national = owner !== null && c.known?.kind === 'international';
    if (owner) addAlias(org, `${owner}'s ${surface}`);
    if (national) org.kind = 'government';
    if (!national) aliasKey.set(foldName(surface), key);
    // "Seleka rebels" before a bare "Seleka": the bare name (the entity's name) is the same body.
    if (!national && !aliasKey.has(foldName(org.name))) aliasKey.set(foldName(org.name), key);
    if (c.known && !national) knownKeys.add(key);
    if (c.known && !national)
      for (const a of [c.known.name, ...c.known.aliases])
        if (!aliasKey.has(foldName(a))) aliasKey.set(foldName(a), key);
    // "Name (ABC)": the bracketed acronym is the same organization.
    if (
      ctx.tokens[c.end]?.text === '(' &&
      isAcronym(ctx.tokens[c.end + 1]) &&
      ctx.tokens[c.end + 2]?.text === ')'
    ) {
      const acr = ctx.tokens[c.end + 1]?.text ?? '';
      aliasKey.set(foldName(acr), key);
      addAlias(org, acr);
    }
    // "Name, known as ABC" / "Name, known by its Arabic acronym ABC".
    // "Name - the ABC -", "Name, or ABC,": an acronym set off right after the name.
    const introduced = introducedAlias(ctx, c.end) ?? appositiveAcronym(ctx, c.end);
    if (introduced) aliasKey.set(foldName(introduced), key);
    // "ABC, the Name": an acronym followed by its expansion.
    if (
      isAcronym(ctx.tokens[c.start]) &&
      c.end - c.start === 1 &&
      ctx.tokens[c.end]?.text === ',' &&
      lower(ctx.tokens[c.end + 1]) === 'the'
    ) {
      const next = byStart.get(c.end + 2);
      if (next && !isAcronym(ctx.tokens[next.start]))
        aliasKey.set(foldName(tokenText(ctx, next.start, next.end)), key);
    }
    org.mentions.push(evidence(ctx, ctx.tokens[c.start]?.start ?? 0, candidateEnd(ctx, c), c.sentenceIndex));
    keyOf.set(c, key);
  }
  mergeAcronyms(orgs, keyOf, knownKeys);
  mergeShortMissions(orgs, keyOf);
  mergeShortForms(orgs, keyOf);
  mergePluralForms(orgs, keyOf);
  mergeWordSubsets(orgs, keyOf, knownKeys);
  mergeCountryForms(ctx, orgs, keyOf);
  ctx.doc.organizations = [...orgs.values()];
  return keyOf;
}

/** A longer written-out form wins over an acronym or a shorter form. */
function isFuller(a: string, b: string): boolean {
  const acr = (s: string): boolean => /^[A-Z.]+$/.test(s);
  if (acr(b) && !acr(a)) return true;
  if (acr(a) && !acr(b)) return false;
  // A lower-case tail ("Taliban insurgents", "Iraqiya bloc") is a form of the name, not a fuller name.
  return a.split(/\s+/).length > b.split(/\s+/).length && !/ \p{Ll}[\p{Ll}-]*$/u.test(a);
}

function addAlias(o: OrganizationEntity, alias: string): void {
  if (alias !== o.name && !o.aliases.includes(alias)) o.aliases.push(alias);
}

/** The country in an organization's own name ("Iranian Foreign Ministry", "Government of Somalia"). */
function countryOf(ctx: EntityContext, c: Candidate): string | null {
  for (let k = c.start; k < c.end; k++) {
    const t = ctx.tokens[k]?.text ?? '';
    const nat = ctx.gazetteer.nationality(t);
    if (nat) return nat.name;
    const m = ctx.gazetteer.find(t)[0];
    if (m?.exact && m.place.kind === 'country')
      return ctx.gazetteer.country(m.place.countryCode)?.name ?? null;
  }
  return null;
}

/**
 * "the UN mission" after "the UN Mission in Mali": the short form is an alias of the one body. A bare
 * "<organization> mission/force" that the text names nowhere in full is a form of the organization
 * that sends it ("the AU force" is the African Union's), not a body of its own.
 */
function mergeShortMissions(orgs: Map<string, OrganizationEntity>, keyOf: Map<Candidate, string>): void {
  for (const [key, org] of orgs) {
    if (!MISSION_HEADS.has(org.name.slice(org.name.lastIndexOf(' ') + 1).toLowerCase())) continue;
    const prefix = `${foldName(org.name)} in `;
    const target = [...orgs.values()].find((o) => o !== org && foldName(o.name).startsWith(prefix));
    if (target !== undefined) {
      mergeInto(target, org, orgs, keyOf, key);
      continue;
    }
    const sender = /^(.*\p{Lu}\S*)(?: \p{Ll}[\p{Ll}-]*)+$/u.exec(org.name)?.[1];
    const known = sender === undefined ? undefined : knownOrganization(sender);
    if (sender === undefined || known === undefined) continue;
    const owner = orgs.get(`org:${foldName(known.name)}`);
    if (owner !== undefined) {
      mergeInto(owner, org, orgs, keyOf, key);
    } else {
      const bare = org.name;
      org.name = sender;
      addAlias(org, bare);
      org.kind = known.kind;
    }
  }
}

/** "the X Observatory" and "the X Observatory for Y": the short form is an alias of the longer name. */
function mergeShortForms(orgs: Map<string, OrganizationEntity>, keyOf: Map<Candidate, string>): void {
  for (const [key, org] of orgs) {
    const target = longerFormOf(org, [...orgs.values()]);
    if (target) mergeInto(target, org, orgs, keyOf, key);
  }
}

/**
 * "the X Falcon rebels" and "the X Falcons", "Kelvanist rebels" and "the Kelvanists": a name and the same name
 * with a plural "s" are one group, named in the plural (members' noun), the other form an alias.
 */
function mergePluralForms(orgs: Map<string, OrganizationEntity>, keyOf: Map<Candidate, string>): void {
  for (const [key, org] of orgs) {
    const fold = foldName(org.name);
    const target = [...orgs.values()].find((o) => o !== org && foldName(o.name) === `${fold}s`);
    if (target) mergeInto(target, org, orgs, keyOf, key);
  }
}

/**
 * "the Harbour Falcons" after "the Free Harbour Falcons of Velm": a head-less name of two or more words, all of
 * which (singular or plural) stand in one longer organization name, is a short form of it. Known names and
 * names with an organisation head ("United Nations" beside "United Nations Security Council") stay apart.
 */
function mergeWordSubsets(orgs: Map<string, OrganizationEntity>, keyOf: Map<Candidate, string>, knownKeys: Set<string>): void {
  for (const [key, org] of orgs) {
    const words = nameWordStems(org.name);
    if (knownKeys.has(key) || words.length < 2 || words.some((w) => orgHeadKind(w) !== undefined)) continue;
    const targets = [...orgs.values()].filter((o) => {
      if (o === org) return false;
      const longer = new Set(nameWordStems(o.name));
      return longer.size > words.length && words.every((w) => longer.has(w));
    });
    const target = targets[0];
    if (targets.length === 1 && target !== undefined) mergeInto(target, org, orgs, keyOf, key);
  }
}

/**
 * "the Peruvian Interior Ministry" ... "an Interior Ministry spokesman": a name that one other organization's name
 * extends only by a country or nationality before it is that body, named without its country.
 */
function mergeCountryForms(ctx: EntityContext, orgs: Map<string, OrganizationEntity>, keyOf: Map<Candidate, string>): void {
  for (const [key, org] of orgs) {
    const suffix = ` ${foldName(org.name)}`;
    const targets = [...orgs.values()].filter((o) => {
      if (o === org) return false;
      const f = foldName(o.name);
      if (!f.endsWith(suffix)) return false;
      const lead = o.name.slice(0, o.name.length - org.name.length).trim();
      return (
        lead !== '' &&
        foldName(lead) === f.slice(0, f.length - suffix.length) &&
        (ctx.gazetteer.nationality(lead) !== undefined ||
          ctx.gazetteer.find(lead).some((m) => m.exact && m.place.kind === 'country'))
      );
    });
    const target = targets[0];
    if (targets.length === 1 && target !== undefined) mergeInto(target, org, orgs, keyOf, key);
  }
}

/** Lower-case words of a name without a plural "s" ("Harbour Falcons" -> harbour, falcon). */
function nameWordStems(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => /^\p{L}/u.test(w))
    .map((w) => w.replace(/(?<=[^s])s$/, ''));
}

function mergeInto(
  target: OrganizationEntity,
  org: OrganizationEntity,
  orgs: Map<string, OrganizationEntity>,
  keyOf: Map<Candidate, string>,
  key: string,
): void {
  for (const a of [org.name, ...org.aliases]) addAlias(target, a);
  target.mentions.push(...org.mentions);
  target.mentions.sort((a, b) => a.start - b.start);
  orgs.delete(key);
  for (const [c, k] of keyOf) if (k === key) keyOf.set(c, target.key);
}

/** A bare acronym that abbreviates exactly one other organization's name joins it as an alias. */
function mergeAcronyms(
  orgs: Map<string, OrganizationEntity>,
  keyOf: Map<Candidate, string>,
  knownKeys: Set<string>,
): void {
  for (const [key, org] of orgs) {
    if (knownKeys.has(key) || !/^[A-Z][A-Z.]{1,7}$/.test(org.name)) continue;
    const loose = [...orgs.values()].filter(
      (o) => o !== org && [o.name, ...o.aliases].some((n) => isAbbreviationOf(org.name, n)),
    );
    // "NIA" after "Norland Independence Army" and "Norland Independence Organization": letters inside a word also
    // abbreviate, so when several names fit, the one whose initials spell it wins.
    const targets = loose.length > 1 ? loose.filter((o) => [o.name, ...o.aliases].some((n) => initialsOf(n) === acronymLetters(org.name))) : loose;
    const target = targets[0];
    if (targets.length !== 1 || target === undefined) continue;
    mergeInto(target, org, orgs, keyOf, key);
  }
}

/** "Taliban insurgents", "Iraqiya bloc": the name without its lower-case tail, unless what remains is
 * only a country or nationality ("U.S. military", "Syrian opposition" keep their form). */
function bareName(ctx: EntityContext, surface: string): string | null {
  const m = /^(.*\p{Lu}\S*)((?: \p{Ll}[\p{Ll}-]*)+)$/u.exec(surface);
  const head = m?.[1];
  if (!head || / (?:news )?(?:agency|television|tv|radio|service|office|watchdog)$/i.test(surface)) return null;
  // "Chile-led coalition": a compound adjective is no name without its noun.
  if (/-(?:led|backed)$/i.test(head)) return null;
  // "Telmar hospital", "EU training mission", "Sinaloa cartel": the head noun is part of the name.
  const last = surface.slice(surface.lastIndexOf(' ') + 1);
  if (FACILITY_HEADS.has(last) || MISSION_HEADS.has(last) || last === 'cartel') return null;
  if (
    ctx.gazetteer.nationality(head) ||
    ctx.gazetteer.find(head).some((x) => x.exact && x.place.kind === 'country')
  )
    return null;
  return head;
}

/** "Nadir news agency" → "Nadir": a name before a lower-case media tail. */
function mediaName(surface: string): string | null {
  return /^(.*\p{Lu}\S*) (?:news agency|agency|television|tv|radio|newspaper)$/u.exec(surface)?.[1] ?? null;
}

/** "VOA's Bay of Bengal Service" → "Bay of Bengal Service": a desk is also named without its broadcaster. */
function deskName(surface: string): string[] {
  const desk = /^\S+['\u2019]s (.+ Service)$/u.exec(surface)?.[1];
  return desk ? [desk] : [];
}

