import type { Doc } from '../doc.ts';
import { findDateMentions } from '../dates.ts';
import { saidOn } from './groups.ts';
import type { WorkingEvent } from './working-event.ts';

/**
 * The day of an event told in a later sentence that names no event of its own (docs/events.md, round 7):
 * "Rebels have killed five guards in an ambush, the army said Friday. The guards were travelling late
 * Thursday when they were fired on." The lead gives only the report's day (or none); the follow-up says
 * when it happened, in a sentence the trigger rules open no event for.
 */

// a past act in the follow-up's clause: the event itself happening, not a report or a reaction
const ACT = /\b(?:(?:was|were)\s+(?:killed|shot|wounded|injured|attacked|ambushed|fired\s+(?:on|upon)|hit|struck|abducted|kidnapped|seized|launched|carried\s+out)|attacked|ambushed|stormed|raided|exploded|happened|occurred|took\s+place|began|started|erupted|opened\s+fire)\b/i;
// "Despite Monday's bloodshed, ...": a day owned by a word for what happened
const DAY_OF = /^\s*(?:[a-z-]+\s+)?(?:attacks?|bombings?|blasts?|explosions?|bloodshed|violence|killings?|massacre|carnage|ambush|raids?|strikes?|airstrikes?|shootings?|clash(?:es)?|fighting|assault)\b/i;
// a span or an older time: "since Tuesday", "last Tuesday" (a separate earlier event)
const NOT_THE_DAY = /\b(?:since|until|by|last|next|every|before|after)\s+$/i;
// how far the follow-up may be from the event's first mention
const LOOK_AHEAD = 4;

/** Whether the event's day is only the report's ("the army said Friday") or not given. */
function dayOpen(e: WorkingEvent): boolean {
  if (e.family !== 'violent' || e.umbrella) return false;
  if (e.dateFrom === 'none') return true;
  return e.dateFrom === 'inherited' && e.date !== null && e.date === e.groups[0]?.saidDate?.iso;
}

/** The first act day in sentence `i` (not a report's day, a span, or a day after `limit`), or null. */
function actDay(doc: Doc, i: number, limit: string | null): string | null {
  const s = doc.sentences[i]!;
  for (const d of findDateMentions(s.text, doc.article.published)) {
    if (d.kind !== 'day' || !d.iso || (limit && d.iso > limit)) continue;
    if (NOT_THE_DAY.test(s.text.slice(Math.max(0, d.start - 8), d.start))) continue;
    if (saidOn(doc.text, s.start + d.start)) continue;
    if (/['\u2019]s$/.test(d.text) && DAY_OF.test(s.text.slice(d.end))) return d.iso;
    const near = s.text.slice(Math.max(0, d.start - 60), Math.min(s.text.length, d.end + 60));
    if (ACT.test(near)) return d.iso;
  }
  return null;
}

/** Gives each violent event dated only by its report (or not at all) the day a follow-up sentence names. */
export function datesFromBackReference(doc: Doc, events: readonly WorkingEvent[]): void {
  const claimed = new Map<number, WorkingEvent>();
  for (const e of events) for (const g of e.groups) if (!claimed.has(g.sentence.index)) claimed.set(g.sentence.index, e);
  const limit = doc.article.published?.slice(0, 10) ?? null;
  for (const e of events) {
    if (!dayOpen(e)) continue;
    const from = e.groups[0]!.sentence.index;
    for (let i = from + 1; i <= from + LOOK_AHEAD && i < doc.sentences.length; i++) {
      const owner = claimed.get(i);
      // another event told here: what follows may be about it
      if (owner && owner !== e) break;
      if (owner === e && e.groups.some((g) => g.sentence.index === i && g.date)) break;
      const day = actDay(doc, i, e.date ?? limit);
      if (day) {
        e.date = day;
        e.dateFrom = 'inherited';
        break;
      }
    }
  }
}
