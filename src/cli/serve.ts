import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { createIngester } from '../api/ingester.ts';
import { createApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { UserInputError } from '../errors.ts';
import { openApiDatabase } from '../graph/api-database.ts';
import { connectionFromConfig } from '../graph/driver.ts';
import { migrate } from '../graph/migrate.ts';

const USAGE =
  'Usage: conflict-kg serve [--host HOST] [--port PORT]   (defaults: HOST, PORT from the environment)';

/**
 * `conflict-kg serve`: config → logger → driver → app → listen. Starts even while Neo4j is down (the
 * API answers SERVICE_UNAVAILABLE and /health says so until it is back). SIGTERM/SIGINT stop accepting
 * connections, let requests in flight finish, then close the driver.
 */
export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { host: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const config = loadConfig();
  const host = values.host ?? config.HOST;
  const port = values.port === undefined ? config.PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UserInputError(`--port must be 0..65535\n${USAGE}`);

  const logger = pino({ level: config.LOG_LEVEL, base: { service: 'conflict-kg' } });
  const db = openApiDatabase(connectionFromConfig(config));
  if (await db.ping()) {
    await migrate(db.executor);
  } else {
    logger.warn({ uri: db.uri }, 'Neo4j does not answer yet; serving SERVICE_UNAVAILABLE until it does');
  }
  const app = createApp({ config, logger, db, ingester: createIngester(db.executor) });
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  logger.info(
    { url: `http://${host}:${bound}/graphql`, health: `http://${host}:${bound}/health` },
    'GraphQL API listening',
  );
  if (!config.API_TOKEN) logger.info('API_TOKEN is not set: mutations are disabled');

  await new Promise<void>((resolve) => {
    const stop = (signal: string): void => {
      logger.info({ signal }, 'shutting down');
      server.close(() => resolve());
      // Idle keep-alive connections would hold close() open; requests in flight still finish.
      server.closeIdleConnections();
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  await db.close();
  logger.info('stopped');
  return 0;
}
