import type { Doc } from '../doc.ts';
import type { Group } from './groups.ts';
import type { WorkingEvent } from './working-event.ts';
import { cachedRegExp } from '../regex-cache.ts';
import { NUMBER_WORDS, shiftIso } from '../dates.ts';


// "The raid comes two days after rebels attacked a post", "The attack happened hours after a bomber struck":
// the event told after "after" is that long before the one named before it
// "A bomber struck a market on Friday, two days after a raid killed six": the comma apposition says it too
const GAP_AFTER = /(?:\b(?:comes?|came|happened|occurred|took\s+place|follows|followed|was)|,)\s+(?:just\s+|only\s+|barely\s+)?(?:(a|an|one|two|three|four|five|six|seven|\d)\s+(days?)|(?:(?:a\s+)?(?:few|several|couple\s+of|two|three|\d+)\s+|an?\s+|one\s+)?(hours?|minutes))\s+after\s+/gi;

/** The event (other than `not`) with a group in `sentence` that ends before `at`: what the subject names. */
function eventBefore(events: readonly WorkingEvent[], not: WorkingEvent, sentence: number, at: number): WorkingEvent | undefined {
  return events.find((e) => e !== not && e.date !== null && e.groups.some((g) => g.sentence.index === sentence && g.start < at));
}

/** The dated event whose clauses name the head noun of "the first blast": what an anchor points back to. */
function anchorEvent(doc: Doc, events: readonly WorkingEvent[], e: WorkingEvent, g: Group): WorkingEvent | undefined {
  const head = /^\s*(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\b/i.exec(doc.text.slice(g.date!.end, g.date!.end + 50))?.[1];
  const earlier = events.filter((x) => x !== e && x.date !== null && x.groups[0]!.start < g.start);
  const named = head ? earlier.filter((x) => x.groups.some((y) => cachedRegExp(`\\b${head}`, 'i').test(doc.text.slice(y.start, y.end)))) : [];
  return named[0] ?? earlier.sort((a, b) => b.lastSentence - a.lastSentence)[0];
}

/**
 * Days given relative to another event, read once every event has the day its own clauses and the lead
 * give it: "About an hour after the first blast, a second bomb ..." is the first blast's day; "The raid
 * comes two days after rebels attacked a post" puts the attack two days before the raid.
 */
export function datesFromRelations(doc: Doc, events: readonly WorkingEvent[]): void {
  for (const e of events) {
    if (e.date !== null || e.dateFrom !== 'none') continue;
    const g = e.groups.find((x) => x.date?.kind === 'anchor' && x.date.relation !== 'before');
    const from = g ? anchorEvent(doc, events, e, g) : undefined;
    if (from?.date) {
      e.date = from.date;
      e.dateFrom = 'inherited';
    }
  }
  for (const e of events) {
    if (e.dateFrom === 'own' || e.dateFrom === 'undated') continue;
    for (const g of e.groups) {
      const text = g.sentence.text;
      const m = [...text.matchAll(GAP_AFTER)].find((x) => g.sentence.start + x.index! + x[0].length <= g.start + 1);
      if (!m) continue;
      const subject = eventBefore(events, e, g.sentence.index, g.sentence.start + m.index!);
      if (!subject?.date) continue;
      const days = m[2] ? (NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1])) : 0;
      e.date = shiftIso(subject.date, -days);
      e.dateFrom = 'inherited';
      break;
    }
  }
}
