import type { WorkingEvent } from './working-event.ts';

/**
 * Folds a second mention of one event into the event it belongs to (a clash into its protest, an
 * assault into its abduction): its figures, its later clauses and places, the more specific place, and
 * the date when the host had none. The caller removes `part` from the list.
 */
export function absorbEvent(host: WorkingEvent, part: WorkingEvent): void {
  host.figures.push(...part.figures);
  host.groups.push(...part.groups.filter((g) => g.start > host.groups[0]!.start));
  host.places.push(...part.places);
  if (part.place && (!host.place || part.place.rank < host.place.rank)) host.place = part.place;
  if (!host.date && part.date) {
    host.date = part.date;
    host.dateFrom = part.dateFrom;
  }
}
