import type { Trigger } from './triggers.ts';
import { allMatches } from '../all-matches.ts';

/** A stretch of one sentence that reports at most one event: offsets relative to the sentence. */
export interface Clause {
  start: number;
  end: number;
}

// Always a clause boundary: "X killed six, while bombings in Y killed three"; "; "; ", who was killed";
// ", where fighting has raged for weeks".
const HARD = /;\s+|,\s+(?:while|whereas|but|even\s+as)\s+|\s+(?:while|whereas)\s+|,\s+(?:who|where)\s+/g;
// A boundary only when both sides report an event: "the attacks came hours after twin bombings in X",
// "the blasts come as the minister speaks of a protest on Monday" (Monday is the protest's day).
// "a bombing near X, as well as a car bombing in Y": a list of two events
const AS_WELL_AS = /,\s+as\s+well\s+as\s+/g;
const TEMPORAL = /\s+(?:(?:(?:just\s+)?(?:an?\s+|a\s+few\s+|several\s+|two\s+|three\s+)?(?:hours?|minutes?|days?)\s+|shortly\s+|soon\s+|just\s+)?(?:after|before)|in\s+(?:the\s+)?(?:immediate\s+)?(?:aftermath|wake)\s+of|following|since|(?:comes?|came|coming)\s+(?:just\s+)?as|amid|in\s+(?:response|retaliation)\s+(?:to|for))\s+/g;

const FRONTED = /^(?:(?:just\s+|only\s+)?(?:an?|a\s+few|several|two|three|four|five|\d+)\s+(?:hours?|minutes?|days?|weeks?)\s+)?(?:after|before|following)\s+[^,;]{3,140}?(,\s+)/i;

export const EARLIER_ONE = /^\s+(?:that|which)\s+(?:had\s+)?(?:taken\s+place|took\s+place|happened|occurred|exploded|struck)\s+(?:\w+\s+)?earlier\b/i;

// Module-level helpers rather than closures: tsx names every closure it creates (keepNames), at a cost per call.
function coarse(t: Trigger): string {
  return /BOMBING|^IED$/.test(t.type) ? 'BOMBING' : t.type;
}
function opening(t: Trigger): boolean {
  return !t.anaphoric && !t.anaphorOnly && !t.inQuote;
}

/** Splits a sentence into clauses so that figures and places stay with their own event. */
export function splitClauses(text: string, triggers: readonly Trigger[]): Clause[] {
  const cuts = new Set<number>();
  for (const m of allMatches(HARD, text)) cuts.add(m.index);
  for (const m of allMatches(TEMPORAL, text)) {
    const leftHas = triggers.some((t) => t.end <= m.index);
    const rightHas = triggers.some((t) => t.start >= m.index + m[0].length && !t.anaphorOnly);
    // the anchor phrase stays with the event it dates: "X happened shortly before | Y began"
    if (leftHas && rightHas) cuts.add(m.index + m[0].length);
  }
  // "A bomber killed 18 people in X, and a second attack near Y killed two": the marked one is another event
  // "a car bomb killed three in X, and the military says gunmen killed two in Y": another kind of attack
  for (const m of allMatches(/,\s+and\s+/g, text)) {
    const next = triggers.find((t) => t.start >= m.index + m[0].length);
    const left = triggers.filter((t) => t.end <= m.index && opening(t));
    if (next?.newMarker && next.start - m.index < 40 && triggers.some((t) => t.end <= m.index)) cuts.add(m.index);
    else if (next && opening(next) && !next.weak && left.length > 0 && left.every((t) => !t.weak && coarse(t) !== coarse(next))) cuts.add(m.index);
  }
  // "fired on medics near the site of an explosion that happened earlier": the explosion is another event
  for (const t of triggers) {
    if (t.verb || !EARLIER_ONE.test(text.slice(t.end, t.end + 50))) continue;
    const det = /\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}$/i.exec(text.slice(Math.max(0, t.start - 40), t.start));
    const at = det ? t.start - (text.slice(Math.max(0, t.start - 40), t.start).length - det.index) : t.start;
    if (triggers.some((o) => o.end <= at)) cuts.add(at);
  }
  // "Two days after a bombing in X killed 12, a second bomb exploded in Y": a fronted time clause is
  // another event when both sides report one
  const fronted = FRONTED.exec(text);
  if (fronted) {
    const at = fronted[0].length - fronted[1]!.length;
    if (triggers.some((t) => t.end <= at) && triggers.some((t) => t.start >= fronted[0].length && !t.anaphorOnly)) cuts.add(at);
  }
  for (const m of allMatches(AS_WELL_AS, text)) {
    if (triggers.some((t) => t.end <= m.index) && triggers.some((t) => t.start >= m.index + m[0].length && !t.anaphorOnly)) cuts.add(m.index);
  }
  // "the worst since March 3, when a bomb killed 20": the when-clause is another, earlier event
  for (const m of allMatches(/,\s+when\s+/g, text)) {
    if (triggers.some((t) => t.end <= m.index) && triggers.some((t) => t.start >= m.index + m[0].length && !t.anaphorOnly)) cuts.add(m.index);
  }
  const points = [0, ...[...cuts].sort((a, b) => a - b), text.length];
  const clauses: Clause[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    if (points[i + 1]! > points[i]!) clauses.push({ start: points[i]!, end: points[i + 1]! });
  }
  return clauses;
}
