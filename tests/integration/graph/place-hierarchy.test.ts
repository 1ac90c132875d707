import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteArticles } from '../../../src/graph/article-deleter.ts';
import { writeArticle } from '../../../src/graph/article-writer.ts';
import type { Database } from '../../../src/graph/database.ts';
import { buildArticle, buildExtraction } from '../../support/build-extraction.ts';
import { openProbe, type GraphProbe } from '../../support/graph-probe.ts';
import { openTestDatabase } from '../../support/neo4j.ts';
import { madeUpWord, testToken } from '../../support/test-token.ts';

// Articles that disagree about which place lies in which: the (:Place)-[:IN]->(:Place) hierarchy must
// stay a tree (one parent per place, no cycle) whatever order they come in. Made-up names, this run's own.
let db: Database;
let probe: GraphProbe;
const written: string[] = [];

beforeAll(async () => {
  db = await openTestDatabase();
  probe = openProbe();
});

afterAll(async () => {
  await deleteArticles(db.executor, written);
  await probe.close();
  await db.close();
});

const key = (name: string): string => `place:${name.toLowerCase()}`;

/** One article naming `child` inside `parent` (both regions of a made-up country). */
async function writeInside(child: string, parent: string): Promise<void> {
  const article = buildArticle({
    url: `https://tests.invalid/places/${testToken()}`,
    body: `Fighting in ${child}, ${parent}.`,
  });
  written.push(article.id);
  const extraction = buildExtraction(article, {
    places: [
      { name: parent, kind: 'region', countryCode: 'QQ' },
      { name: child, kind: 'region', countryCode: 'QQ', parentKey: key(parent) },
    ],
  });
  await writeArticle(db.executor, { ...article, textHash: 'v1' }, extraction);
}

async function parentsOf(names: string[]): Promise<Record<string, string[]>> {
  const rows = await probe.query(
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

    const cycles = await probe.query(
      `MATCH (p:Place) WHERE p.name IN $names AND EXISTS { (p)-[:IN*1..10]->(p) } RETURN p.name AS name`,
      { names: [a, b, c, d] },
    );
    expect(cycles).toEqual([]);
  });
});
