import { describe, expect, it } from 'vitest';
import { foldName } from '../../../src/extract/normalize.ts';
import { fixtureArticleId, goldOf, SEED, type GoldEvent } from './support/fixtures.ts';
import { useFixtureServer } from './support/setup.ts';

interface EventNode {
  id: string;
  type: string;
  date: string | null;
  places: {
    id: string;
    name: string;
    latitude: number | null;
    longitude: number | null;
    ancestors: { name: string }[];
  }[];
  killed: { min: number | null; max: number | null } | null;
  injured: { min: number | null; max: number | null } | null;
  claimedBy: { __typename: string; name?: string }[];
  perpetrators: { __typename: string; name?: string }[];
}

const EVENTS = `query ($filter: EventFilter, $orderBy: EventOrder, $first: Int) {
  events(filter: $filter, orderBy: $orderBy, first: $first) {
    totalCount
    nodes {
      id type date
      places { id name latitude longitude ancestors { name } }
      killed { min max }
      injured { min max }
      claimedBy { __typename ... on Organization { name } ... on Place { name } }
      perpetrators { __typename ... on Organization { name } ... on Place { name } ... on Person { name } }
    }
  }
}`;

const BOMBINGS = new Set(['BOMBING', 'SUICIDE_BOMBING', 'CAR_BOMBING', 'IED']);
const server = useFixtureServer({ force: true });

async function events(filter: Record<string, unknown>, orderBy = 'DATE_DESC', first = 100) {
  const res = await server().gql<{ events: { totalCount: number; nodes: EventNode[] } }>(EVENTS, {
    filter,
    orderBy,
    first,
  });
  expect(res.errors).toBeUndefined();
  return res.data!.events;
}

const placeNames = (e: EventNode) =>
  e.places.flatMap((p) => [p.name, ...p.ancestors.map((a) => a.name)]).map(foldName);
const lowerFigure = (r: { min: number | null; max: number | null } | null) => (r ? (r.min ?? r.max) : null);
const sameRange = (a: EventNode['killed'], b: GoldEvent['killed']) => a?.min === b?.min && a?.max === b?.max;

describe('Query.events', () => {
  const goldBombings = goldOf(SEED).events.filter((e) => BOMBINGS.has(e.type) && e.country === 'Syria');

  it('events in Syria include both bombings with their figures and the Islamic State claim', async () => {
    expect(goldBombings.length).toBe(2);
    const syria = await events({ place: 'Syria', articleId: await fixtureArticleId(SEED) });
    for (const expected of goldBombings) {
      const found = syria.nodes.find((e) => BOMBINGS.has(e.type) && sameRange(e.killed, expected.killed));
      expect(found, `${expected.place}: killed ${JSON.stringify(expected.killed)}`).toBeDefined();
      if (expected.injured) expect(found!.injured).toEqual(expected.injured);
      expect(found!.claimedBy.map((c) => foldName(c.name ?? ''))).toEqual(expected.claimedBy.map(foldName));
      expect(placeNames(found!)).toContain(foldName(expected.place!));
      expect(placeNames(found!)).toContain('syria');
    }
  });

  it('counts events in places inside the place asked for (a city includes its districts)', async () => {
    const seed = await fixtureArticleId(SEED);
    const syria = await events({ place: 'Syria', articleId: seed });
    const homs = await events({ place: 'Homs', articleId: seed });
    expect(homs.totalCount).toBeGreaterThan(0);
    const syriaIds = new Set(syria.nodes.map((e) => e.id));
    for (const e of homs.nodes) {
      expect(placeNames(e)).toContain('homs');
      expect(syriaIds.has(e.id)).toBe(true);
    }
    expect(homs.nodes.some((e) => e.places.every((p) => foldName(p.name) !== 'homs'))).toBe(true);
  });

  it('filters by minimum killed, and sorts the deadliest first', async () => {
    const threshold = Math.max(...goldBombings.map((e) => e.killed?.min ?? 0));
    const deadly = await events({ place: 'Syria', minKilled: threshold }, 'KILLED_DESC');
    expect(deadly.totalCount).toBeGreaterThan(0);
    for (const e of deadly.nodes) expect(lowerFigure(e.killed)).toBeGreaterThanOrEqual(threshold);
    const all = await events({}, 'KILLED_DESC');
    const figures = all.nodes.map((e) => lowerFigure(e.killed) ?? -1);
    expect(figures).toEqual([...figures].sort((a, b) => b - a));
  });

  it('filters by minimum injured', async () => {
    const answer = await events({ minInjured: 1 });
    expect(answer.totalCount).toBeGreaterThan(0);
    for (const e of answer.nodes) expect(lowerFigure(e.injured)).toBeGreaterThanOrEqual(1);
  });

  it('finds events claimed by a group under any form of its name', async () => {
    const a = await events({ claimedBy: 'Islamic State' });
    const b = await events({ claimedBy: 'the ISLAMIC state' });
    expect(a.totalCount).toBeGreaterThanOrEqual(goldBombings.length);
    expect(b.nodes.map((e) => e.id)).toEqual(a.nodes.map((e) => e.id));
    for (const e of a.nodes)
      expect(e.claimedBy.map((c) => foldName(c.name ?? ''))).toContain('islamic state');
  });

  it('finds events by the group that carried them out', async () => {
    const answer = await events({ perpetratedBy: 'Islamic State', place: 'Syria' });
    expect(answer.totalCount).toBeGreaterThan(0);
    for (const e of answer.nodes)
      expect(e.perpetrators.map((p) => foldName(p.name ?? ''))).toContain('islamic state');
  });

  it('filters by event types and by date range', async () => {
    const types = ['SUICIDE_BOMBING', 'CAR_BOMBING', 'BOMBING'];
    const day = goldBombings[0]!.date!;
    const answer = await events({ types, from: day, to: day });
    expect(answer.totalCount).toBeGreaterThan(0);
    for (const e of answer.nodes) {
      expect(types).toContain(e.type);
      expect(e.date).toBe(day);
    }
  });

  it('finds events near a coordinate within N km, and none far from any', async () => {
    const syria = await events({ place: 'Syria', articleId: await fixtureArticleId(SEED) });
    const located = syria.nodes
      .flatMap((e) => e.places.map((p) => ({ e, p })))
      .find(({ p }) => p.latitude !== null);
    expect(located).toBeDefined();
    const near = await events({
      near: { latitude: located!.p.latitude, longitude: located!.p.longitude, km: 1 },
      articleId: located!.e.id.split('/')[0],
    });
    expect(near.nodes.map((e) => e.id)).toContain(located!.e.id);
    const ocean = await events({ near: { latitude: -48.9, longitude: -123.4, km: 50 } });
    expect(ocean.totalCount).toBe(0);
  });

  it('answers an empty list for a place it does not know', async () => {
    expect((await events({ place: 'Nowhereland Province' })).totalCount).toBe(0);
  });
});
