import { loadConfig } from '../config.ts';
import { UserInputError } from '../errors.ts';

const USAGE = `Usage: conflict-kg up

The main job in one command: starts the local Neo4j 5.26 (unless NEO4J_URI points at an existing
server), applies the schema, loads the fixture articles, and serves the GraphQL API until stopped.
`;

/** `conflict-kg up`: neo4j start → fixtures load → serve, each step the same command a user could run. */
export async function run(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (argv.length > 0) throw new UserInputError(USAGE);
  const config = loadConfig();
  if (config.NEO4J_URI === undefined) {
    const neo4j = await import('./neo4j.ts');
    const code = await neo4j.run(['start']);
    if (code !== 0) return code;
  }
  const fixtures = await import('./fixtures.ts');
  const loaded = await fixtures.run(['load']);
  if (loaded !== 0) return loaded;
  const serve = await import('./serve.ts');
  return serve.run([]);
}
