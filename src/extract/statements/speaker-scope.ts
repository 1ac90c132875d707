import type { Doc, Mention } from '../doc.ts';
import type { Resources } from '../pipeline.ts';
import type { ActorRef } from '../types.ts';
import type { TextUnits } from './units.ts';

/** Statements found so far, for pronouns and "the statement said". */
export interface SpeakerMemory {
  said: Array<{ sentenceIndex: number; offset: number; speaker: ActorRef }>;
  /** "statement" / "report" → who issued it, once known. */
  documents: Map<string, ActorRef>;
}

export interface SpeakerScope {
  doc: Doc;
  units: TextUnits;
  resources: Resources | undefined;
  memory: SpeakerMemory;
}

export function entityRef(doc: Doc, key: string | null): ActorRef | null {
  if (!key) return null;
  const person = doc.people.find((p) => p.key === key);
  if (person) return { type: 'person', name: person.name, key };
  const org = doc.organizations.find((o) => o.key === key);
  if (org) return { type: 'organization', name: org.name, key };
  const place = doc.places.find((p) => p.key === key);
  return place ? { type: 'place', name: place.name, key } : null;
}

export function mentionsIn(doc: Doc, start: number, end: number): Mention[] {
  return doc.mentions.filter((m) => m.start >= start && m.end <= end && m.entityKey !== null);
}
