import type { Doc } from '../doc.ts';
import type { WorkingEvent } from './working-event.ts';

// "the army bombed rebel positions", "government forces have been bombing the town": a state's forces
// bomb from the air (the taxonomy's AIRSTRIKE), unlike "militants bombed a bus" (a planted or thrown bomb)
const FORCES_BEFORE = /\b(?:army|military|armed\s+forces|government\s+(?:forces|troops)|regime(?:\s+forces)?|coalition(?:\s+forces)?|air\s+force|navy|government)\s+(?:(?:also|again|reportedly|repeatedly|heavily|then|had|has|have|been|was|were|later)\s+){0,3}$/i;
const BOMBED_VERB = /^bomb(?:ed|ing|s)$/i;

/** A generic bombing whose bombing verb has a state's forces as subject is an airstrike. */
export function typeByBomber(doc: Doc, e: WorkingEvent): void {
  if (e.type !== 'BOMBING' || e.family !== 'violent') return;
  const byForces = e.groups.some((g) => g.triggers.some((t) => !t.anaphorOnly && BOMBED_VERB.test(t.text)
    && FORCES_BEFORE.test(doc.text.slice(Math.max(g.start, t.start - 60), t.start))));
  if (byForces) e.type = 'AIRSTRIKE';
}
