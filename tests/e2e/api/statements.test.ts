import { beforeAll, describe, expect, it } from 'vitest';
import { foldName } from '../../../src/extract/normalize.ts';
import { fixtureArticleId, goldOf, SEED } from './support/fixtures.ts';
import { useFixtureServer } from './support/setup.ts';
import type { GqlResponse } from './support/server.ts';

interface StatementNode {
  id: string;
  kind: string;
  text: string;
  date: string | null;
  place: { name: string; ancestors: { name: string }[] } | null;
  speaker: { __typename: string; name?: string } | null;
  events: { id: string }[];
  evidence: { sentence: string; start: number; end: number; article: { title: string } } | null;
}
interface PageOfIds {
  statements: {
    edges: { cursor: string; node: { id: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}
interface Page {
  statements: { totalCount: number; nodes: StatementNode[] };
}

const STATEMENTS = `query ($filter: StatementFilter, $first: Int) {
  statements(filter: $filter, first: $first) {
    totalCount
    nodes {
      id kind text date
      place { name ancestors { name } }
      speaker { __typename ... on Person { name } ... on Organization { name } ... on Place { name } ... on Anonymous { name } }
      events { id }
      evidence { sentence start end article { title } }
    }
  }
}`;

const server = useFixtureServer({ force: true });

async function statements(filter: Record<string, unknown>, first = 100): Promise<Page['statements']> {
  const res = await server().gql<Page>(STATEMENTS, { filter, first });
  expect(res.errors).toBeUndefined();
  return res.data!.statements;
}

/** The first words of a quote, folded, to find it in an answer whatever the punctuation. */
const opening = (text: string) => foldName(text).split(' ').slice(0, 6).join(' ');

describe('Query.statements', () => {
  const gold = goldOf(SEED);
  // Other test files and benchmarks may write to the same database meanwhile: checks that compare two
  // answers keep to the seed article.
  let seed: string;
  beforeAll(async () => {
    seed = await fixtureArticleId(SEED);
  });
  const kerryInAmman = gold.statements.filter((s) => s.speaker === 'John Kerry' && s.place === 'Amman');

  it("returns Kerry's statements with Amman as the place, as the answer key has them", async () => {
    expect(kerryInAmman.length).toBeGreaterThan(0);
    const answer = await statements({ speaker: 'Kerry', articleId: seed });
    for (const expected of kerryInAmman) {
      const found = answer.nodes.find((s) => foldName(s.text).startsWith(opening(expected.quote)));
      expect(found, expected.quote).toBeDefined();
      expect(found?.place?.name).toBe('Amman');
      expect(found?.speaker?.name).toMatch(/Kerry/);
    }
  });

  it('finds a speaker by any form of the name, whatever the case and accents', async () => {
    const forms = ['kerry', 'KERRY', 'Kérry', 'John Kerry', '  john   KERRY '];
    const answers = await Promise.all(forms.map((speaker) => statements({ speaker, articleId: seed })));
    const ids = answers.map((a) => a.nodes.map((s) => s.id).sort());
    expect(ids[0]!.length).toBeGreaterThan(0);
    for (const other of ids) expect(other).toEqual(ids[0]);
  });

  it('returns only what that speaker said', async () => {
    const answer = await statements({ speaker: 'Kerry', articleId: seed });
    for (const s of answer.nodes) expect(foldName(s.speaker?.name ?? '')).toContain('kerry');
    expect(answer.totalCount).toBe(answer.nodes.length);
  });

  it('finds statements by words through the full-text index, all words required', async () => {
    const answer = await statements({ text: 'cessation HOSTILITIES' });
    expect(answer.totalCount).toBeGreaterThan(0);
    for (const s of answer.nodes) {
      expect(s.text.toLowerCase()).toContain('cessation');
      expect(s.text.toLowerCase()).toContain('hostilities');
    }
  });

  it('counts places inside the place asked for: said in Jordan includes said in Amman', async () => {
    const amman = await statements({ saidAt: 'Amman', articleId: seed });
    const jordan = await statements({ saidAt: 'Jordan', articleId: seed });
    expect(amman.totalCount).toBeGreaterThan(0);
    const jordanIds = new Set(jordan.nodes.map((s) => s.id));
    for (const s of amman.nodes) expect(jordanIds.has(s.id)).toBe(true);
    for (const s of jordan.nodes)
      expect([s.place?.name, ...(s.place?.ancestors ?? []).map((a) => a.name)]).toContain('Jordan');
  });

  it('composes filters: speaker, place and date range together', async () => {
    const day = kerryInAmman[0]!.date!;
    const both = await statements({ speaker: 'kerry', saidAt: 'Amman', from: day, to: day });
    expect(both.totalCount).toBeGreaterThan(0);
    for (const s of both.nodes) {
      expect(s.date).toBe(day);
      expect(s.place?.name).toBe('Amman');
    }
    const before = await statements({ speaker: 'kerry', to: '1999-12-31' });
    expect(before.totalCount).toBe(0);
  });

  it('keeps the evidence: the sentence and offsets in the article', async () => {
    const answer = await statements({ speaker: 'kerry', kind: 'direct', articleId: seed });
    expect(answer.totalCount).toBeGreaterThan(0);
    for (const s of answer.nodes) {
      expect(s.kind).toBe('direct');
      expect(s.evidence?.article.title).toBe(gold.meta.title);
      expect(s.evidence!.end).toBeGreaterThan(s.evidence!.start);
      expect(foldName(s.evidence!.sentence)).toContain(opening(s.text).split(' ').slice(0, 3).join(' '));
    }
  });

  it('pages with stable cursors: pages do not overlap and add up to totalCount', async () => {
    const all = await statements({ articleId: seed }, 100);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const res: GqlResponse<PageOfIds> = await server().gql<PageOfIds>(
        'query ($after: String, $seed: ID) { statements(filter: { articleId: $seed }, first: 3, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }',
        { after, seed },
      );
      const page: PageOfIds['statements'] = res.data!.statements;
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(all.totalCount).toBeGreaterThan(3);
    expect(seen).toEqual(all.nodes.map((s) => s.id));
  });

  it('finds the statements about an event, and the event lists them back', async () => {
    const res = await server().gql<{ events: { nodes: { id: string; statements: { id: string }[] }[] } }>(
      '{ events(first: 100) { nodes { id statements { id } } } }',
    );
    const event = res.data!.events.nodes.find((e) => e.statements.length > 0);
    expect(event, 'an event with statements about it').toBeDefined();
    const about = await statements({ eventId: event!.id });
    expect(about.nodes.map((s) => s.id).sort()).toEqual(event!.statements.map((s) => s.id).sort());
    for (const s of about.nodes) expect(s.events.map((e) => e.id)).toContain(event!.id);
  });
});
