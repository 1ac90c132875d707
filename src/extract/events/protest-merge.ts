import type { Doc } from '../doc.ts';
import { absorbEvent } from './absorb.ts';
import type { WorkingEvent } from './working-event.ts';

// The crowd words that make a clash or a shooting part of a protest
const CROWD = /\b(?:protest(?:s|ers?)?|demonstrat(?:ions?|ors?)|rall(?:y|ies)|marchers|sit-ins?)\b/i;

/**
 * A deadly protest is one event (fixtures/README.md: PROTEST): "clashes between police and protesters",
 * "security forces opened fire on demonstrators" told next to the protest are that protest, with its
 * casualties, not a clash or an attack of their own. A clash or a shooting merges into the protest when
 * its own clauses speak of the crowd, when it happened where and when the protest did, or when it has no
 * place of its own and is told right after the protest.
 */
export function mergeIntoProtests(doc: Doc, events: WorkingEvent[]): void {
  const protest = events.find((e) => e.family === 'protest');
  if (!protest) return;
  for (const v of [...events]) {
    if (v.family !== 'violent' || v.umbrella || (v.type !== 'ARMED_CLASH' && v.type !== 'ATTACK')) continue;
    const crowd = v.groups.some((g) => CROWD.test(doc.text.slice(g.start, g.end)) || CROWD.test(g.sentence.text));
    const samePlace = v.place !== null && protest.place !== null && v.place.name === protest.place.name;
    const sameDay = v.date === null || protest.date === null || v.date === protest.date;
    // no place of its own, told right after the protest
    const first = v.groups[0]!.sentence.index;
    const after = v.place === null && first >= protest.groups[0]!.sentence.index && first - protest.lastSentence <= 2;
    if (!sameDay || !(crowd || samePlace || after)) continue;
    absorbEvent(protest, v);
    events.splice(events.indexOf(v), 1);
  }
}
