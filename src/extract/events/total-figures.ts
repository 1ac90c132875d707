import { coarse } from './fits.ts';
import type { Figure, Group } from './groups.ts';
import type { WorkingEvent } from './working-event.ts';

// "Two car bombs", "three bombings", "a series of blasts", "twin attacks": a count of attacks before the trigger
const COUNTED = /\b(?:two|three|four|five|six|seven|eight|nine|ten|twin|several|multiple|\d+|a\s+(?:series|wave|string|spate|number)\s+of)\s+(?:[\w-]+\s+){0,2}$/i;

/** The group a figure was read in (figures keep their offsets; a group lists the figures it holds). */
function groupOf(e: WorkingEvent, f: Figure): Group | undefined {
  return e.groups.find((g) => g.figures.some((x) => x.start === f.start));
}

// the attack words a total names ("two car bombs", "roadside bombs", "three bombings"), not its attackers
const ATTACK_NOUN = /^(?:bombs|bombings|blasts|explosions|attacks|strikes|airstrikes|raids|car\s+bombs|truck\s+bombs|roadside\s+bombs)$/i;

/** A figure the lead tells of several attacks at once: its group, in the first sentence, names attacks in the plural. */
function ofSeveral(text: string, g: Group | undefined, counted: boolean): boolean {
  if (!g?.plural || g.sentence.index !== 0) return false;
  const attacks = g.triggers.filter((t) => ATTACK_NOUN.test(t.text));
  if (attacks.length === 0) return false;
  return !counted || attacks.some((t) => COUNTED.test(text.slice(Math.max(0, t.start - 40), t.start)));
}

/** Another event of the kind at another named place: a part of the total, when `sameDay` on that day too
 * (or a day unsaid on either side). */
function otherPart(e: WorkingEvent, x: WorkingEvent, sameDay: boolean): boolean {
  return x !== e && x.family === 'violent' && coarse(x.type) === coarse(e.type)
    && x.place !== null && e.place !== null && x.place.name !== e.place.name
    && (!sameDay || x.date === null || e.date === null || x.date === e.date);
}

/**
 * The figures that are the event's own toll. "Two car bombs have killed 40 people. The first blast ...
 * a second bomb ...": a toll told of several attacks is their total, not the toll of the one it was
 * merged with, when the article reports another attack of that kind. The event then keeps the figure it
 * was given on its own ("four relatives were killed when a landmine struck their minibus"), or, when
 * the total counted its attacks ("two", "three", "a series of"), none (fixtures/README.md: an umbrella is
 * no event's toll when its parts are reported separately).
 */
export function ownFigures(text: string, e: WorkingEvent, events: readonly WorkingEvent[]): Figure[] {
  // a wave kept as an event has no parts reported (finalize drops one that has): its total is its own
  if (e.family !== 'violent' || e.umbrella || !events.some((x) => otherPart(e, x, false))) return e.figures;
  const single = e.figures.filter((f) => !ofSeveral(text, groupOf(e, f), false));
  if (single.some((f) => !f.subset && (f.range.min !== null || f.range.max !== null))) return single;
  if (!events.some((x) => otherPart(e, x, true))) return e.figures;
  return e.figures.filter((f) => !ofSeveral(text, groupOf(e, f), true));
}
