import type { EventType } from '../types.ts';
import type { Figure, Group } from './groups.ts';
import type { PlaceHit } from './places.ts';

/** An event while the article is being read: groups merge into it, then it is finalised. */
export interface WorkingEvent {
  type: EventType;
  family: Group['family'];
  weak: boolean;
  umbrella: boolean;
  place: PlaceHit | null;
  /** Every place named in its clauses, for the enclosing alternatives. */
  places: PlaceHit[];
  date: string | null;
  /** How the date is known: said of it, taken over from an umbrella or a neighbour, or explicitly no day. */
  dateFrom: 'own' | 'inherited' | 'none' | 'undated';
  /** For an undated event, the time the text gave ("2015-07" for "in July 2015", "last month"), to tell
   * two background events apart. */
  time?: string | null;
  groups: Group[];
  figures: Figure[];
  lastSentence: number;
  partOf: WorkingEvent | null;
}

/** "in July 2015" and "July 2015" are one time; "last month" is another. */
export function timeOf(d: { month: string | null; text: string }): string {
  return d.month ?? d.text.toLowerCase().replace(/^(?:in|during|since|early|late|mid-?)\s+/, '');
}

export function newEvent(g: Group): WorkingEvent {
  const undated = g.date !== null && (g.date.kind === 'month' || g.date.kind === 'vague');
  return {
    type: g.type, family: g.family, weak: g.weak, umbrella: g.umbrella,
    place: null, places: [],
    date: g.date?.kind === 'day' ? g.date.iso : null,
    dateFrom: g.date?.kind === 'day' ? 'own' : undated ? 'undated' : 'none',
    time: undated ? timeOf(g.date!) : null,
    groups: [], figures: [], lastSentence: g.sentence.index, partOf: null,
  };
}
