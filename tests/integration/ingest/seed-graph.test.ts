import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticleFile } from '../../../src/article/read-file.ts';
import { PROJECT_ROOT } from '../../../src/config.ts';
import { extract } from '../../../src/extract/pipeline.ts';
import type { ArticleInput, Extraction } from '../../../src/extract/types.ts';
import { deleteArticles } from '../../../src/graph/article-deleter.ts';
import type { Database } from '../../../src/graph/database.ts';
import { factId, isGazetteerPlace, placeId } from '../../../src/graph/node-ids.ts';
import { personKey } from '../../../src/graph/person-name.ts';
import { ingestArticles } from '../../../src/ingest/ingest-service.ts';
import { articleFootprint, openProbe, type GraphProbe } from '../../support/graph-probe.ts';
import { asReadResults, asTestArticle, testResources } from '../../support/ingest-helpers.ts';
import { openTestDatabase } from '../../support/neo4j.ts';

// The seed through the production path (reader, extractor, writer). Assertions compare the graph with
// the extractor's own output for the seed, so they hold whatever the NLP finds, and they require that
// it finds something in each category the seed certainly has.
const SEED = resolve(PROJECT_ROOT, 'fixtures/articles/vice-2016-syria-ceasefire.txt');
let db: Database;
let probe: GraphProbe;
let seed: ArticleInput;
let extraction: Extraction;

beforeAll(async () => {
  db = await openTestDatabase();
  probe = openProbe();
  seed = asTestArticle(await readArticleFile(SEED), 'seed');
  extraction = extract(seed, testResources());
  const summary = await ingestArticles(asReadResults([seed]), { executor: db.executor, resources: testResources() });
  expect(summary.failures).toEqual([]);
});

afterAll(async () => {
  await deleteArticles(db.executor, [seed.id]);
  await probe.close();
  await db.close();
});

describe('the seed article in the graph', () => {
  it('has every extracted event as an Event with the same type, date and figures', async () => {
    expect(extraction.events.length).toBeGreaterThan(0);
    const rows = await probe.query(
      `MATCH (e:Event {articleId: $id})-[:REPORTED_IN]->(:Article {id: $id})
       RETURN e.id AS id, e.type AS type, CASE WHEN e.date IS NULL THEN null ELSE toString(e.date) END AS date,
         e.killedMin AS killedMin, e.killedMax AS killedMax, e.injuredMin AS injuredMin, e.injuredMax AS injuredMax
       ORDER BY id`,
      { id: seed.id },
    );
    const expected = extraction.events
      .map((e) => ({
        id: factId(seed.id, e.key), type: e.type, date: e.date,
        killedMin: e.killed?.min ?? null, killedMax: e.killed?.max ?? null,
        injuredMin: e.injured?.min ?? null, injuredMax: e.injured?.max ?? null,
      }))
      .sort((a, b) => a.id.localeCompare(b.id));
    expect(rows).toEqual(expected);
  });

  it('places each event where the extractor put it, inside the same place hierarchy', async () => {
    const placed = extraction.events.filter((e) => e.placeKey);
    expect(placed.length).toBeGreaterThan(0);
    const byKey = new Map(extraction.places.map((p) => [p.key, p]));
    for (const event of placed) {
      const chain: string[] = [];
      for (let p = byKey.get(event.placeKey ?? ''); p; p = p.parentKey ? byKey.get(p.parentKey) : undefined) {
        if (!isGazetteerPlace(p)) break; // an unresolved place may have merged into a known one: checked below
        chain.push(placeId(p));
      }
      const [row] = await probe.query<{ path: string[] }>(
        `MATCH (:Event {id: $id})-[:OCCURRED_IN]->(p:Place)
         OPTIONAL MATCH path = (p)-[:IN*0..6]->(top:Place) WHERE NOT (top)-[:IN]->()
         RETURN [n IN nodes(path) | n.id] AS path`,
        { id: factId(seed.id, event.key) },
      );
      expect(row, `event ${event.key} has a place`).toBeDefined();
      // A gazetteer place is its own id, so its whole enclosing chain must be in the graph as IN edges.
      if (chain.length > 0) expect(row?.path.slice(0, chain.length)).toEqual(chain);
    }
  });

  it('keeps every casualty figure with its event and, when given, its source', async () => {
    expect(extraction.casualties.length).toBeGreaterThan(0);
    const rows = await probe.query<{ id: string; event: string | null; source: string | null; min: number | null; max: number | null; kind: string }>(
      `MATCH (c:Casualty {articleId: $id})
       OPTIONAL MATCH (e:Event)-[:HAS_CASUALTIES]->(c)
       OPTIONAL MATCH (c)-[:REPORTED_BY]->(s)
       RETURN c.id AS id, e.id AS event, s.name AS source, c.min AS min, c.max AS max, c.kind AS kind ORDER BY id`,
      { id: seed.id },
    );
    expect(rows).toHaveLength(extraction.casualties.length);
    for (const c of extraction.casualties) {
      const row = rows.find((r) => r.id === factId(seed.id, c.key));
      expect(row).toMatchObject({ event: factId(seed.id, c.eventKey), min: c.min, max: c.max, kind: c.kind });
      expect(row?.source === null).toBe(c.source === null);
    }
  });

  it('links every statement to a speaker who carries the extracted speaker name', async () => {
    expect(extraction.statements.length).toBeGreaterThan(0);
    const rows = await probe.query<{ id: string; text: string; speaker: string; keys: string[] | null }>(
      `MATCH (who)-[:SAID]->(s:Statement {articleId: $id})
       RETURN s.id AS id, s.text AS text, who.name AS speaker, who.nameKeys AS keys`,
      { id: seed.id },
    );
    expect(rows).toHaveLength(extraction.statements.length);
    for (const s of extraction.statements) {
      const row = rows.find((r) => r.id === factId(seed.id, s.key));
      expect(row?.text).toBe(s.quote);
      const known = row?.keys ?? [];
      expect(row?.speaker === s.speaker || known.includes(personKey(s.speaker)) || known.some((k) => k === s.speaker.toLowerCase())).toBe(true);
    }
  });

  it('has one Person per extracted person, mentioned in the article, officials labelled', async () => {
    expect(extraction.people.length).toBeGreaterThan(0);
    const rows = await probe.query<{ keys: string[]; official: boolean }>(
      'MATCH (p:Person)-[:MENTIONED_IN]->(:Article {id: $id}) RETURN p.nameKeys AS keys, p:Official AS official',
      { id: seed.id },
    );
    for (const person of extraction.people) {
      const row = rows.find((r) => r.keys.includes(personKey(person.name)));
      expect(row, person.name).toBeDefined();
      if (person.isOfficial) expect(row?.official).toBe(true);
    }
  });

  it('changes nothing when the seed is ingested again, and keeps the same ids when forced', async () => {
    const before = await articleFootprint(probe, [seed.id]);
    expect(before.nodes).toBeGreaterThan(1);
    const again = await ingestArticles(asReadResults([seed]), { executor: db.executor, resources: testResources() });
    expect(again).toMatchObject({ unchanged: 1, created: 0, replaced: 0, failed: 0 });
    expect(again.counters.nodesCreated + again.counters.relationshipsCreated).toBe(0);
    expect(await articleFootprint(probe, [seed.id])).toEqual(before);
    const forced = await ingestArticles(asReadResults([seed]), { executor: db.executor, resources: testResources() }, { force: true });
    expect(forced.replaced).toBe(1);
    expect(await articleFootprint(probe, [seed.id])).toEqual(before);
  });
});
