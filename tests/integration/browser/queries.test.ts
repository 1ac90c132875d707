import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/graph/database.ts';
import type { Row } from '../../../src/graph/executor.ts';
import { openTestDatabase, testNeo4j } from '../../support/neo4j.ts';
import {
  DISPUTED,
  loadFixturesThroughCli,
  num,
  openCheckDriver,
  removeDisputedArticle,
  seedTitle,
  writeDisputedArticle,
  type CheckDriver,
} from './support.ts';

/*
 * Every query in cypher/queries/ runs by name through the Executor against the fixtures loaded with
 * `conflict-kg fixtures load`, with parameters picked from the graph (never corpus names), and its
 * rows are checked for shape and against an independent, simpler Cypher count. A made-up article
 * whose sources disagree is written through the production writer for the conflict queries.
 */
let db: Database;
let check: CheckDriver;
let seedId: string;
let disputedId: string;

const read = (name: string, params: Record<string, unknown> = {}): Promise<Row[]> =>
  db.executor.read(`queries/${name}`, params);
const str = (value: unknown): string => String(value);
const first = async (cypher: string, params: Record<string, unknown> = {}): Promise<Row> => {
  const rows = await check.run(cypher, params);
  if (!rows[0]) throw new Error(`the fixtures give nothing for: ${cypher}`);
  return rows[0];
};

beforeAll(async () => {
  await loadFixturesThroughCli(testNeo4j());
  db = await openTestDatabase();
  check = openCheckDriver(testNeo4j());
  seedId = str(
    (await first('MATCH (a:Article {title: $title}) RETURN a.id AS id', { title: seedTitle() })).id,
  );
  disputedId = await writeDisputedArticle(db);
}, 300_000);

afterAll(async () => {
  if (disputedId) await removeDisputedArticle(check, disputedId);
  await check?.close();
  await db?.close();
});

describe('01-articles', () => {
  it('lists every article once, with counts that match the graph', async () => {
    const rows = await read('01-articles');
    const total = num((await first('MATCH (a:Article) RETURN count(a) AS n')).n);
    expect(rows).toHaveLength(total!);
    const seed = rows.find((r) => r.articleId === seedId);
    expect(seed).toBeDefined();
    const events = num(
      (
        await first('MATCH (:Article {id: $id})<-[:REPORTED_IN]-(e:Event) RETURN count(e) AS n', {
          id: seedId,
        })
      ).n,
    );
    expect(num(seed!.events)).toBe(events);
    expect(events).toBeGreaterThan(0);
  });
});

describe('02-article-story', () => {
  it("draws the seed's events, their places and the speakers of its statements, all from the seed", async () => {
    const rows = await read('02-article-story', { articleId: seedId });
    expect(rows.length).toBeGreaterThan(0);
    const nodes = new Map<string, PathNode>();
    const segments: PathRel[] = [];
    for (const row of rows) {
      const path = row.p as {
        segments: Array<{ start: PathNode; relationship: PathRel; end: PathNode }>;
        start: PathNode;
      };
      nodes.set(path.start.elementId, path.start);
      for (const s of path.segments) {
        nodes.set(s.start.elementId, s.start);
        nodes.set(s.end.elementId, s.end);
        segments.push(s.relationship);
      }
    }
    // A path walks relationships either way; their own start and end give the direction.
    const rels = segments.map((r) => ({
      type: r.type,
      from: nodes.get(r.startNodeElementId)!.labels,
      to: nodes.get(r.endNodeElementId)!.labels,
    }));
    const all = [...nodes.values()];
    for (const n of all.filter((n) => ['Event', 'Casualty', 'Statement'].some((l) => n.labels.includes(l)))) {
      expect(n.properties.articleId).toBe(seedId);
    }
    const eventCount = all.filter((n) => n.labels.includes('Event')).length;
    const expected = num(
      (
        await first('MATCH (:Article {id: $id})<-[:REPORTED_IN]-(e:Event) RETURN count(e) AS n', {
          id: seedId,
        })
      ).n,
    );
    expect(eventCount).toBe(expected);
    expect(
      rels.some((r) => r.type === 'OCCURRED_IN' && r.from.includes('Event') && r.to.includes('Place')),
    ).toBe(true);
    expect(rels.some((r) => r.type === 'SAID' && r.to.includes('Statement'))).toBe(true);
    for (const r of rels.filter((r) => r.type === 'IN'))
      expect([r.from, r.to].every((l) => l.includes('Place'))).toBe(true);
  });
});
interface PathNode {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}
interface PathRel {
  type: string;
  startNodeElementId: string;
  endNodeElementId: string;
}

describe('03-event-said-about', () => {
  it('gives every statement, claim and figure about the most talked-about event', async () => {
    const eventId = str(
      (
        await first(
          `MATCH (e:Event) RETURN e.id AS id
           ORDER BY size([(e)<-[:ABOUT|CLAIMED|DENIED|CARRIED_OUT]-() | e]) + size([(e)-[:HAS_CASUALTIES]->() | e]) DESC, e.id LIMIT 1`,
        )
      ).id,
    );
    const rows = await read('03-event-said-about', { eventId });
    const expected = num(
      (
        await first(
          `MATCH (e:Event {id: $eventId})
           RETURN COUNT { (e)<-[:ABOUT]-(:Statement) } + COUNT { (e)<-[:CLAIMED|DENIED|CARRIED_OUT]-() }
                + COUNT { (e)-[:HAS_CASUALTIES]->(:Casualty) } AS n`,
          { eventId },
        )
      ).n,
    );
    expect(expected).toBeGreaterThan(0);
    expect(rows).toHaveLength(expected!);
    for (const row of rows) {
      expect(['statement', 'claimed', 'denied', 'carried_out', 'casualty figure']).toContain(row.what);
      expect(typeof row.said).toBe('string');
    }
  });
});

describe('04-official-statements', () => {
  it("lists one speaker's statements across articles, oldest first", async () => {
    const speaker = await first(
      `MATCH (p:Person)-[:SAID]->(s:Statement)
       RETURN p.name AS name, p:Official AS official, count(s) AS n ORDER BY official DESC, n DESC, name LIMIT 1`,
    );
    const rows = await read('04-official-statements', { name: str(speaker.name).toUpperCase() });
    expect(rows.filter((r) => r.speaker === speaker.name)).toHaveLength(num(speaker.n)!);
    const dates = rows.map((r) => str(r.date));
    expect(dates).toEqual([...dates].sort());
    for (const row of rows) expect(['direct', 'indirect']).toContain(row.kind);
  });
});

describe('05-events-by-place', () => {
  it('finds the events in a place and below it, each with its chain of places from the top', async () => {
    const root = await first(
      `MATCH (e:Event)-[:OCCURRED_IN]->(:Place)-[:IN*0..8]->(p:Place)
       RETURN p.name AS name, count(DISTINCT e) AS n ORDER BY n DESC, name LIMIT 1`,
    );
    const rows = await read('05-events-by-place', { place: str(root.name).toLowerCase() });
    expect(new Set(rows.map((r) => r.eventId)).size).toBe(num(root.n));
    for (const row of rows) {
      const hierarchy = row.hierarchy as string[];
      expect(hierarchy[0]).toBe(root.name);
      expect(hierarchy.length).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('06-place-rollup', () => {
  it('counts events in each place and below, most first', async () => {
    const rows = await read('06-place-rollup');
    expect(rows.length).toBeGreaterThan(0);
    const counts = rows.map((r) => num(r.events)!);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const top = rows[0]!;
    const direct = num(
      (
        await first(
          `MATCH (e:Event)-[:OCCURRED_IN]->(:Place)-[:IN*0..8]->(p:Place {name: $name}) RETURN count(DISTINCT e) AS n`,
          { name: top.place },
        )
      ).n,
    );
    expect(num(top.events)).toBe(direct);
  });
});

describe('07-casualty-figures', () => {
  it('keeps both figures when two sources disagree, each with who reported it', async () => {
    const eventId = str(
      (
        await first('MATCH (:Article {id: $id})<-[:REPORTED_IN]-(e:Event) RETURN e.id AS id', {
          id: disputedId,
        })
      ).id,
    );
    const rows = await read('07-casualty-figures', { eventId });
    expect(rows.map((r) => num(r.min)).sort()).toEqual([12, 30]);
    for (const row of rows) {
      expect(row.kind).toBe('killed');
      expect(row.disagrees).toBe(true);
      expect((row.reportedBy as string[]).length).toBe(1);
    }
    const byMin = new Map(rows.map((r) => [num(r.min), (r.reportedBy as string[])[0]]));
    expect(byMin.get(30)).toBe(DISPUTED.source);
    expect(byMin.get(12)).toBe('hospital staff');
  });

  it("lists an extracted event's figures with their evidence sentences", async () => {
    const picked = await first(
      `MATCH (e:Event)-[:HAS_CASUALTIES]->(c) WHERE e.articleId <> $disputed
       RETURN e.id AS id, count(c) AS n ORDER BY n DESC, id LIMIT 1`,
      { disputed: disputedId },
    );
    const rows = await read('07-casualty-figures', { eventId: picked.id });
    expect(rows).toHaveLength(num(picked.n)!);
    for (const row of rows) {
      expect(['killed', 'injured', 'missing', 'abducted']).toContain(row.kind);
      expect(typeof row.evidence).toBe('string');
      expect(typeof row.disagrees).toBe('boolean');
    }
  });
});

describe('08-casualty-conflicts', () => {
  it('reports exactly the events whose figures of one kind differ', async () => {
    const rows = await read('08-casualty-conflicts');
    const all = await check.run(
      'MATCH (e:Event)-[:HAS_CASUALTIES]->(c:Casualty) RETURN e.id AS eventId, c.kind AS kind, c.min AS min, c.max AS max',
    );
    const values = new Map<string, Set<string>>();
    for (const r of all) {
      const key = `${str(r.eventId)}|${str(r.kind)}`;
      values.set(key, (values.get(key) ?? new Set()).add(`${num(r.min)}/${num(r.max)}`));
    }
    const expected = [...values]
      .filter(([, v]) => v.size > 1)
      .map(([k]) => k)
      .sort();
    expect(rows.map((r) => `${str(r.eventId)}|${str(r.kind)}`).sort()).toEqual(expected);
    const disputed = rows.find((r) => str(r.eventId).startsWith(`${disputedId}/`));
    expect(disputed).toBeDefined();
    const figures = disputed!.figures as Array<{ min: unknown; reportedBy: string[] }>;
    expect(figures.map((f) => num(f.min)).sort()).toEqual([12, 30]);
  });
});

describe('09-claims-by-group', () => {
  it('lists what a group claimed or carried out, and every group for an empty name', async () => {
    const all = await read('09-claims-by-group', { group: '' });
    const total = num(
      (await first('MATCH ()-[r:CLAIMED|DENIED|CARRIED_OUT]->(:Event) RETURN count(r) AS n')).n,
    );
    expect(all).toHaveLength(total!);
    expect(total).toBeGreaterThan(0);
    const group = str(all[0]!.group);
    const rows = await read('09-claims-by-group', { group: group.toLowerCase() });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(['CLAIMED', 'DENIED', 'CARRIED_OUT']).toContain(row.relation);
      expect(typeof row.eventId).toBe('string');
    }
  });
});

describe('10-co-mentioned-people', () => {
  it('finds the people named in the same articles as an organisation', async () => {
    const picked = await first(
      `MATCH (g:Organization)-[:MENTIONED_IN]->(a:Article)<-[:MENTIONED_IN]-(p:Person)
       RETURN g.name AS group, count(DISTINCT p) AS people ORDER BY people DESC, group LIMIT 1`,
    );
    const rows = await read('10-co-mentioned-people', { group: picked.group });
    expect(new Set(rows.map((r) => r.person)).size).toBeGreaterThanOrEqual(num(picked.people)!);
    for (const row of rows) {
      expect(num(row.sharedArticles)).toBeGreaterThanOrEqual(1);
      expect(num(row.mentions)).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('11-evidence', () => {
  it("gives a statement's sentence and the exact span of the article it was read from", async () => {
    const id = str(
      (
        await first('MATCH (s:Statement {articleId: $a}) RETURN s.id AS id ORDER BY id LIMIT 1', {
          a: seedId,
        })
      ).id,
    );
    const rows = await read('11-evidence', { id });
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.link).toBe('reported in');
    expect(str(row.span).length).toBeGreaterThan(0);
    expect(str(row.span)).toBe(
      str(
        (
          await first('MATCH (a:Article {id: $a}) RETURN substring(a.body, $s, $e - $s) AS t', {
            a: seedId,
            s: row.start,
            e: row.end,
          })
        ).t,
      ),
    );
  });

  it("gives a place's first mention in each article that names it", async () => {
    const place = await first(
      'MATCH (p:Place)-[m:MENTIONED_IN]->(:Article) RETURN p.id AS id, count(m) AS n ORDER BY n DESC, id LIMIT 1',
    );
    const rows = await read('11-evidence', { id: place.id });
    expect(rows).toHaveLength(num(place.n)!);
    for (const row of rows) {
      expect(row.link).toBe('mentioned in');
      expect(str(row.span).length).toBeGreaterThan(0);
    }
  });
});

describe('12-deadliest-events', () => {
  it('ranks events by their lowest death toll and honours the limit', async () => {
    const rows = await read('12-deadliest-events', { limit: 3 });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(3);
    const tolls = rows.map((r) => num(r.killedMin) ?? num(r.killedMax)!);
    expect(tolls).toEqual([...tolls].sort((a, b) => b - a));
  });
});

describe('13-timeline', () => {
  it('gives the dated events between two days, oldest first', async () => {
    const span = await first(
      'MATCH (e:Event) WHERE e.date IS NOT NULL RETURN toString(min(e.date)) AS from, toString(max(e.date)) AS to, count(e) AS n',
    );
    expect(num(span.n)).toBeGreaterThan(0);
    const rows = await read('13-timeline', { from: span.from, to: span.to });
    expect(rows).toHaveLength(num(span.n)!);
    const dates = rows.map((r) => str(r.date));
    expect(dates).toEqual([...dates].sort());
    const narrower = await read('13-timeline', { from: span.to, to: span.to });
    for (const row of narrower) expect(str(row.date)).toBe(span.to);
  });
});

describe('14-events-near', () => {
  it('finds an event at its own place at distance zero, nearest first', async () => {
    const place = await first(
      `MATCH (:Event)-[:OCCURRED_IN]->(p:Place) WHERE p.location IS NOT NULL
       RETURN p.name AS name ORDER BY p.id LIMIT 1`,
    );
    const rows = await read('14-events-near', { place: place.name, km: 100 });
    expect(rows.length).toBeGreaterThan(0);
    const distances = rows.map((r) => Number(r.km));
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    for (const d of distances) expect(d).toBeLessThanOrEqual(100);
    expect(distances[0]).toBe(0);
  });
});

describe('15-statement-search', () => {
  it('finds statements by a word they contain, best first', async () => {
    const text = str(
      (
        await first(
          'MATCH (s:Statement {articleId: $a}) RETURN s.text AS t ORDER BY size(s.text) DESC LIMIT 1',
          { a: seedId },
        )
      ).t,
    );
    const word = text
      .split(/[^A-Za-z]+/)
      .filter((w) => w.length >= 7)
      .sort((a, b) => b.length - a.length)[0]!;
    const rows = await read('15-statement-search', { q: word.toLowerCase() });
    expect(rows.length).toBeGreaterThan(0);
    expect(str(rows[0]!.text).toLowerCase()).toContain(word.toLowerCase());
    const scores = rows.map((r) => Number(r.score));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe('16-unnamed-sources', () => {
  it("lists unnamed sources' statements and figures, including the made-up report's", async () => {
    const rows = await read('16-unnamed-sources');
    const expected = num(
      (
        await first(
          `RETURN COUNT { (:Anonymous)-[:SAID]->(:Statement) } + COUNT { (:Casualty)-[:REPORTED_BY]->(:Anonymous) } AS n`,
        )
      ).n,
    );
    expect(rows).toHaveLength(expected!);
    const mine = rows.filter((r) => r.article === 'Disputed toll (conflict-kg browser tests)');
    expect(mine.map((r) => `${str(r.what)}:${str(r.source)}`).sort()).toEqual([
      'casualty figure:hospital staff',
      'statement:a witness',
    ]);
  });
});
