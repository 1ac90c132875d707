import type { Scores } from './score.ts';

/** The issue targets (#3 and #4) the totals are held to by `eval --targets` and the seed test. */
export const TARGETS = {
  peopleF1: 0.9,
  organizationsF1: 0.9,
  placesF1: 0.9,
  statementsF1: 0.8,
  speakerAccuracy: 0.95,
  eventsF1: 0.85,
  killedAccuracy: 0.9,
  injuredAccuracy: 0.9,
  dateAccuracy: 0.9,
} as const;

export interface TargetCheck {
  name: keyof typeof TARGETS;
  target: number;
  /** The measured value; null when there was nothing to measure. */
  value: number | null;
  met: boolean;
}

/**
 * Each target against the totals. A missing value fails when the gold had something to find (an
 * extractor that finds nothing has no precision and must not pass); with nothing in the gold it passes.
 */
export function checkTargets(s: Scores): TargetCheck[] {
  const rows: Array<[keyof typeof TARGETS, number | null, number]> = [
    ['peopleF1', s.people.f1, s.people.gold],
    ['organizationsF1', s.organizations.f1, s.organizations.gold],
    ['placesF1', s.places.f1, s.places.gold],
    ['statementsF1', s.statements.f1, s.statements.gold],
    ['speakerAccuracy', s.statements.speakerAccuracy.value, s.statements.gold],
    ['eventsF1', s.events.f1, s.events.gold],
    ['killedAccuracy', s.events.killed.value, s.events.gold],
    ['injuredAccuracy', s.events.injured.value, s.events.gold],
    ['dateAccuracy', s.events.date.value, s.events.gold],
  ];
  return rows.map(([name, value, gold]) => {
    const target = TARGETS[name];
    const met = value === null ? gold === 0 : value >= target - 1e-9;
    return { name, target, value, met };
  });
}
