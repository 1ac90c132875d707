import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placeQueryOf } from '../../../src/api/filters/entity-filters.ts';
import { eventQueryOf, type EventFilterInput } from '../../../src/api/filters/event-filter.ts';
import type { Database } from '../../../src/graph/database.ts';
import type { Params, Row } from '../../../src/graph/executor.ts';
import { findPlaces } from '../../../src/graph/repositories/entities.ts';
import { findEvents } from '../../../src/graph/repositories/events.ts';
import type { PageParams, PageResult } from '../../../src/graph/repositories/read-executor.ts';
import { EventRecord, readPage, type EventRow } from '../../../src/graph/repositories/records.ts';
import { intParam } from '../../../src/graph/repositories/values.ts';
import { loadFixtures } from '../../e2e/api/support/fixtures.ts';
import { openTestDatabase } from '../../support/neo4j.ts';

type Order = 'DATE_DESC' | 'KILLED_DESC';
type Reader = (after: PageParams['after']) => Promise<PageResult<EventRow>>;

/** The keyset cursor of a row, as src/api/resolvers/query-facts.ts builds it. */
function cursorOf(order: Order, e: EventRow): NonNullable<PageParams['after']> {
  const k = order === 'KILLED_DESC' ? (e.killedMin ?? e.killedMax ?? -1) : 0;
  return { key: [k, e.date], id: e.id };
}

/** Every page of `size` in turn: the ids in order, and the total each page reported. */
async function walk(read: Reader, order: Order, size: number) {
  const ids: string[] = [];
  const totals = new Set<number | null>();
  let after: PageParams['after'] = null;
  for (let i = 0; i < 200; i++) {
    const page = await read(after);
    totals.add(page.total);
    ids.push(...page.rows.map((e) => e.id));
    const last = page.rows.at(-1);
    if (page.rows.length < size || last === undefined) break;
    after = cursorOf(order, last);
  }
  return { ids, totals: [...totals] };
}

/**
 * api/events-in-place-by-date and -by-killed against api/events, the general statement they stand in
 * for: for places with events (by id and by name), each order, filters that they check, page sizes,
 * and walks of the killed index cut short (few probes: the fallback) or not.
 */
describe('api/events-in-place-by-*', () => {
  let db: Database;
  let places: { id: string; name: string; total: number }[] = [];
  beforeAll(async () => {
    db = await openTestDatabase();
    await loadFixtures(db.executor, { force: false });
    // The places whose subtree holds most events, read from the graph (the fixtures decide which).
    const all = (
      await findPlaces(db.executor, placeQueryOf({}), { limit: 1000, after: null, withTotal: false })
    ).rows;
    const counted = await Promise.all(
      all.map(async (p) => {
        const page = await findEvents(db.executor, eventQueryOf({ place: p.id }, 'DATE_DESC'), {
          limit: 1,
          after: null,
          withTotal: true,
        });
        return { ...p, total: page.total ?? 0 };
      }),
    );
    places = counted.sort((a, b) => b.total - a.total || (a.id < b.id ? -1 : 1)).slice(0, 3);
  });
  afterAll(async () => {
    await db.close();
  });

  const filters: EventFilterInput[] = [
    {},
    { minKilled: 1 },
    { types: ['BOMBING', 'SUICIDE_BOMBING', 'CAR_BOMBING', 'ATTACK', 'AIRSTRIKE', 'SHELLING'] },
    { from: '2015-01-01', minInjured: 0 },
  ];

  it('the fixtures give places with several events to compare on', () => {
    expect(places.length).toBe(3);
    expect(places[0]!.total).toBeGreaterThan(3);
  });

  it.each(['DATE_DESC', 'KILLED_DESC'] as const)(
    'pages %s exactly as api/events does: same rows in the same order, same total on every page',
    async (order) => {
      let compared = 0;
      for (const place of places)
        for (const where of [place.id, place.name])
          for (const filter of filters) {
            const query = eventQueryOf({ ...filter, place: where }, order);
            for (const size of [1, 2, 5]) {
              const page = (after: PageParams['after']) => ({ limit: size, after, withTotal: true });
              const expected = await walk(
                (after) => readPage(db.executor, 'api/events', EventRecord, query, page(after)),
                order,
                size,
              );
              const statement =
                order === 'KILLED_DESC' ? 'api/events-in-place-by-killed' : 'api/events-in-place-by-date';
              // The date order has no walk to cut short.
              for (const probes of order === 'KILLED_DESC' ? [1, 2, 1000] : [1000]) {
                const got = await walk(
                  (after) =>
                    readPage(
                      db.executor,
                      statement,
                      EventRecord,
                      { ...query, probes: intParam(probes) },
                      page(after),
                    ),
                  order,
                  size,
                );
                expect(
                  got,
                  `${JSON.stringify(filter)} in ${where}, pages of ${size}, ${probes} probes`,
                ).toEqual(expected);
                compared += expected.ids.length;
              }
            }
          }
      expect(compared).toBeGreaterThan(100);
    },
    180_000,
  );

  it('is what findEvents runs for a place filter with dates, types or figures, and not with an actor', async () => {
    const names: string[] = [];
    const recording = {
      read: (name: string, params?: Params): Promise<Row[]> => {
        names.push(name);
        return db.executor.read(name, params);
      },
    };
    const page = { limit: 3, after: null, withTotal: true };
    const place = places[0]!.name;
    await findEvents(recording, eventQueryOf({ place, types: ['ATTACK'] }, 'DATE_DESC'), page);
    await findEvents(recording, eventQueryOf({ place, minKilled: 1 }, 'KILLED_DESC'), page);
    await findEvents(recording, eventQueryOf({ place, claimedBy: 'someone' }, 'DATE_DESC'), page);
    expect(names).toEqual(['api/events-in-place-by-date', 'api/events-in-place-by-killed', 'api/events']);
  });
});
