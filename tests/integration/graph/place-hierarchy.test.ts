import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { writeArticle } from '../../../src/graph/article-writer.ts';
import { buildArticle, buildExtraction } from '../../support/build-extraction.ts';
import { useGraphSuite } from '../../support/graph-suite.ts';
import { testNeo4j } from '../../support/neo4j.ts';
import { madeUpWord, testToken } from '../../support/test-token.ts';

// Articles that disagree about which place lies in which: the (:Place)-[:IN]->(:Place) hierarchy must
// stay a tree (one parent per place, no cycle) whatever order they come in. Made-up names, this run's own.
const suite = useGraphSuite();

const legacyPrefix = `place:test-legacy-${testToken()}:`;
const legacyIds: string[] = [];

/** Writes a graph as an older writer left it (the probe only reads). */
async function writeLegacy(cypher: string, params: Record<string, unknown>): Promise<void> {
  const t = testNeo4j();
  const driver = neo4j.driver(t.uri, neo4j.auth.basic(t.user, t.password));
  try {
    await driver.executeQuery(cypher, params, { database: t.database });
  } finally {
    await driver.close();
  }
}

// Runs before the suite's own clean-up (after-hooks run in reverse order), which deletes the articles.
afterAll(async () => {
  await writeLegacy('MATCH (p:Place) WHERE p.id STARTS WITH $prefix OR p.id IN $ids DETACH DELETE p', {
    prefix: legacyPrefix,
    ids: legacyIds,
  });
});

const key = (name: string): string => `place:${name.toLowerCase()}`;

/** One article naming `child` inside `parent` (both regions of a made-up country). */
async function writeInside(child: string, parent: string): Promise<void> {
  const article = buildArticle({
    url: `https://tests.invalid/places/${testToken()}`,
    body: `Fighting in ${child}, ${parent}.`,
  });
  suite.written.push(article.id);
  const extraction = buildExtraction(article, {
    places: [
      { name: parent, kind: 'region', countryCode: 'QQ' },
      { name: child, kind: 'region', countryCode: 'QQ', parentKey: key(parent) },
    ],
  });
  await writeArticle(suite.db.executor, { ...article, textHash: 'v1' }, extraction);
}

async function parentsOf(names: string[]): Promise<Record<string, string[]>> {
  const rows = await suite.probe.query(
    `UNWIND $names AS name MATCH (p:Place {name: name})
     RETURN name, [(p)-[:IN]->(x:Place) | x.name] AS parents`,
    { names },
  );
  return Object.fromEntries(rows.map((r) => [String(r.name), (r.parents as string[]).sort()]));
}

describe('place hierarchy', () => {
  it('keeps one parent per place and no cycle when articles disagree, and takes a more specific parent', async () => {
    const [a, b, c, d] = [madeUpWord(), madeUpWord(), madeUpWord(), madeUpWord()];
    await writeInside(a, b); // a in b
    await writeInside(b, a); // would close a cycle: refused
    await writeInside(a, c); // a second, unrelated parent: the first stays
    expect(await parentsOf([a, b, c])).toEqual({ [a]: [b], [b]: [], [c]: [] });

    await writeInside(d, b); // d in b ...
    await writeInside(a, d); // ... so "a in d" is more specific than "a in b": it replaces it
    expect(await parentsOf([a, b, d])).toEqual({ [a]: [d], [b]: [], [d]: [b] });

    const cycles = await suite.probe.query(
      `MATCH (p:Place) WHERE p.name IN $names AND EXISTS { (p)-[:IN*1..10]->(p) } RETURN p.name AS name`,
      { names: [a, b, c, d] },
    );
    expect(cycles).toEqual([]);
  });

  it('decides quickly on a graph written before the rule, with several parents per place and a cycle', async () => {
    // 17 levels of 5 places, each inside all 5 of the level above, the top inside the bottom: a search
    // that walks every path would follow 5^16 of them (a variable-length EXISTS took 22 s with 3).
    await writeLegacy(
      `UNWIND range(0, 16) AS level UNWIND range(0, 4) AS i
       CREATE (:Place {id: $prefix + level + '-' + i, name: 'legacy ' + level + '-' + i})`,
      { prefix: legacyPrefix },
    );
    await writeLegacy(
      `MATCH (a:Place), (b:Place) WHERE a.id STARTS WITH $prefix AND b.id STARTS WITH $prefix
       WITH a, b, toInteger(split(substring(a.id, size($prefix)), '-')[0]) AS la, toInteger(split(substring(b.id, size($prefix)), '-')[0]) AS lb
       WHERE lb = la + 1 OR (la = 16 AND lb = 0)
       CREATE (a)-[:IN]->(b)`,
      { prefix: legacyPrefix },
    );
    // A region of that old graph, below its bottom level; a new place goes inside it: the cycle check
    // searches up from the region through every level.
    const [child, region] = [madeUpWord(), madeUpWord()];
    await writeLegacy(
      `MATCH (bottom:Place {id: $bottom}) CREATE (:Place {id: $id, name: $name, kind: 'region', countryCode: 'QQ'})-[:IN]->(bottom)`,
      { bottom: `${legacyPrefix}0-0`, id: key(region).replace('place:', 'place:qq:'), name: region },
    );
    legacyIds.push(key(region).replace('place:', 'place:qq:'));
    await writeInside(child, region);
    expect(await parentsOf([child, region])).toEqual({ [child]: [region], [region]: ['legacy 0-0'] });
  });
});
