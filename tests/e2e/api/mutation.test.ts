import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleId } from '../../../src/article/ids.ts';
import { deleteArticles } from '../../../src/graph/article-deleter.ts';
import type { Database } from '../../../src/graph/database.ts';
import { openTestDatabase, testNeo4j } from '../../support/neo4j.ts';
import { startTestServer, type TestServer } from './support/server.ts';

const TOKEN = `test-token-${randomUUID()}`;
const RUN = randomUUID().slice(0, 8);

const INGEST = `mutation ($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    changed
    article { id title url publisher publishedAt }
    events { type killed { min max } places { name } }
    statements { text speaker { ... on Person { name } } }
    people { name }
    places { name }
  }
}`;

/** A made-up report: general English, no corpus names. The url makes it this run's own article. */
function article(suffix = '') {
  return {
    title: `Bomb kills 14 at a market in Kandahar ${suffix}`.trim(),
    text:
      'KANDAHAR, Afghanistan — A bomb exploded at a crowded market in Kandahar on Tuesday, killing at least 14 people ' +
      'and wounding 30 others, officials said.\n\n' +
      '"This was a cowardly attack on civilians," provincial governor Farid Rahmani told reporters in Kandahar.\n\n' +
      'No group immediately claimed responsibility for the bombing.',
    url: `https://example.org/test/${RUN}/market-bomb${suffix ? `-${suffix}` : ''}`,
    publisher: 'Test Wire',
    published: '2021-05-04',
  };
}

let writer: Database;
let withToken: TestServer;
let withoutToken: TestServer;
const written: string[] = [];

beforeAll(async () => {
  writer = await openTestDatabase();
  withToken = await startTestServer(testNeo4j(), { apiToken: TOKEN });
  withoutToken = await startTestServer(testNeo4j());
});

afterAll(async () => {
  await deleteArticles(writer.executor, written);
  await withToken.close();
  await withoutToken.close();
  await writer.close();
});

const idOf = (input: ReturnType<typeof article>) =>
  articleId({ url: input.url, title: input.title, body: input.text });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function exists(id: string): Promise<boolean> {
  const res = await withToken.gql<{ node: { id: string } | null }>(
    'query ($id: ID!) { node(id: $id) { id } }',
    { id },
  );
  return res.data?.node != null;
}

describe('Mutation.ingestArticle', () => {
  it('refuses a request without the token as UNAUTHENTICATED and writes nothing', async () => {
    const input = article('no-token');
    written.push(idOf(input));
    for (const headers of [{}, bearer('wrong-token-of-enough-length'), { authorization: `Basic ${TOKEN}` }]) {
      const res = await withToken.gql(INGEST, { input }, headers);
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      expect(res.data).toBeNull();
    }
    expect(await exists(idOf(input))).toBe(false);
  });

  it('is disabled, with a message saying why, on a server started without API_TOKEN', async () => {
    const input = article('disabled');
    written.push(idOf(input));
    const res = await withoutToken.gql(INGEST, { input }, bearer(TOKEN));
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.errors?.[0]?.message).toMatch(/disabled.*API_TOKEN/);
    expect(await exists(idOf(input))).toBe(false);
  });

  it('runs the ingest pipeline and returns what was created', async () => {
    const input = article();
    written.push(idOf(input));
    const res = await withToken.gql<{
      ingestArticle: {
        changed: boolean;
        article: { id: string; title: string; url: string; publisher: string; publishedAt: string };
        events: { type: string; killed: { min: number | null } | null; places: { name: string }[] }[];
        places: { name: string }[];
      };
    }>(INGEST, { input }, bearer(TOKEN));
    expect(res.errors).toBeUndefined();
    const payload = res.data!.ingestArticle;
    expect(payload.changed).toBe(true);
    expect(payload.article).toMatchObject({
      id: idOf(input),
      title: input.title,
      publisher: 'Test Wire',
      publishedAt: '2021-05-04',
    });
    expect(payload.places.map((p) => p.name)).toContain('Kandahar');
    expect(payload.events.length).toBeGreaterThan(0);
    // It is now in the graph for every query, not only in the payload.
    const found = await withToken.gql<{ events: { totalCount: number } }>(
      'query ($id: ID) { events(filter: { articleId: $id }) { totalCount } }',
      { id: idOf(input) },
    );
    expect(found.data!.events.totalCount).toBe(payload.events.length);
  });

  it('changes nothing when the same article comes again', async () => {
    const input = article();
    const res = await withToken.gql<{ ingestArticle: { changed: boolean; events: unknown[] } }>(
      INGEST,
      { input },
      bearer(TOKEN),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.ingestArticle.changed).toBe(false);
  });

  it('refuses bad articles with a clear error and writes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...article('both'), html: '<p>x</p>' }, 'BAD_USER_INPUT'],
      [{ title: 'No body at all', url: `https://example.org/test/${RUN}/none` }, 'BAD_USER_INPUT'],
      [{ ...article('empty'), text: '   ' }, 'BAD_ARTICLE'],
      [{ ...article('title'), title: '   ' }, 'BAD_ARTICLE'],
      [{ ...article('nul'), text: 'A bomb\u0000 exploded.' }, 'BAD_ARTICLE'],
      [
        { ...article('html'), text: undefined, html: '<html><body><nav>menu</nav></body></html>' },
        'BAD_ARTICLE',
      ],
    ];
    for (const [input, code] of cases) {
      const res = await withToken.gql(INGEST, { input }, bearer(TOKEN));
      expect(
        res.errors?.map((e) => e.extensions?.code),
        JSON.stringify(input).slice(0, 80),
      ).toEqual([code]);
      expect(res.text).not.toMatch(/\bat .+:\d+:\d+|MATCH |neo4j/i);
      if (typeof input.url === 'string' && typeof input.text === 'string') {
        const id = articleId({ url: input.url, title: String(input.title), body: input.text });
        written.push(id);
        expect(await exists(id)).toBe(false);
      }
    }
  });

  it('stores hostile strings as plain data', async () => {
    const input = {
      ...article('hostile'),
      title: `"}) MATCH (n) DETACH DELETE n // ${RUN}`,
      publisher: "' OR 1=1 //",
    };
    written.push(idOf(input));
    const res = await withToken.gql<{ ingestArticle: { article: { title: string; publisher: string } } }>(
      INGEST,
      { input },
      bearer(TOKEN),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.ingestArticle.article).toMatchObject({ title: input.title, publisher: input.publisher });
  });
});
