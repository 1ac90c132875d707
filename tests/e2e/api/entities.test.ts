import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../../../src/cli/fixtures.ts';
import { foldName } from '../../../src/extract/normalize.ts';
import { fixtureArticleId, goldOf, SEED } from './support/fixtures.ts';
import { useFixtureServer } from './support/setup.ts';

const server = useFixtureServer();

async function query<T>(text: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await server().gql<T>(text, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

interface Named {
  id: string;
  name: string;
}

describe('Query.people', () => {
  it('lists officials only when asked, each holding an office', async () => {
    const data = await query<{ people: { totalCount: number; nodes: (Named & { isOfficial: boolean })[] } }>(
      '{ people(filter: { officialsOnly: true }, first: 100) { totalCount nodes { id name isOfficial } } }',
    );
    expect(data.people.totalCount).toBeGreaterThan(0);
    for (const p of data.people.nodes) expect(p.isOfficial).toBe(true);
  });

  it('finds people by words of their title', async () => {
    const data = await query<{
      people: { nodes: { role: string | null; roles: { title: string | null }[] }[] };
    }>('{ people(filter: { role: "MINISTER" }, first: 100) { nodes { role roles { title } } } }');
    expect(data.people.nodes.length).toBeGreaterThan(0);
    for (const p of data.people.nodes) {
      const titles = [p.role, ...p.roles.map((r) => r.title)].join(' ').toLowerCase();
      expect(titles).toContain('minister');
    }
  });

  it("finds an organization's officials, and the organization lists them back", async () => {
    const orgs = await query<{ organizations: { nodes: (Named & { officials: { person: Named }[] })[] } }>(
      '{ organizations(first: 100) { nodes { id name officials(first: 20) { person { id name } } } } }',
    );
    const withOfficials = orgs.organizations.nodes.filter((o) => o.officials.length > 0);
    const org = withOfficials.sort((a, b) => a.officials.length - b.officials.length)[0];
    expect(org, 'an organization with officials').toBeDefined();
    const people = await query<{ people: { nodes: Named[] } }>(
      'query ($org: String) { people(filter: { organization: $org }, first: 100) { nodes { id name } } }',
      { org: org!.id },
    );
    expect(people.people.nodes.map((p) => p.id).sort()).toEqual(
      [...new Set(org!.officials.map((o) => o.person.id))].sort(),
    );
  });
});

describe('Query.organizations', () => {
  it('finds a group by a folded name and filters by kind', async () => {
    const data = await query<{
      byName: { nodes: (Named & { kind: string })[] };
      byKind: { nodes: { kind: string }[] };
    }>(
      '{ byName: organizations(filter: { name: "the ISLAMIC state" }) { nodes { id name kind } } byKind: organizations(filter: { kind: "armed_group" }, first: 100) { nodes { kind } } }',
    );
    expect(data.byName.nodes.map((o) => foldName(o.name))).toContain('islamic state');
    expect(data.byKind.nodes.length).toBeGreaterThan(0);
    for (const o of data.byKind.nodes) expect(o.kind).toBe('armed_group');
  });
});

interface PlaceNode extends Named {
  latitude: number | null;
  longitude: number | null;
  parent: Named | null;
  ancestors: Named[];
}

describe('Query.places', () => {
  it('gives a city its hierarchy and coordinates', async () => {
    const data = await query<{ places: { nodes: PlaceNode[] } }>(
      '{ places(filter: { name: "amman" }) { nodes { id name latitude longitude parent { id name } ancestors { id name } } } }',
    );
    const amman = data.places.nodes.find((p) => p.ancestors.some((a) => a.name === 'Jordan'));
    expect(amman).toBeDefined();
    expect(amman!.parent?.id).toBe(amman!.ancestors[0]?.id);
    expect(Math.abs(amman!.latitude!)).toBeLessThanOrEqual(90);
    expect(Math.abs(amman!.longitude!)).toBeLessThanOrEqual(180);
  });

  it('lists the places inside a country, at any depth, and the country lists its children', async () => {
    const data = await query<{
      places: { nodes: PlaceNode[] };
      country: { nodes: { id: string; children: PlaceNode[] }[] };
    }>(
      '{ places(filter: { inside: "Syria" }, first: 100) { nodes { id name parent { id name } ancestors { id name } } } country: places(filter: { name: "Syria", kind: "country" }) { nodes { id children(first: 100) { id name ancestors { id } } } } }',
    );
    expect(data.places.nodes.map((p) => p.name)).toContain('Homs');
    for (const p of data.places.nodes) expect(p.ancestors.map((a) => a.name)).toContain('Syria');
    const syria = data.country.nodes[0];
    expect(syria?.children.length).toBeGreaterThan(0);
    // A place may have several parents (a city in its province and in its country): the country is one.
    for (const c of syria!.children) expect(c.ancestors.map((a) => a.id)).toContain(syria!.id);
  });

  it("gives a place's events, with or without the places inside it", async () => {
    const data = await query<{
      places: {
        nodes: { inside: { id: string }[]; own: { id: string; places: { id: string }[] }[]; id: string }[];
      };
    }>(
      '{ places(filter: { name: "Syria", kind: "country" }) { nodes { id inside: events(first: 100) { id } own: events(first: 100, includeInside: false) { id places { id } } } } }',
    );
    const syria = data.places.nodes[0]!;
    for (const e of syria.own) expect(e.places.map((p) => p.id)).toContain(syria.id);
    // With places inside, events placed only in a city or district of the country come back too.
    const insideOnly = await query<{ places: { nodes: { inside: { places: { id: string }[] }[] }[] } }>(
      '{ places(filter: { name: "Syria", kind: "country" }) { nodes { inside: events(first: 100) { places { id } } } } }',
    );
    const events = insideOnly.places.nodes[0]!.inside;
    expect(events.some((e) => !e.places.some((p) => p.id === syria.id))).toBe(true);
  });
});

describe('Query.articles', () => {
  it('lists every fixture article, newest first', async () => {
    const fixtures = readdirSync(FIXTURES_DIR).filter((f) => f.endsWith('.txt')).length;
    const data = await query<{ articles: { totalCount: number; nodes: { publishedAt: string | null }[] } }>(
      '{ articles(first: 100) { totalCount nodes { publishedAt } } }',
    );
    expect(data.articles.totalCount).toBeGreaterThanOrEqual(fixtures);
    const dates = data.articles.nodes.map((a) => a.publishedAt ?? '');
    expect(dates.filter((d) => d !== '')).toEqual([...dates.filter((d) => d !== '')].sort().reverse());
  });

  it('filters by publisher, case-insensitively, and by date range', async () => {
    const seed = goldOf(SEED).meta;
    const seedId = await fixtureArticleId(SEED);
    const data = await query<{
      articles: { nodes: { id: string; publisher: string; publishedAt: string }[] };
    }>(
      'query ($p: String, $day: Date) { articles(filter: { publisher: $p, from: $day, to: $day }, first: 100) { nodes { id publisher publishedAt } } }',
      { p: seed.publisher.toUpperCase(), day: seed.published },
    );
    expect(data.articles.nodes.map((a) => a.id)).toContain(seedId);
    for (const a of data.articles.nodes)
      expect(a).toMatchObject({ publisher: seed.publisher, publishedAt: seed.published });
    const before = await query<{ articles: { nodes: { id: string }[] } }>(
      'query ($p: String, $day: Date) { articles(filter: { publisher: $p, to: $day }, first: 100) { nodes { id } } }',
      { p: seed.publisher, day: '1999-12-31' },
    );
    expect(before.articles.nodes.map((a) => a.id)).not.toContain(seedId);
  });
});

describe('Query.node and Query.search', () => {
  it('looks any node up by id and gives null for an unknown id', async () => {
    const some = await query<{ events: { nodes: { id: string }[] }; people: { nodes: { id: string }[] } }>(
      '{ events(first: 1) { nodes { id } } people(first: 1) { nodes { id } } }',
    );
    const eventId = some.events.nodes[0]!.id;
    const personId = some.people.nodes[0]!.id;
    const data = await query<{
      e: { __typename: string; id: string };
      p: { __typename: string; id: string };
      none: null;
    }>(
      'query ($e: ID!, $p: ID!) { e: node(id: $e) { __typename id } p: node(id: $p) { __typename id } none: node(id: "event:nope") { id } }',
      { e: eventId, p: personId },
    );
    expect(data.e).toEqual({ __typename: 'Event', id: eventId });
    expect(data.p).toEqual({ __typename: 'Person', id: personId });
    expect(data.none).toBeNull();
  });

  it('searches all names while they are typed, best match first', async () => {
    const data = await query<{ search: { score: number; entity: { __typename: string; name: string } }[] }>(
      '{ search(text: "kerr") { score entity { __typename name } } }',
    );
    expect(data.search[0]?.entity.name).toMatch(/Kerry/);
    const scores = data.search.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe('links both ways', () => {
  it("a person's statements name that person as speaker", async () => {
    const data = await query<{ people: { nodes: (Named & { statements: { speaker: Named | null }[] })[] } }>(
      '{ people(filter: { name: "kerry" }) { nodes { id name statements(first: 50) { speaker { ... on Person { id name } } } } } }',
    );
    const kerry = data.people.nodes[0]!;
    expect(kerry.statements.length).toBeGreaterThan(0);
    for (const s of kerry.statements) expect(s.speaker?.id).toBe(kerry.id);
  });

  it("an article's events point back to it, and its mentions name it", async () => {
    const data = await query<{
      articles: {
        nodes: {
          id: string;
          events: { article: { id: string } }[];
          mentioned: { article: { id: string }; entity: Named; count: number }[];
        }[];
      };
    }>(
      '{ articles(first: 100) { nodes { id events { article { id } } mentioned { count article { id } entity { id name } } } } }',
    );
    const article = data.articles.nodes.find((a) => a.events.length > 0)!;
    for (const e of article.events) expect(e.article.id).toBe(article.id);
    expect(article.mentioned.length).toBeGreaterThan(0);
    for (const m of article.mentioned) {
      expect(m.article.id).toBe(article.id);
      expect(m.count).toBeGreaterThan(0);
    }
  });

  it("an event's casualty figures point back to it", async () => {
    const data = await query<{
      events: { nodes: { id: string; casualties: { kind: string; event: { id: string } }[] }[] };
    }>('{ events(filter: { minKilled: 1 }, first: 50) { nodes { id casualties { kind event { id } } } } }');
    const withFigures = data.events.nodes.filter((e) => e.casualties.length > 0);
    expect(withFigures.length).toBeGreaterThan(0);
    for (const e of withFigures) for (const c of e.casualties) expect(c.event.id).toBe(e.id);
  });
});
