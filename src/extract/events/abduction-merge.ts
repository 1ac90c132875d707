import { absorbEvent } from './absorb.ts';
import type { WorkingEvent } from './working-event.ts';

/**
 * "Gunmen stormed a school on Friday ... kidnapped scores of students": the assault and the kidnapping
 * are one abduction. An attack or a clash that killed nobody the article counts, at the place and on the
 * day of an abduction (or with neither said), is that abduction; the exchange of fire during it too.
 */
export function mergeIntoAbductions(events: WorkingEvent[]): void {
  const abductions = events.filter((e) => e.type === 'ABDUCTION' && !e.umbrella);
  if (abductions.length === 0) return;
  for (const v of [...events]) {
    if (v.family !== 'violent' || v.umbrella || (v.type !== 'ATTACK' && v.type !== 'ARMED_CLASH' && v.type !== 'ABDUCTION')) continue;
    if (v.figures.some((f) => f.kind === 'killed' && !f.subset)) continue;
    const host = abductions.find((a) => a !== v && events.includes(a) && a.dateFrom !== 'undated' && v.dateFrom !== 'undated'
      && (a.date === null || v.date === null || a.date === v.date)
      && (a.place === null || v.place === null || a.place.name === v.place.name)
      && (a.place !== null || v.place !== null ? true : Math.abs(a.lastSentence - v.lastSentence) <= 3));
    if (!host || (v.type === 'ABDUCTION' && events.indexOf(v) < events.indexOf(host))) continue;
    absorbEvent(host, v);
    host.lastSentence = Math.max(host.lastSentence, v.lastSentence);
    events.splice(events.indexOf(v), 1);
  }
}
