import type { Doc } from '../doc.ts';
import { findDateMentions } from '../dates.ts';
import { NEW_EVENT_OPENERS } from './event-words.ts';
import type { Group } from './groups.ts';
import type { WorkingEvent } from './working-event.ts';
import { cachedRegExp } from '../regex-cache.ts';

// "Earlier, ...", "In another southern province, ...": a sentence that opens at another time or
// place tells an incident whose day the article does not give (a day said in it is its own)
const OTHER_TIME_OR_PLACE = /^(?:earlier|in\s+another\s+(?:\w+\s+){0,2}(?:state|province|region|district|city|town|country|part\s+of))\b/i;

/** "shortly after the funeral": the day given for the funeral in an earlier sentence. */
function anchorDay(doc: Doc, g: Group): string | null {
  const d = g.date!;
  const noun = /^\s*(?:the|a|an)\s+(\w+)/i.exec(doc.text.slice(d.end, d.end + 40))?.[1];
  if (!noun) return null;
  for (const s of doc.sentences) {
    if (s.index >= g.sentence.index) break;
    if (!cachedRegExp(`\\b${noun}\\b`, 'i').test(s.text)) continue;
    const day = findDateMentions(s.text, doc.article.published).find((m) => m.kind === 'day');
    if (day?.iso) return day.iso;
  }
  return null;
}

/**
 * A new event with no date of its own takes the day of the thing it is anchored to ("hours after X"), of
 * its umbrella, or of the violent event reported in the two sentences before it.
 */
export function inheritDate(doc: Doc, events: readonly WorkingEvent[], e: WorkingEvent, g: Group): void {
  // "Hours later, ...": anchored to what was just reported, whatever kind of event it was
  const latest = [...events].sort((a, b) => b.lastSentence - a.lastSentence)[0];
  const anchored = g.date?.kind === 'anchor' ? (anchorDay(doc, g) ?? latest?.date ?? null) : null;
  const before = events.filter((x) => x.family === 'violent' && !x.umbrella).sort((a, b) => b.lastSentence - a.lastSentence)[0];
  // "Elsewhere, ..." / "Separately, ...": another incident, whose day the article does not give
  // ("Later, ..." is another incident of the same day)
  const apart = (g.start === g.sentence.start && NEW_EVENT_OPENERS.test(g.sentence.text) && !/^later\b/i.test(g.sentence.text))
    || OTHER_TIME_OR_PLACE.test(g.sentence.text);
  const from = anchored ?? e.partOf?.date
    ?? (g.family === 'violent' && !apart && before && g.sentence.index - before.lastSentence <= 2 ? before.date : null);
  if (from) {
    e.date = from;
    e.dateFrom = 'inherited';
  }
}
