import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../config.ts';
import { UserInputError } from '../errors.ts';
import { parseCommandArgs } from './args.ts';
import { runIngest } from './ingest.ts';

const USAGE = `Usage: conflict-kg fixtures load [--force]

Ingests the annotated fixture articles (fixtures/articles: the seed and the development set, with the
metadata from their answer keys) into the configured Neo4j. Running it again changes nothing.
`;

export const FIXTURES_DIR = resolve(PROJECT_ROOT, 'fixtures/articles');

/** `conflict-kg fixtures load [--force]` */
export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(argv, { force: { type: 'boolean', default: false } }, USAGE);
  if (!parsed) return 0;
  if (parsed.positionals[0] !== 'load' || parsed.positionals.length > 1) throw new UserInputError(USAGE);
  return runIngest([FIXTURES_DIR], { concurrency: 4, force: parsed.values.force });
}
