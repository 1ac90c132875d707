import type { Executor } from './executor.ts';

/** The schema script: constraints and indexes, each IF NOT EXISTS, so running it again changes nothing. */
export const SCHEMA_SCRIPT = 'schema';

/** Applies cypher/schema.cypher statement by statement; called by `conflict-kg db migrate` and at start-up. */
export function migrate(executor: Executor): Promise<number> {
  return executor.writeScript(SCHEMA_SCRIPT);
}

export interface SchemaItem {
  readonly name: string;
  readonly type: string;
  readonly labelsOrTypes: readonly string[];
  readonly properties: readonly string[];
}

function toItem(row: Record<string, unknown>): SchemaItem {
  return {
    name: String(row.name),
    type: String(row.type),
    labelsOrTypes: (row.labelsOrTypes as string[] | null) ?? [],
    properties: (row.properties as string[] | null) ?? [],
  };
}

/** The constraints and (non-lookup) indexes the database has, sorted by name. */
export async function describeSchema(
  executor: Executor,
): Promise<{ constraints: SchemaItem[]; indexes: SchemaItem[] }> {
  const constraints = (await executor.read('schema-constraints')).map(toItem);
  const indexes = (await executor.read('schema-indexes')).map(toItem);
  return { constraints, indexes };
}
