import type { Group } from './groups.ts';
import { timeOf, type WorkingEvent } from './working-event.ts';

/** Whether a mention can be the same event as one already read: by type, by day, by kind of device. */
export const BOMBING_FAMILY = new Set(['BOMBING', 'SUICIDE_BOMBING', 'CAR_BOMBING', 'IED']);
export const coarse = (t: string): string => (BOMBING_FAMILY.has(t) ? 'BOMBING' : t);

export function typesFit(e: WorkingEvent, g: Group, referring: boolean): boolean {
  if (e.family !== g.family) return false;
  if (g.family !== 'violent' || e.weak || g.weak) return true;
  if (coarse(e.type) === coarse(g.type)) return true;
  // an assault on an armed post is also reported as a clash
  if ((e.type === 'ATTACK' && g.type === 'ARMED_CLASH') || (e.type === 'ARMED_CLASH' && g.type === 'ATTACK')) return true;
  // "the blast" after a rocket or an air strike names its effect
  return referring && g.type === 'BOMBING' && e.type !== 'ARMED_CLASH';
}

/** "A roadside bomb ..." after a suicide bombing: an indefinite mention of another kind of device is
 * another bombing, even with no place to tell them apart. */
export function otherDevice(e: WorkingEvent, g: Group): boolean {
  const specific = (t: string) => BOMBING_FAMILY.has(t) && t !== 'BOMBING';
  return specific(e.type) && specific(g.type) && e.type !== g.type && g.sentence.index !== e.groups[0]?.sentence.index
    && g.triggers.some((t) => t.det === 'a' || t.det === 'an');
}

/** A referring mention may correct a date the event only inherited; a new mention with another day is
 * another event. */
export function datesFit(e: WorkingEvent, g: Group, referring = false): boolean {
  const d = g.date;
  // "the strikes ... which have bombed the area in recent weeks": a vague time does not keep a reference apart
  if (!d || d.kind === 'anchor' || (referring && d.kind === 'vague')) return true;
  if (d.kind === 'day') return e.dateFrom !== 'undated' && (e.date === null || (referring && e.dateFrom === 'inherited') || e.date === d.iso);
  // "last month" and "in July 2015": two background events
  if (e.dateFrom === 'undated' && e.time && (d.kind === 'month' || d.kind === 'vague') && e.time !== timeOf(d)) return false;
  return e.dateFrom === 'undated' || e.date === null;
}

