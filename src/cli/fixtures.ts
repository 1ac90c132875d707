import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../config.ts';
import { UserInputError } from '../errors.ts';
import { runIngest } from './ingest.ts';

const USAGE = `Usage: conflict-kg fixtures load [--force]

Ingests the annotated fixture articles (fixtures/articles: the seed and the development set, with the
metadata from their answer keys) into the configured Neo4j. Running it again changes nothing.
`;

export const FIXTURES_DIR = resolve(PROJECT_ROOT, 'fixtures/articles');

/** `conflict-kg fixtures load [--force]` */
export async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    });
  } catch (cause) {
    throw new UserInputError(`${(cause as Error).message}\n\n${USAGE}`, { cause });
  }
  if (parsed.values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (parsed.positionals[0] !== 'load' || parsed.positionals.length > 1) throw new UserInputError(USAGE);
  return runIngest([FIXTURES_DIR], { concurrency: 4, force: parsed.values.force });
}
