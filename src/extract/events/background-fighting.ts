import type { Doc } from '../doc.ts';
import type { WorkingEvent } from './working-event.ts';

// words that say two sides fought, without saying how or when: a war's background as often as an event
// (taking a named place, "captured the city last month", is an event of its own even when long past)
const VAGUE_FIGHT = /^(?:(?:fierce|heavy)\s+)?(?:fighting|fight|fought|wars?|clash(?:es|ed)?|battles?|hostilities|conflict)$/i;
// the clause places the fighting in a span or an outlook, not on a day: "for decades", "two weeks of
// fighting", "since the war", "fighting will stop", "clashes have continued"
const SPAN = /\b(?:for|over)\s+(?:the\s+(?:past|last)\s+)?(?:decades|years|months|generations)\b|\b(?:days|weeks|months|years|decades)\s+of\b|\bsince\b|\b(?:will|would)\s+(?:stop|end|cease|resume)\b|\bha(?:ve|s)\s+continued\b/i;

/** Fighting told only as background: every word for it vague, no casualty figure, no day of its own, and
 * a time that is a month, a year or a span ("Fighting intensified in March", "the city was the scene of
 * fighting last year", "the two clans have fought for generations"). Such a mention is not an event. */
export function backgroundFighting(doc: Doc, e: WorkingEvent): boolean {
  if (e.family !== 'violent' || e.type !== 'ARMED_CLASH' || e.dateFrom === 'own') return false;
  if (e.figures.some((f) => f.range.min !== null || f.range.max !== null)) return false;
  if (!e.groups.every((g) => g.triggers.every((t) => VAGUE_FIGHT.test(t.text.trim())))) return false;
  return e.groups.every((g) => e.dateFrom === 'undated' || g.dates.some((d) => d.kind === 'month' || d.kind === 'vague')
    || SPAN.test(doc.text.slice(g.start, g.end)));
}

/** Removes the background fighting from the events read (in place: later steps read the same list). */
export function dropBackgroundFighting(doc: Doc, events: WorkingEvent[]): void {
  for (let i = events.length - 1; i >= 0; i--) if (backgroundFighting(doc, events[i]!)) events.splice(i, 1);
}
