import { beforeAll, describe, expect, it } from 'vitest';
import { loadEventResources, run } from './event-helpers.ts';

beforeAll(loadEventResources);

const sources = (body: string) => run(body).casualties.map((c) => [c.kind, c.min, c.max, c.source?.name ?? null]);

describe('figure sources', () => {
  it('reads a trailing attribution followed by another clause, and "put the toll at"', () => {
    const body = 'A car bomb exploded in Basra on Monday. At least 12 people were killed, the interior ministry said, while hospital sources put the toll at 16.';
    expect(sources(body)).toEqual([['killed', 12, null, 'interior ministry'], ['killed', 16, 16, 'hospital sources']]);
    expect(run(body).events[0]!.killed).toEqual({ min: 12, max: null });
  });

  it('takes the first reported figure when sources disagree, and keeps the later one as a record', () => {
    const body = 'Police said nine villagers were killed when gunmen attacked Dogo on Sunday. The attack killed 11 people.';
    const x = run(body);
    expect(x.events[0]!.killed).toEqual({ min: 9, max: 9 });
    expect(x.casualties.filter((c) => c.kind === 'killed').map((c) => c.min)).toEqual([9, 11]);
  });

  it('adds "two more" victims reported later, but not attackers "also killed" in an attack', () => {
    const more = 'A bomber blew himself up at a checkpoint in Tikrit on Monday, killing four guards. Two more guards later died of their wounds.';
    expect(run(more).events[0]!.killed).toEqual({ min: 6, max: 6 });
    const attackers = 'Gunmen attacked a market in Gao on Friday, killing 10 shoppers. Five attackers were also killed, the army said.';
    expect(run(attackers).events[0]!.killed).toEqual({ min: 10, max: 10 });
    // a clash counts both sides (clash-toll.ts)
    const clash = 'Rebels attacked a convoy in Gao on Friday, killing 10 soldiers. Five attackers were also killed, the army said.';
    expect(run(clash).events[0]!).toMatchObject({ type: 'ARMED_CLASH', killed: { min: 15, max: 15 } });
  });
});
