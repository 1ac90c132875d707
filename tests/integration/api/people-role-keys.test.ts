import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { personQueryOf } from '../../../src/api/filters/entity-filters.ts';
import { deleteArticles } from '../../../src/graph/article-deleter.ts';
import { writeArticle } from '../../../src/graph/article-writer.ts';
import { migrate } from '../../../src/graph/migrate.ts';
import { findPeople } from '../../../src/graph/repositories/entities.ts';
import { buildArticle, buildExtraction } from '../../support/build-extraction.ts';
import { useGraphSuite } from '../../support/graph-suite.ts';
import { testNeo4j } from '../../support/neo4j.ts';
import { madeUpWord, testToken } from '../../support/test-token.ts';

// Made-up articles and extractions: one person, given a role by a first article and other titles by
// later ones, so the role filter of Query.people must follow the role edges as articles come and go.
const suite = useGraphSuite();

/** An article in which the person holds `title` (of a made-up country); `id`: a new version of that one. */
function articleWith(name: string, title: string, country: string, id?: string) {
  const fields = {
    url: `https://tests.invalid/role-keys/${testToken()}`,
    body: `${title} ${name} said "we will talk" on Monday.`,
  };
  const article = buildArticle(id === undefined ? fields : { ...fields, id });
  suite.written.push(article.id);
  const extraction = buildExtraction(article, {
    people: [
      {
        name,
        role: title,
        isOfficial: true,
        roleOf: { type: 'place', name: country, key: `place:${country.toLowerCase()}` },
      },
    ],
    places: [{ name: country, kind: 'country', countryCode: 'QQ' }],
  });
  return { article, extraction };
}

/** Whether Query.people's role filter finds the person. */
async function found(name: string, role: string): Promise<boolean> {
  const page = await findPeople(suite.db.executor, personQueryOf({ name, role }), {
    limit: 5,
    after: null,
    withTotal: true,
  });
  return page.total === 1 && page.rows[0]?.name === name;
}

async function roleKeys(name: string): Promise<string[] | null> {
  const [row] = await suite.probe.query<{ keys: string[] | null }>(
    'MATCH (p:Person {name: $name}) RETURN p.roleKeys AS keys',
    { name },
  );
  return row?.keys ?? null;
}

describe('Query.people role filter (roleKeys)', () => {
  it('finds a person by any title of a current role edge, and no longer by the title of a removed one', async () => {
    const w = { name: `Jane ${madeUpWord()}`, country: madeUpWord() };
    const first = articleWith(w.name, 'Minister', w.country);
    const second = articleWith(w.name, 'Special Envoy', w.country);
    await writeArticle(suite.db.executor, { ...first.article, textHash: 'v1' }, first.extraction);
    await writeArticle(suite.db.executor, { ...second.article, textHash: 'v1' }, second.extraction);
    expect((await roleKeys(w.name))?.sort()).toEqual(['minister', 'special envoy']);
    expect(await found(w.name, 'envoy')).toBe(true);
    expect(await found(w.name, 'governor')).toBe(false);

    // The second article now calls the person something else: its old title goes.
    const changed = articleWith(w.name, 'Governor', w.country, second.article.id);
    const outcome = await writeArticle(
      suite.db.executor,
      { ...changed.article, textHash: 'v2' },
      changed.extraction,
    );
    expect(outcome.status).toBe('replaced');
    expect(await found(w.name, 'governor')).toBe(true);
    expect(await found(w.name, 'envoy')).toBe(false);

    // Deleted, the article takes its title with it; the first article's role stays.
    await deleteArticles(suite.db.executor, [second.article.id]);
    expect(await found(w.name, 'governor')).toBe(false);
    expect(await found(w.name, 'minister')).toBe(true);
  });

  it('db migrate gives roleKeys to a person written without them, and a second run changes nothing', async () => {
    const w = { name: `John ${madeUpWord()}`, country: madeUpWord() };
    const { article, extraction } = articleWith(w.name, 'Deputy Governor', w.country);
    await writeArticle(suite.db.executor, { ...article, textHash: 'v1' }, extraction);
    // As a graph written before the writer kept roleKeys has it.
    const t = testNeo4j();
    const driver = neo4j.driver(t.uri, neo4j.auth.basic(t.user, t.password));
    try {
      await driver.executeQuery(
        'MATCH (p:Person {name: $name}) REMOVE p.roleKeys',
        { name: w.name },
        { database: t.database },
      );
    } finally {
      await driver.close();
    }
    expect(await roleKeys(w.name)).toBeNull();
    expect(await found(w.name, 'deputy')).toBe(true);
    await migrate(suite.db.executor);
    expect(await roleKeys(w.name)).toEqual(['deputy governor']);
    await migrate(suite.db.executor);
    expect(await roleKeys(w.name)).toEqual(['deputy governor']);
    expect(await found(w.name, 'deputy')).toBe(true);
    expect(await found(w.name, 'minister')).toBe(false);
  });
});
