import { loadConfig } from '../config.ts';
import { UserInputError } from '../errors.ts';
import { startAssetsServer } from '../browser/assets-server.ts';
import { browserUrlOf } from '../neo4j-local/urls.ts';

const USAGE = 'Usage: conflict-kg browser [--port N]   (default 7476; serves the Browser style and guide)';
const DEFAULT_PORT = 7476;

function parsePort(argv: string[]): number {
  if (argv.length === 0) return DEFAULT_PORT;
  const [flag, value, ...rest] = argv;
  const port = Number(value);
  if (flag !== '--port' || rest.length > 0 || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new UserInputError(USAGE);
  }
  return port;
}

/**
 * `conflict-kg browser`: serves browser/style.grass and a guide built from cypher/queries/ on
 * localhost until Ctrl-C, and prints the two Browser commands that use them.
 */
export async function run(argv: string[]): Promise<number> {
  const port = parsePort(argv);
  const config = loadConfig();
  const assets = await startAssetsServer({ port });
  const say = (line: string): void => {
    process.stdout.write(`${line}\n`);
  };
  say(`Serving the Browser style and guide on ${assets.url} (Ctrl-C stops).`);
  say(`Open ${config.NEO4J_URI === undefined ? browserUrlOf(config) : 'Neo4j Browser'}, log in, then run:`);
  say(`  :style ${assets.styleUrl}`);
  say(`  :play ${assets.guideUrl}`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await assets.close();
  return 0;
}
