import type { Doc } from '../doc.ts';
import type { WorkingEvent } from './working-event.ts';

// "has killed", "have been wounded", "have agreed", "has struck": a finished act with present relevance
const PRESENT_PERFECT = /\b(?:has|have)\s+(?:(?:now|just|reportedly|apparently|also|finally)\s+)?(?:been\s+)?(?!been\b)[a-z]+(?:ed|en|un|uck|ght|ft|ot)\b/i;

const CAUSE_BEFORE = /\b(?:after|following|in\s+response\s+to|in\s+retaliation\s+for)\s+[^,;]*$/i;

/**
 * News style: a lead sentence in the present perfect ("A roadside bomb has killed 14 people",
 * "The two sides have agreed to a truce") reports what happened on the day of publication. An event
 * reported there that the rest of the article gives no day for (nor says is older: "last month" leaves
 * it undated) takes the publication date, and so do the parts of a total ("a series of bombings has
 * rocked X") reported there.
 */
export function datesFromLead(doc: Doc, events: readonly WorkingEvent[]): void {
  const lead = doc.sentences[0];
  if (!lead || !doc.article.published || !PRESENT_PERFECT.test(lead.text)) return;
  const day = doc.article.published.slice(0, 10);
  const dated = new Set<WorkingEvent>();
  for (const e of events) {
    if (e.date !== null || e.dateFrom !== 'none') continue;
    const first = e.groups[0];
    if (first?.sentence.index !== lead.index) continue;
    // "X have struck Y after militants fired rockets": the cause told in the past is not dated by the lead's verb
    if (CAUSE_BEFORE.test(doc.text.slice(lead.start, first.start)) && !PRESENT_PERFECT.test(doc.text.slice(first.start, first.end))) continue;
    e.date = day;
    e.dateFrom = 'inherited';
    dated.add(e);
  }
  // "A series of bombings have rocked X": the parts reported one by one happened that day too
  for (const e of events) {
    if (e.date === null && e.dateFrom === 'none' && e.partOf && dated.has(e.partOf)) {
      e.date = day;
      e.dateFrom = 'inherited';
    }
  }
}
