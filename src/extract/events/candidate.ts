import type { Doc } from '../doc.ts';
import type { ConflictEvent } from '../types.ts';
import type { WorkingEvent } from './working-event.ts';

/** What the rules knew about one event they output, beyond the event itself: the learned layer's input. */
export interface EventCandidate {
  event: ConflictEvent;
  /** How many clauses were merged into it. */
  mentions: number;
  /** Every opening word only says something happened ("attack", "raid"). */
  weak: boolean;
  /** A total over events ("a wave of attacks"). */
  umbrella: boolean;
  partOfWave: boolean;
  dateFrom: WorkingEvent['dateFrom'];
  /** Its clauses only refer back, or only inside a quotation. */
  referOnly: boolean;
  /** Every clause is a general statement ("attacks on convoys"). */
  generic: boolean;
  /** Some clause has a verb, a determiner or a number that opens an event. */
  specific: boolean;
  /** Some clause says "another", "a separate". */
  newMarker: boolean;
  /** The trigger words, lower-cased, in text order. */
  triggers: string[];
  /** Sentence indexes of its clauses. */
  sentences: number[];
}

/** The candidates in the order of doc.events. */
export function candidatesOf(doc: Doc, keys: ReadonlyMap<WorkingEvent, string>): EventCandidate[] {
  const byKey = new Map<string, WorkingEvent>();
  for (const [w, key] of keys) byKey.set(key, w);
  const out: EventCandidate[] = [];
  for (const event of doc.events) {
    const w = byKey.get(event.key);
    if (!w) continue;
    out.push({
      event,
      mentions: w.groups.length,
      weak: w.weak,
      umbrella: w.umbrella,
      partOfWave: w.partOf !== null,
      dateFrom: w.dateFrom,
      referOnly: w.groups.every((g) => g.referOnly),
      generic: w.groups.every((g) => g.generic),
      specific: w.groups.some((g) => g.specific),
      newMarker: w.groups.some((g) => g.newMarker),
      triggers: w.groups.flatMap((g) => g.triggers.map((t) => t.text.toLowerCase())),
      sentences: [...new Set(w.groups.map((g) => g.sentence.index))],
    });
  }
  return out;
}
