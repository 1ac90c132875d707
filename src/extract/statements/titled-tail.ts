/*
 * "Commander of the northern ground forces General X Y said": a long office description glued before
 * a ranked or titled name. The speaker is the person, not the whole phrase: the name after the last
 * title word, widened to the fullest form the article uses and matched to the person entity.
 */
import { resolveName } from '../entities/resolve.ts';
import { TITLE_WORDS } from '../entities/data/titles.ts';
import type { ActorRef } from '../types.ts';
import { fullestForm, trailingName } from './fallback-names.ts';
import type { SpeakerScope } from './speaker-scope.ts';
import { ORG_WORDS } from './speaker-phrase.ts';

/**
 * The person a description ends with when the word before the name is a capitalised title or rank
 * ("General", "Minister") and the description has lower-case words of its own; else null.
 */
export function personAfterDescription(scope: SpeakerScope, words: readonly string[]): ActorRef | null {
  const name = personPart(scope, trailingName(words));
  if (name.length < 2 || name.length >= words.length - 1) return null;
  // "Captain X Y of the 7th Infantry Division": a run ending in an organisation word is the unit, not a name.
  if (ORG_WORDS.test(name[name.length - 1] ?? '')) return null;
  const before = words[words.length - name.length - 1] ?? '';
  const description = words.slice(0, words.length - name.length - 1);
  if (!description.some((w) => /^\p{Ll}/u.test(w))) return null;
  const isTitle = (w: string): boolean => /^\p{Lu}/u.test(w) && TITLE_WORDS.has(w.toLowerCase());
  // "Spokesman for the regional administration X Y": a capitalised office word opens the phrase.
  const opensWithOffice = isTitle(words[0] ?? '') && !/^(?:the|a|an|one)$/i.test(words[0] ?? '');
  // "a spokesman for President X Y" speaks for the person and is not the person; so does any
  // relational description unless it opens with the office and ends before the name.
  const relational = description.some((w) => /^(?:for|to|with|by|and)$/i.test(w));
  if (relational && !(opensWithOffice && !isTitle(before))) return null;
  const text = name.join(' ');
  const known = resolveName(scope.doc, text);
  const person = known?.type === 'person' ? scope.doc.people.find((p) => p.key === known.key) : undefined;
  // "The governor of the region X Y": a known person after a description headed by a title word, or
  // one the entities gave that description as a role.
  const head = (/^(?:the|a|an)$/i.test(description[0] ?? '') ? description[1] : description[0]) ?? '';
  if (known && person && (person.role || TITLE_WORDS.has(head.toLowerCase()))) return known;
  // Else an office description opened by a capitalised office word ("Commander of the ... forces
  // General X Y", "Spokesman for the ... administration X Y").
  if (!opensWithOffice && !(isTitle(before) && /^\p{Lu}/u.test(words[0] ?? '') && !/^(?:the|a|an|one)$/i.test(words[0] ?? ''))) return null;
  if (known?.type === 'person') return known;
  return { type: 'person', name: afterOrganisationWords(fullestForm(text, scope.units.text).split(' ')).join(' '), key: null };
}

/**
 * The person's part of a trailing capitalised run: "Red Crescent Society Ana Lee" → "Ana Lee". The
 * longest ending the article knows as a person, else the run after its last organisation word.
 */
function personPart(scope: SpeakerScope, run: readonly string[]): string[] {
  for (let i = 0; i + 2 <= run.length; i++) {
    if (resolveName(scope.doc, run.slice(i).join(' '))?.type === 'person') return run.slice(i);
  }
  return afterOrganisationWords(run);
}

/** The words after the last organisation word that leaves a two-word name ("Society Ana Lee" → "Ana Lee"). */
function afterOrganisationWords(run: readonly string[]): string[] {
  let cut = 0;
  run.forEach((w, i) => { if (ORG_WORDS.test(w) && i < run.length - 2) cut = i + 1; });
  return run.slice(cut);
}
