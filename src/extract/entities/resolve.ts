/**
 * Coreference helpers for later components (statements, events). Pure functions over a Doc that has
 * been through the entities component.
 *
 *   resolveName(doc, text): ActorRef | null
 *     The canonical person, organization or place for a name as the article writes it: full name,
 *     alias, surname or short form ("Kerry" → John Kerry, "U.N." → United Nations), titles and a leading
 *     "the" ignored ("President Assad"). Null when nothing matches.
 *
 *   entityAt(doc, offset): ActorRef | null
 *     The entity (or unnamed 'anonymous' actor) whose mention covers the body offset.
 *
 *   resolvePronoun(doc, offset): ActorRef | null
 *     For the pronoun at `offset` (he/him/his/she/her → a person; they/them/their/it/its → an
 *     organization or unnamed actor): the nearest compatible mention before it in the same sentence,
 *     else the first compatible mention (the likely subject) of the closest earlier sentence, looking
 *     back at most three sentences.
 *
 * ActorRef (src/extract/types.ts): { type: 'person' | 'organization' | 'place' | 'anonymous', name, key }.
 */
import type { Doc, Mention } from '../doc.ts';
import type { ActorRef } from '../types.ts';
import { foldName } from './memo.ts';
import { TITLE_WORDS } from './data/titles.ts';
import { nameWords } from './people.ts';

export function resolveName(doc: Doc, text: string): ActorRef | null {
  const words = text.trim().split(/\s+/);
  while (words.length > 1 && TITLE_WORDS.has((words[0] ?? '').toLowerCase())) words.shift();
  const fold = foldName(words.join(' '));
  if (fold === '') return null;
  const same = (n: string): boolean => foldName(n) === fold;
  for (const p of doc.people)
    if ([p.name, ...p.aliases].some(same)) return { type: 'person', name: p.name, key: p.key };
  for (const o of doc.organizations)
    if ([o.name, ...o.aliases].some(same)) return { type: 'organization', name: o.name, key: o.key };
  for (const p of doc.places)
    if ([p.name, ...p.aliases].some(same)) return { type: 'place', name: p.name, key: p.key };
  // A surname or other trailing part of exactly one person's name.
  const w = nameWords(words.join(' '));
  const hits = doc.people.filter((p) => {
    const pw = nameWords(p.name);
    return w.length > 0 && w.length < pw.length && w.every((x, i) => pw[pw.length - w.length + i] === x);
  });
  const hit = hits[0];
  return hits.length === 1 && hit ? { type: 'person', name: hit.name, key: hit.key } : null;
}

export function entityAt(doc: Doc, offset: number): ActorRef | null {
  const m = doc.mentions.find(
    (x) => x.start <= offset && offset < x.end && x.type !== 'pronoun' && x.type !== 'nationality',
  );
  return m ? refOf(doc, m) : null;
}

const PERSON_PRONOUNS = new Set(['he', 'him', 'his', 'she', 'her']);
const GROUP_PRONOUNS = new Set(['they', 'them', 'their', 'it', 'its']);

export function resolvePronoun(doc: Doc, offset: number): ActorRef | null {
  const at = doc.mentions.find((m) => m.start <= offset && offset < m.end);
  const sentenceIndex =
    at?.sentenceIndex ?? doc.sentences.findIndex((s) => s.start <= offset && offset < s.end);
  const word = (at?.text ?? /^\p{L}+/u.exec(doc.text.slice(offset))?.[0] ?? '').toLowerCase();
  const wanted = PERSON_PRONOUNS.has(word)
    ? (m: Mention) => m.type === 'person'
    : GROUP_PRONOUNS.has(word)
      ? (m: Mention) => m.type === 'organization' || m.type === 'generic'
      : null;
  if (wanted === null || sentenceIndex < 0) return null;
  const before = doc.mentions.filter(
    (m) => m.sentenceIndex === sentenceIndex && m.end <= offset && wanted(m),
  );
  const nearest = before[before.length - 1];
  if (nearest) return refOf(doc, nearest);
  for (let s = sentenceIndex - 1; s >= 0 && s >= sentenceIndex - 3; s--) {
    const first = doc.mentions.find((m) => m.sentenceIndex === s && wanted(m));
    if (first) return refOf(doc, first);
  }
  return null;
}

function refOf(doc: Doc, m: Mention): ActorRef | null {
  if (m.type === 'generic') return { type: 'anonymous', name: m.text.replace(/^the\s+/i, ''), key: null };
  if (m.type === 'pronoun') return m.entityKey ? refByKey(doc, m.entityKey) : null;
  return m.entityKey ? refByKey(doc, m.entityKey) : null;
}

function refByKey(doc: Doc, key: string): ActorRef | null {
  const p = doc.people.find((x) => x.key === key);
  if (p) return { type: 'person', name: p.name, key };
  const o = doc.organizations.find((x) => x.key === key);
  if (o) return { type: 'organization', name: o.name, key };
  const pl = doc.places.find((x) => x.key === key);
  if (pl) return { type: 'place', name: pl.name, key };
  return null;
}
