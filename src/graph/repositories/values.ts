import neo4j, {
  isDate,
  isDateTime,
  isInt,
  isLocalDateTime,
  isNode,
  isPoint,
  isRelationship,
} from 'neo4j-driver';

/** A JSON-like value: what the repositories hand to the API. */
export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/**
 * Converts driver values to plain ones at the repository boundary: integers to numbers (ids and counts
 * here are far below 2^53), dates to `YYYY-MM-DD`, date-times to ISO strings, points to {x, y}, nodes
 * and relationships to their properties. Nothing above src/graph/ sees a driver type.
 */
export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (isInt(value)) return neo4j.integer.toNumber(value);
  if (isDate(value)) return value.toString();
  if (isDateTime(value) || isLocalDateTime(value)) return new Date(value.toString()).toISOString();
  if (isPoint(value)) return { x: toNumber(value.x), y: toNumber(value.y) };
  if (isNode(value) || isRelationship(value)) return toPlain(value.properties);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const out: { [key: string]: Plain } = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
    return out;
  }
  return String(value);
}

function toNumber(value: unknown): number {
  return isInt(value) ? neo4j.integer.toNumber(value) : Number(value);
}

/**
 * A whole-number parameter as a Neo4j integer: JavaScript numbers travel as floats, and LIMIT and list
 * slices refuse floats.
 */
export function intParam(value: number): ReturnType<typeof neo4j.int> {
  return neo4j.int(value);
}

/** A page request as statement parameters: `limit` a Neo4j integer, `after` and `withTotal` as given. */
export function pageParams(page: {
  limit: number;
  after: { key: (string | number | null)[]; id: string } | null;
  withTotal: boolean;
}): {
  limit: ReturnType<typeof neo4j.int>;
  after: { key: (string | number | null)[]; id: string } | null;
  withTotal: boolean;
} {
  return { limit: intParam(page.limit), after: page.after, withTotal: page.withTotal };
}
