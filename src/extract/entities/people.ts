import type { PersonEntity, RoleOf } from '../types.ts';
import { foldName } from './memo.ts';
import type { Candidate } from './candidate.ts';
import type { EntityContext } from './context.ts';
import { evidence, lower, tokenText } from './context.ts';
import { HONORIFICS, NAME_PARTICLES, OFFICIAL_WORDS, RANKS_AND_HONORIFICS } from './data/titles.ts';
import { apposition } from './roles.ts';
import { NAMED_HONORIFICS } from './person-shape.ts';

/** Finds what a role is a role of: an organization named in it, else a country or nationality. */
export type RoleOfFinder = (start: number, end: number) => RoleOf | null;

interface Cluster {
  entity: PersonEntity;
  /** Folded name words without particles ("bashar assad"). */
  words: string[];
  lastSeen: number;
}

/**
 * One person per cluster of name forms: a form joins a person when its words end the person's words
 * ("Assad" → "Bashar al-Assad") or extend them; with two candidates the most recent one wins. The
 * fullest form is the name, every other form an alias. Roles come from the title before the name or an
 * apposition ("X, the governor of Y", "his Russian counterpart, X").
 */
export function buildPeople(
  ctx: EntityContext,
  candidates: Candidate[],
  roleOfFinder: RoleOfFinder,
): Map<Candidate, string> {
  const clusters: Cluster[] = [];
  const keyOf = new Map<Candidate, string>();
  let previous: { cluster: Cluster; sentenceIndex: number } | undefined;
  for (const c of [...candidates].sort((a, b) => a.start - b.start)) {
    let nameStart = c.nameStart;
    while (nameStart < c.nameEnd - 1 && HONORIFICS.has(lower(ctx.tokens[nameStart]))) nameStart++;
    const name = tokenText(ctx, nameStart, c.nameEnd);
    const words = nameWords(name);
    if (words.length === 0) continue;
    // "X Y, also known as Z": Z is another name of the person just named.
    const aka = previous && previous.sentenceIndex === c.sentenceIndex && knownAs(ctx, c.start) ? previous.cluster : undefined;
    const cluster = aka ?? findCluster(clusters, words) ?? newCluster(clusters, name, words);
    previous = { cluster, sentenceIndex: c.sentenceIndex };
    const e = cluster.entity;
    if (words.length > cluster.words.length && !aka) {
      const previous = e.name;
      e.name = name;
      addAlias(e, previous);
      cluster.words = words;
      e.key = `person:${foldName(name)}`;
    }
    addAlias(e, name);
    if (c.keepTitle) {
      const titled = `${c.keepTitle} ${name}`;
      if (cluster.words.length === 1 && e.name === name) e.name = titled;
      addAlias(e, titled);
      addAlias(e, name);
    }
    cluster.lastSeen = c.start;
    // Ranks or honorifics alone before the name ("Maj. Gen.", "Mullah") say less than an apposition.
    const ranksOnly =
      c.rolePrefix !== undefined &&
      ctx.tokens
        .slice(c.rolePrefix[0], c.rolePrefix[1])
        .every((t) => t.text.toLowerCase().split('-').every((w) => RANKS_AND_HONORIFICS.has(w)));
    const appos = !c.rolePrefix || ranksOnly ? apposition(ctx, c, nameStart) : null;
    const role = appos ?? c.rolePrefix;
    if (role && e.role === null) {
      e.role = tokenText(ctx, role[0], role[1]).replace(/^(?:the|a|an|his|her|their|its)\s+/i, '');
      e.roleOf = roleOfFinder(role[0], role[1]);
      // "Somalia's President X", "the ministry's spokesman X": the possessor is what the role is of.
      if (e.roleOf === null && /^['\u2019]s$/.test(ctx.tokens[role[0] - 1]?.text ?? ''))
        e.roleOf = roleOfFinder(role[0] - 2, role[0] - 1);
      e.isOfficial = ctx.tokens.slice(role[0], role[1]).some((t) => OFFICIAL_WORDS.has(t.text.toLowerCase()));
    }
    const first = ctx.tokens[c.start];
    const last = ctx.tokens[c.end - 1];
    e.mentions.push(evidence(ctx, first?.start ?? 0, last?.end ?? 0, c.sentenceIndex));
    keyOf.set(c, e.key);
  }
  // Keys may have changed when a fuller form came later; map candidates to the final keys.
  const finalKey = new Map<string, string>();
  for (const cl of clusters)
    for (const a of [cl.entity.name, ...cl.entity.aliases])
      finalKey.set(`person:${foldName(a)}`, cl.entity.key);
  for (const [c, k] of keyOf) keyOf.set(c, finalKey.get(k) ?? k);
  ctx.doc.people = clusters.map((cl) => cl.entity);
  return keyOf;
}

/** Whether "known as" (also, better, locally, widely) stands right before token `at`. */
function knownAs(ctx: EntityContext, at: number): boolean {
  return lower(ctx.tokens[at - 1]) === 'as' && lower(ctx.tokens[at - 2]) === 'known';
}

export function nameWords(name: string): string[] {
  const words = foldName(name).split(' ');
  // "Haji X Y" and "X Y" are one person: an honorific that opens the name is no word of it.
  while (words.length > 1 && NAMED_HONORIFICS.has(words[0] ?? '')) words.shift();
  return words
    .filter((w) => w !== '' && !NAME_PARTICLES.has(w))
    .map((w) => w.replace(/^(?:al|el)(?=[a-z]{3})/, ''));
}

function findCluster(clusters: Cluster[], words: string[]): Cluster | undefined {
  const matches = clusters.filter(
    (cl) =>
      endsWith(cl.words, words) ||
      endsWith(words, cl.words) ||
      (words.length === 1 && cl.words[0] === words[0]),
  );
  if (matches.length <= 1) return matches[0];
  // A surname match beats a first-name match ("Assad" in a text with "Bashar al-Assad" and "Bashar X").
  const bySurname = matches.filter((m) => m.words[m.words.length - 1] === words[words.length - 1]);
  if (bySurname.length === 1) return bySurname[0];
  // Different full names sharing a surname stay apart; a bare surname goes to the one last mentioned.
  if (words.length > 1) return matches.find((m) => m.words.join(' ') === words.join(' '));
  return matches.sort((a, b) => b.lastSeen - a.lastSeen)[0];
}

function endsWith(long: string[], short: string[]): boolean {
  if (short.length > long.length) return false;
  const off = long.length - short.length;
  return short.every((w, i) => long[off + i] === w);
}

function newCluster(clusters: Cluster[], name: string, words: string[]): Cluster {
  const entity: PersonEntity = {
    key: `person:${foldName(name)}`,
    name,
    aliases: [],
    role: null,
    roleOf: null,
    isOfficial: false,
    mentions: [],
  };
  const cl = { entity, words, lastSeen: 0 };
  clusters.push(cl);
  return cl;
}

function addAlias(e: PersonEntity, alias: string): void {
  if (alias !== e.name && !e.aliases.includes(alias)) e.aliases.push(alias);
}
