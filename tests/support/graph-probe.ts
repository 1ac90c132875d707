import neo4j, { type Driver } from 'neo4j-driver';
import { testNeo4j } from './neo4j.ts';

/**
 * Ad-hoc read queries for assertions: tests check the graph with their own Cypher, independent of the
 * statements under test. Integers come back as numbers, dates as ISO strings.
 */
export interface GraphProbe {
  query<T = Record<string, unknown>>(cypher: string, params?: Record<string, unknown>): Promise<T[]>;
  close(): Promise<void>;
}

function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(plain);
  if (neo4j.isDate(value) || neo4j.isDateTime(value)) return value.toString();
  if (value && typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

export function openProbe(): GraphProbe {
  const t = testNeo4j();
  const driver: Driver = neo4j.driver(t.uri, neo4j.auth.basic(t.user, t.password));
  return {
    async query<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
      const result = await driver.executeQuery(cypher, params, { database: t.database, routing: 'READ' });
      return result.records.map((r) => plain(r.toObject()) as T);
    },
    close: () => driver.close(),
  };
}

/** The articles, their facts and the entities they mention, and the relationships among them. */
export async function articleFootprint(probe: GraphProbe, articleIds: string[]): Promise<{ nodes: number; rels: number; ids: string[] }> {
  const [row] = await probe.query<{ nodes: number; rels: number; ids: string[] }>(
    `UNWIND $ids AS articleId
     MATCH (a:Article {id: articleId})
     CALL (a, articleId) {
       MATCH (f:Event {articleId: articleId}) RETURN f AS n
       UNION MATCH (f:Casualty {articleId: articleId}) RETURN f AS n
       UNION MATCH (f:Statement {articleId: articleId}) RETURN f AS n
       UNION MATCH (f:Anonymous {articleId: articleId}) RETURN f AS n
       UNION MATCH (f)-[:MENTIONED_IN]->(a) RETURN f AS n
       UNION RETURN a AS n
     }
     WITH collect(DISTINCT n) AS nodes
     CALL (nodes) {
       UNWIND nodes AS n
       MATCH (n)-[r]->(m)
       WHERE m IN nodes
       RETURN count(DISTINCT r) AS rels
     }
     RETURN size(nodes) AS nodes, rels, [n IN nodes | n.id] AS ids`,
    { ids: articleIds },
  );
  return { nodes: row?.nodes ?? 0, rels: row?.rels ?? 0, ids: [...(row?.ids ?? [])].sort() };
}
