import type { WorkingEvent } from './working-event.ts';
import { shiftIso } from '../dates.ts';

const SECOND_IN_DAYS = /\b(?:the\s+)?second\s+(?:\w+\s+){0,2}in\s+(?:as\s+many|two)\s+days\b/i;

/**
 * "The explosion was the second such attack in two days. On Friday, ...": an undated event said to be the second
 * in two days, next to one with a day, happened the day after it (never after publication).
 */
export function datesFromSequence(events: readonly WorkingEvent[], published: string | null): void {
  for (const e of events) {
    if (e.date !== null || e.dateFrom === 'undated') continue;
    const said = e.groups.find((g) => SECOND_IN_DAYS.test(g.sentence.text));
    if (!said) continue;
    const other = events.find((x) => x !== e && x.date !== null && x.family === e.family
      && x.groups.some((g) => Math.abs(g.sentence.index - said.sentence.index) <= 2));
    if (!other?.date) continue;
    const next = shiftIso(other.date, 1);
    if (published === null || next <= published) {
      e.date = next;
      e.dateFrom = 'inherited';
    }
  }
}
