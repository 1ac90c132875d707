/*
 * "An official said A. X Y, the secretary of the council, said B." / "A rights group says A. The Z
 * Network said B.": news writing opens with a description of its source and names it in the next
 * sentences. The description then stands for the named speaker, as an analyst reads it.
 */
import type { Doc } from '../doc.ts';
import type { ActorRef } from '../types.ts';
import type { Draft } from './draft.ts';
import { TITLE_HEADS } from './lexicon.ts';
import { otherModifier, QUALIFIERS } from './described.ts';

/** How many sentences after the description the named speaker may speak. */
const LOOKAHEAD = 2;
/** Heads of a description of an organization ("an activist group"). */
const GROUP_HEADS = new Set(['group', 'organization', 'organisation', 'movement', 'network', 'agency', 'body', 'alliance',
  'coalition', 'faction', 'militia', 'charity']);
/** Heads of a description of someone who speaks for an office ("a senior official", "a spokesman"). */
const OFFICE_HEADS = new Set([...TITLE_HEADS, 'official', 'officer', 'spokesperson', 'representative', 'diplomat']);

/** The type of named speaker an indefinite description can stand for, or null for any other phrase. */
function describedType(name: string): ActorRef['type'] | null {
  const words = name.toLowerCase().split(/\s+/);
  if (words.length < 2 || !['a', 'an'].includes(words[0] ?? '')) return null;
  // Only a plain description: no tail ("a doctor at the hospital", "an officer with the service").
  if (words.some((w) => ['of', 'with', 'at', 'in', 'from', 'for', 'who', 'and'].includes(w))) return null;
  const head = words[words.length - 1] ?? '';
  if (GROUP_HEADS.has(head)) return 'organization';
  return OFFICE_HEADS.has(head) ? 'person' : null;
}

/** The sentence index where the entity is first mentioned, or Infinity when it has no mention. */
function firstSentence(doc: Doc, key: string): number {
  const entity = doc.people.find((p) => p.key === key) ?? doc.organizations.find((o) => o.key === key);
  return Math.min(Infinity, ...(entity?.mentions ?? []).map((m) => m.sentenceIndex));
}

/**
 * Whether the person may be the one described: "a rebel spokesman" is not the person whose role is
 * "Army spokesman" (the word before the role noun differs); any other role, or none, may be.
 */
function sameRole(doc: Doc, description: string, key: string): boolean {
  const words = description.toLowerCase().split(/\s+/);
  const head = words[words.length - 1] ?? '';
  const own = words.length > 2 ? (words[words.length - 2] ?? '') : '';
  const modifier = QUALIFIERS.has(own) ? '' : own;
  const role = doc.people.find((p) => p.key === key)?.role?.toLowerCase() ?? '';
  const at = role.split(/\s+/).indexOf(head);
  return at < 1 || !otherModifier(role.split(/\s+/)[at - 1], modifier);
}

/**
 * Replaces an indefinite description's speaker by the named person or organization that speaks next,
 * within two sentences, when that one is first named there and nobody else spoke in between. Every
 * statement of the same description goes with it. `drafts` are in text order; changed in place.
 */
export function nameDescribedSources(doc: Doc, drafts: Draft[]): void {
  const renamed = new Map<string, ActorRef>();
  drafts.forEach((d, i) => {
    const speaker = d.speakers.length === 1 ? d.speakers[0] : undefined;
    if (!speaker || speaker.type !== 'anonymous' || renamed.has(speaker.name)) return;
    const type = describedType(speaker.name);
    if (!type) return;
    const next = drafts.slice(i + 1).find((x) => x.speakers[0]?.name !== speaker.name);
    const named = next?.speakers.length === 1 ? next.speakers[0] : undefined;
    if (!next || !named?.key || named.type !== type) return;
    if (next.sentenceIndex <= d.sentenceIndex || next.sentenceIndex > d.sentenceIndex + LOOKAHEAD) return;
    if (firstSentence(doc, named.key) <= d.sentenceIndex) return;
    if (type === 'person' && !sameRole(doc, speaker.name, named.key)) return;
    renamed.set(speaker.name, named);
  });
  if (renamed.size === 0) return;
  for (const d of drafts) d.speakers = d.speakers.map((s) => (s.type === 'anonymous' ? renamed.get(s.name) ?? s : s));
}
