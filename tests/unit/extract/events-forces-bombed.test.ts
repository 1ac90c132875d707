import { beforeAll, describe, expect, it } from 'vitest';
import { loadEventResources, run } from './event-helpers.ts';

beforeAll(loadEventResources, 120_000);

describe('bombed by a state\'s forces', () => {
  it('types "the army bombed rebel positions" as an airstrike', () => {
    const x = run('The army bombed rebel positions in the town of Sarkel on Monday, killing 15 fighters, a military spokesman said.');
    expect(x.events.map((e) => [e.type, e.place])).toEqual([['AIRSTRIKE', 'Sarkel']]);
  });

  it('keeps "militants bombed a bus" a bombing', () => {
    const x = run('Militants bombed a bus in the town of Sarkel on Monday, killing 15 passengers.');
    expect(x.events.map((e) => e.type)).toEqual(['BOMBING']);
  });
});

describe('an armed group that killed', () => {
  it('reports "militants killed eight people" as an attack with its place', () => {
    const x = run('Suspected militants killed eight villagers on Sunday in the village of Kwara in Plateau state.');
    expect(x.events.map((e) => [e.type, e.place, e.killed?.min])).toEqual([['ATTACK', 'Kwara', 8]]);
  });

  it('reports no attack by fighters who were themselves killed', () => {
    const x = run('Some 20 fighters killed in the fighting were buried on Sunday.');
    expect(x.events.filter((e) => e.type === 'ATTACK')).toEqual([]);
  });
});
