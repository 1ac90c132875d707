import type { Executor } from './executor.ts';

/** The schema script: constraints and indexes, each IF NOT EXISTS, so running it again changes nothing. */
export const SCHEMA_SCRIPT = 'schema';

/** Applies cypher/schema.cypher statement by statement; called by `conflict-kg db migrate` and at start-up. */
export function migrate(executor: Executor): Promise<number> {
  return executor.writeScript(SCHEMA_SCRIPT);
}
