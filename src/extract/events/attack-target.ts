import type { Doc } from '../doc.ts';
import { ARMED_TARGETS, UNARMED_TARGETS } from './casualty-words.ts';
import type { WorkingEvent } from './working-event.ts';

// also held or fought with arms: "attacks on the airport with the support of tanks"
const ARMED = new RegExp(`\\b(?:${[...ARMED_TARGETS, 'airport', 'airbase', 'tanks', 'headquarters'].join('|')})\\b`, 'i');
const UNARMED = new RegExp(`\\b(?:${UNARMED_TARGETS.join('|')})\\b`, 'i');

/**
 * The taxonomy's ATTACK is an assault mainly on civilians or the unarmed; an assault on a base, a
 * checkpoint or troops is a fight between two armed sides (ARMED_CLASH). Reads the few words after the
 * attack word in the clauses that opened the event.
 */
export function typeByTarget(doc: Doc, e: WorkingEvent): void {
  if (e.type !== 'ATTACK' || e.family !== 'violent') return;
  let armed = false;
  for (const g of e.groups) {
    for (const t of g.triggers) {
      if (t.type !== 'ATTACK' || t.anaphorOnly) continue;
      let object = doc.text.slice(t.end, Math.min(g.end, t.end + 60)).split(/[,;]/)[0]!;
      // "the army base came under attack", "the convoy was attacked": the target is the subject
      const before = doc.text.slice(Math.max(g.start, t.start - 60), t.start);
      if (/\b(?:was|were|came\s+under|come\s+under|had\s+been|has\s+been)\s+(?:[a-z]+\s+)?$/i.test(before)) object = before.split(/[,;]/).at(-1)!;
      // "a gun attack near a military camp": a landmark for where it was, not what was attacked
      if (/^\s*(?:near|outside|close\s+to|not\s+far\s+from|next\s+to|opposite)\b/i.test(object)) continue;
      if (UNARMED.test(object)) return;
      if (ARMED.test(object)) armed = true;
    }
  }
  if (armed) e.type = 'ARMED_CLASH';
}
