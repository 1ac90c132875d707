import { describe, expect, it } from 'vitest';
import { DatabaseQueryError } from '../../../src/errors.ts';
import { writeArticle } from '../../../src/graph/article-writer.ts';
import { buildArticle, buildExtraction } from '../../support/build-extraction.ts';
import { articleFootprint } from '../../support/graph-probe.ts';
import { useGraphSuite } from '../../support/graph-suite.ts';
import { madeUpWord, testToken } from '../../support/test-token.ts';

// Made-up articles and extractions (not the NLP): these tests pin the writer's behaviour whatever the
// extractor yields. Every name carries a random word, so entities are this run's own.
const suite = useGraphSuite();

function scenario() {
  const w = { surname: madeUpWord(), city: madeUpWord(), country: madeUpWord(), group: madeUpWord() };
  const body =
    `A car bomb in ${w.city} killed 9 people, police said. The ${w.group} Front claimed it. ` +
    `Minister Jane ${w.surname} said "we will respond" in ${w.city}.`;
  const article = buildArticle({ url: `https://tests.invalid/writer/${testToken()}`, body });
  suite.written.push(article.id);
  const extraction = buildExtraction(article, {
    people: [{ name: `Jane ${w.surname}`, aliases: [w.surname], role: 'Minister', isOfficial: true, roleOf: { type: 'place', name: w.country, key: `place:${w.country.toLowerCase()}` } }],
    organizations: [{ name: `${w.group} Front`, kind: 'armed_group' }],
    places: [
      { name: w.country, kind: 'country', countryCode: 'QQ' },
      { name: w.city, kind: 'city', countryCode: 'QQ', parentKey: `place:${w.country.toLowerCase()}` },
    ],
    events: [{ type: 'CAR_BOMBING', date: '2020-01-01', placeKey: `place:${w.city.toLowerCase()}`, killed: { min: 9, max: 9 }, claimedBy: [`${w.group} Front`] }],
    casualties: [{ eventKey: 'event:1', kind: 'killed', min: 9, max: 9, source: { type: 'anonymous', name: 'police', key: null } }],
    statements: [{ quote: 'we will respond', speakerRef: { type: 'person', name: `Jane ${w.surname}`, key: `person:jane ${w.surname.toLowerCase()}` }, placeKey: `place:${w.city.toLowerCase()}`, eventKeys: ['event:1'] }],
  });
  return { w, article, extraction };
}

describe('writeArticle', () => {
  it('writes events in their place hierarchy, casualties with sources and statements with speakers', async () => {
    const { w, article, extraction } = scenario();
    const outcome = await writeArticle(suite.db.executor, { ...article, textHash: 'v1' }, extraction);
    expect(outcome.status).toBe('created');
    expect(outcome.counters.nodesCreated).toBeGreaterThan(0);
    const [row] = await suite.probe.query(
      `MATCH (e:Event {articleId: $id})-[:OCCURRED_IN]->(city:Place)-[:IN]->(country:Place)
       MATCH (e)-[:HAS_CASUALTIES]->(c:Casualty)-[:REPORTED_BY]->(src:Anonymous)
       MATCH (org:Organization)-[:CLAIMED]->(e)
       MATCH (p:Person:Official)-[:SAID]->(s:Statement)-[:ABOUT]->(e), (s)-[:SAID_AT]->(city)
       MATCH (p)-[role:HOLDS_ROLE]->(country)
       MATCH (e)-[ev:REPORTED_IN]->(a:Article {id: $id})
       RETURN e.type AS type, toString(e.date) AS date, e.killedMin AS killed, city.name AS city, country.name AS country,
         c.min AS figure, src.name AS source, org.name AS org, p.name AS speaker, s.text AS text, role.title AS title,
         ev.sentence AS sentence`,
      { id: article.id },
    );
    expect(row).toEqual({
      type: 'CAR_BOMBING', date: '2020-01-01', killed: 9, city: w.city, country: w.country, figure: 9, source: 'police',
      org: `${w.group} Front`, speaker: `Jane ${w.surname}`, text: 'we will respond', title: 'Minister',
      sentence: article.body.slice(0, 20),
    });
  });

  it('changes nothing when the same article is written again, and keeps ids when forced', async () => {
    const { article, extraction } = scenario();
    await writeArticle(suite.db.executor, { ...article, textHash: 'v1' }, extraction);
    const before = await articleFootprint(suite.probe, [article.id]);
    const again = await writeArticle(suite.db.executor, { ...article, textHash: 'v1' }, extraction);
    expect(again.status).toBe('unchanged');
    expect(again.counters.nodesCreated + again.counters.relationshipsCreated).toBe(0);
    expect(await articleFootprint(suite.probe, [article.id])).toEqual(before);
    const forced = await writeArticle(suite.db.executor, { ...article, textHash: 'v1' }, extraction, { force: true });
    expect(forced.status).toBe('replaced');
    expect(await articleFootprint(suite.probe, [article.id])).toEqual(before);
  });

  it('replaces a changed article\'s own facts and leaves shared entities and other articles alone', async () => {
    const first = scenario();
    const other = buildArticle({ url: `https://tests.invalid/writer/${testToken()}`, body: `Jane ${first.w.surname} visited ${first.w.city}.` });
    suite.written.push(other.id);
    const otherX = buildExtraction(other, { people: [{ name: `Jane ${first.w.surname}` }], places: [{ name: first.w.city, countryCode: 'QQ', kind: 'city' }] });
    await writeArticle(suite.db.executor, { ...first.article, textHash: 'v1' }, first.extraction);
    await writeArticle(suite.db.executor, { ...other, textHash: 'v1' }, otherX);
    const otherBefore = await articleFootprint(suite.probe, [other.id]);

    const changed = { ...first.extraction, events: [], casualties: [], statements: [] };
    const outcome = await writeArticle(suite.db.executor, { ...first.article, textHash: 'v2' }, changed);
    expect(outcome.status).toBe('replaced');
    const [facts] = await suite.probe.query<{ n: number }>(
      'MATCH (n) WHERE (n:Event OR n:Casualty OR n:Statement OR n:Anonymous) AND n.articleId = $id RETURN count(n) AS n',
      { id: first.article.id },
    );
    expect(facts?.n).toBe(0);
    expect(await articleFootprint(suite.probe, [other.id])).toEqual(otherBefore);
    const [hash] = await suite.probe.query<{ h: string }>('MATCH (a:Article {id: $id}) RETURN a.textHash AS h', { id: first.article.id });
    expect(hash?.h).toBe('v2');
  });

  it('merges the same person and place from two articles, and a surname-only mention into the full name', async () => {
    const { w, article, extraction } = scenario();
    const second = buildArticle({ url: `https://tests.invalid/writer/${testToken()}`, body: `${w.surname} spoke in ${w.city} on Monday.` });
    suite.written.push(second.id);
    const secondX = buildExtraction(second, {
      people: [{ name: w.surname }],
      places: [{ name: w.city, countryCode: 'QQ', kind: 'city' }],
    });
    await writeArticle(suite.db.executor, { ...article, textHash: 'v1' }, extraction);
    await writeArticle(suite.db.executor, { ...second, textHash: 'v1' }, secondX);
    const rows = await suite.probe.query<{ label: string; n: number; articles: number }>(
      `MATCH (e)-[:MENTIONED_IN]->(a:Article) WHERE a.id IN $ids AND (e:Person OR e:Place) AND any(k IN e.nameKeys WHERE k IN $keys)
       RETURN labels(e)[0] AS label, count(DISTINCT e) AS n, count(DISTINCT a) AS articles ORDER BY label`,
      { ids: [article.id, second.id], keys: [w.surname.toLowerCase(), w.city.toLowerCase()] },
    );
    expect(rows).toEqual([
      { label: 'Person', n: 1, articles: 2 },
      { label: 'Place', n: 1, articles: 2 },
    ]);
  });

  it('does not merge two people who only share a surname', async () => {
    const surname = madeUpWord();
    const a = buildArticle({ url: `https://tests.invalid/writer/${testToken()}`, body: `Anna ${surname} spoke.` });
    const b = buildArticle({ url: `https://tests.invalid/writer/${testToken()}`, body: `Boris ${surname} spoke. ${surname} left.` });
    const c = buildArticle({ url: `https://tests.invalid/writer/${testToken()}`, body: `${surname} said nothing.` });
    suite.written.push(a.id, b.id, c.id);
    await writeArticle(suite.db.executor, { ...a, textHash: 'v1' }, buildExtraction(a, { people: [{ name: `Anna ${surname}` }] }));
    await writeArticle(suite.db.executor, { ...b, textHash: 'v1' }, buildExtraction(b, { people: [{ name: `Boris ${surname}`, aliases: [surname] }] }));
    await writeArticle(suite.db.executor, { ...c, textHash: 'v1' }, buildExtraction(c, { people: [{ name: surname }] }));
    const rows = await suite.probe.query<{ id: string }>(
      'MATCH (p:Person)-[:MENTIONED_IN]->(a:Article) WHERE a.id IN $ids RETURN DISTINCT p.id AS id ORDER BY id',
      { ids: [a.id, b.id, c.id] },
    );
    const key = surname.toLowerCase();
    // "Surname" alone is ambiguous between Anna and Boris, so it stays a person of its own.
    expect(rows.map((r) => r.id)).toEqual([`person:anna ${key}`, `person:boris ${key}`, `person:${key}`]);
  });

  it('folds a one-word person of an earlier article into the full name a later article brings', async () => {
    const surname = madeUpWord();
    const early = buildArticle({ url: `https://tests.invalid/writer/${testToken()}`, body: `${surname} said "no comment".` });
    const later = buildArticle({ url: `https://tests.invalid/writer/${testToken()}`, body: `Vera ${surname} arrived.` });
    suite.written.push(early.id, later.id);
    const speaker = { type: 'person' as const, name: surname, key: `person:${surname.toLowerCase()}` };
    await writeArticle(suite.db.executor, { ...early, textHash: 'v1' }, buildExtraction(early, { people: [{ name: surname }], statements: [{ quote: 'no comment', speakerRef: speaker }] }));
    await writeArticle(suite.db.executor, { ...later, textHash: 'v1' }, buildExtraction(later, { people: [{ name: `Vera ${surname}` }] }));
    const rows = await suite.probe.query<{ id: string; aliases: string[]; articles: number; said: number }>(
      `MATCH (p:Person)-[:MENTIONED_IN]->(a:Article) WHERE a.id IN $ids
       RETURN p.id AS id, p.aliases AS aliases, count(DISTINCT a) AS articles, COUNT { (p)-[:SAID]->() } AS said`,
      { ids: [early.id, later.id] },
    );
    expect(rows).toEqual([{ id: `person:vera ${surname.toLowerCase()}`, aliases: [surname], articles: 2, said: 1 }]);
  });

  it('leaves no trace of an article whose transaction fails after some writes', async () => {
    const { w, article, extraction } = scenario();
    // An impossible date makes merge-events fail after the entity batches ran in the same transaction.
    const broken = { ...extraction, events: extraction.events.map((e) => ({ ...e, date: '2020-02-31' })) };
    await expect(writeArticle(suite.db.executor, { ...article, textHash: 'v1' }, broken)).rejects.toBeInstanceOf(DatabaseQueryError);
    const [row] = await suite.probe.query<{ articles: number; entities: number; facts: number }>(
      `OPTIONAL MATCH (a:Article {id: $id}) WITH count(a) AS articles
       OPTIONAL MATCH (e) WHERE (e:Person OR e:Place OR e:Organization) AND any(k IN e.nameKeys WHERE k IN $keys)
       WITH articles, count(e) AS entities
       OPTIONAL MATCH (f) WHERE (f:Event OR f:Casualty OR f:Statement OR f:Anonymous) AND f.articleId = $id
       RETURN articles, entities, count(f) AS facts`,
      { id: article.id, keys: [w.city.toLowerCase(), `${w.group.toLowerCase()} front`, `jane ${w.surname.toLowerCase()}`] },
    );
    expect(row).toEqual({ articles: 0, entities: 0, facts: 0 });
  });
});
