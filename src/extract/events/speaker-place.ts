import { mostSpecific } from './place-relations.ts';
import type { PlaceHit } from './places.ts';
import type { WorkingEvent } from './working-event.ts';

/**
 * Where the speakers are is not where the attack was: in "the ministry in X said a bomber killed 20 at a
 * mosque in Y" and "In X, the government announced that a car bomb killed 20 in Y", the event is in Y.
 * A speakers' place stays the event's place when it is the only one named ("police in X said a bomb
 * killed five"), so this only chooses between places an event already has.
 */

const SPEECH = '(?:said|says|say|announced|announces|reported|reports|confirmed|confirms|stated|states|told|tells|added|claimed|declared)';
const WHEN = '(?:\\s*,\\s*(?:on\\s+)?[A-Z]\\w+day\\s*,)?(?:\\s+(?:on|late|early)\\s+[A-Z]\\w+)?(?:\\s+(?:also|later|earlier))?';
// "officials in X said", "the interior ministry in X, on Monday, announced"
const AFTER_SPEAKERS = new RegExp(`^${WHEN}\\s+${SPEECH}\\b`);
const SPEAKERS_IN = /\b[a-z]\w*\s+(?:in|from|at)\s+(?:the\s+)?$/i;
// "In X, the government announced that ..."
const FRONTED_IN = /(?:^|[.!?]["\u201d]?\s+|\n)In\s+$/;
const FRONTED_SPEECH = new RegExp(`^,\\s+(?:[\\w'\u2019.-]+\\s+){1,6}?${SPEECH}\\b`);

/** Whether the place mention [start, end) names where the speakers of the sentence are. */
export function speakerPlace(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 80);
  if (SPEAKERS_IN.test(before) && AFTER_SPEAKERS.test(after)) return true;
  return FRONTED_IN.test(before) && FRONTED_SPEECH.test(after);
}

/** An event placed where its speakers are, with another place of its own named (as specific or more), is placed there instead. */
export function preferEventPlace(text: string, e: WorkingEvent): void {
  if (!e.place || !speakerPlace(text, e.place.start, e.place.end)) return;
  const others = e.places.filter((p: PlaceHit) => !p.reportedFrom && p.name !== e.place!.name && !speakerPlace(text, p.start, p.end)
    && !e.place!.parents.includes(p.name));
  const best = mostSpecific(others);
  // "officials in X province said the strike hit a house near <country>": a wider place is a reference point
  if (best && best.rank <= e.place.rank) e.place = best;
}
