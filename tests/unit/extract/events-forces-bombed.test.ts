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
