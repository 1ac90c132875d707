import { describe, expect, it } from 'vitest';
import { NameIndex } from '../../../src/eval/names.ts';
import { coarseType, sameFigure, scoreEvents } from '../../../src/eval/score-events.ts';
import { buildKey, event } from './builders.ts';

function score(
  gold: Record<string, unknown>[],
  pred: Record<string, unknown>[],
  goldPlaces: { name: string; aliases: string[] }[] = [],
) {
  const g = buildKey({ events: gold, places: goldPlaces });
  const p = buildKey({ events: pred });
  return scoreEvents(g.events, p.events, new NameIndex(g.places), new NameIndex(p.places));
}

describe('coarse event types', () => {
  it('treats the bombing family as one type', () => {
    for (const t of ['BOMBING', 'SUICIDE_BOMBING', 'CAR_BOMBING', 'IED'])
      expect(coarseType(t)).toBe('BOMBING');
    expect(coarseType('AIRSTRIKE')).not.toBe(coarseType('SHELLING'));
  });
});

describe('scoreEvents', () => {
  it('matches a car bombing predicted as an IED at the same place', () => {
    const s = score(
      [event({ type: 'CAR_BOMBING', place: 'Port Verin' })],
      [event({ type: 'IED', place: 'port verin' })],
    );
    expect(s.matched).toBe(1);
  });

  it('does not match across coarse types', () => {
    const s = score(
      [event({ type: 'AIRSTRIKE', place: 'Port Verin' })],
      [event({ type: 'SHELLING', place: 'Port Verin' })],
    );
    expect(s.matched).toBe(0);
    expect(s.f1).toBe(0);
  });

  it('accepts an enclosing place listed as an alternative, and a gold place alias', () => {
    const gold = [
      event({ type: 'ATTACK', place: 'al-Qasra', placeAlternatives: ['Kessa province', 'Norland'] }),
    ];
    expect(score(gold, [event({ type: 'ATTACK', place: 'Kessa province' })]).matched).toBe(1);
    expect(score(gold, [event({ type: 'ATTACK', place: 'Qasra' })]).matched).toBe(1);
    expect(score(gold, [event({ type: 'ATTACK', place: 'Dorvik' })]).matched).toBe(0);
    expect(score(gold, [event({ type: 'ATTACK', place: null })]).matched).toBe(0);
    const aliased = [event({ type: 'ATTACK', place: 'Eastern Norland', placeAlternatives: [] })];
    const places = [{ name: 'Eastern Norland', aliases: ['E. Norland'] }];
    expect(score(aliased, [event({ type: 'ATTACK', place: 'E. Norland' })], places).matched).toBe(1);
  });

  it('scores killed, injured and date exactly over matched pairs, with null figures only equal to null', () => {
    const gold = [
      event({
        type: 'BOMBING',
        place: 'Port Verin',
        date: '2020-03-01',
        killed: { min: 12, max: null },
        injured: null,
      }),
      event({ type: 'SHELLING', place: 'Dorvik', date: null, killed: null, injured: { min: null, max: 30 } }),
    ];
    const pred = [
      event({
        type: 'BOMBING',
        place: 'Port Verin',
        date: '2020-03-01',
        killed: { min: 12, max: null },
        injured: { min: 0, max: 0 },
      }),
      event({
        type: 'SHELLING',
        place: 'Dorvik',
        date: '2020-02-29',
        killed: null,
        injured: { min: 30, max: 30 },
      }),
    ];
    const s = score(gold, pred);
    expect(s.matched).toBe(2);
    expect(s.killed).toEqual({ right: 2, of: 2, value: 1 });
    expect(s.injured).toEqual({ right: 0, of: 2, value: 0 });
    expect(s.date).toEqual({ right: 1, of: 2, value: 0.5 });
  });

  it('pairs two same-type events at one place with their own dates first', () => {
    const gold = [
      event({ type: 'AIRSTRIKE', place: 'Norland', date: '2021-05-02', killed: { min: 3, max: 3 } }),
      event({ type: 'AIRSTRIKE', place: 'Norland', date: '2021-05-04', killed: { min: 9, max: 9 } }),
    ];
    const pred = [
      event({ type: 'AIRSTRIKE', place: 'Norland', date: '2021-05-04', killed: { min: 9, max: 9 } }),
      event({ type: 'AIRSTRIKE', place: 'Norland', date: '2021-05-02', killed: { min: 3, max: 3 } }),
    ];
    const s = score(gold, pred);
    expect(s.date.value).toBe(1);
    expect(s.killed.value).toBe(1);
  });

  it('prefers the gold event whose own place is predicted over one that lists it as an alternative', () => {
    const gold = [
      event({
        type: 'BOMBING',
        place: 'Old Market',
        placeAlternatives: ['Port Verin'],
        killed: { min: 5, max: 5 },
      }),
      event({ type: 'BOMBING', place: 'Port Verin', killed: { min: 2, max: 2 } }),
    ];
    const s = score(gold, [event({ type: 'BOMBING', place: 'Port Verin', killed: { min: 2, max: 2 } })]);
    expect(s.matched).toBe(1);
    expect(s.missed).toEqual(['BOMBING at Old Market on (no date)']);
  });

  it('compares figure ranges field by field', () => {
    expect(sameFigure(null, null)).toBe(true);
    expect(sameFigure({ min: 4, max: null }, { min: 4, max: 4 })).toBe(false);
    expect(sameFigure({ min: null, max: 7 }, { min: null, max: 7 })).toBe(true);
  });
});
