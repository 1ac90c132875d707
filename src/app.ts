import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { ApiContext, ArticleIngester } from './api/context.ts';
import { createContext } from './api/context.ts';
import { createMaskError } from './api/errors.ts';
import { DEFAULT_QUERY } from './api/graphiql.ts';
import { useBodyLimit, useHealth } from './api/http-plugins.ts';
import { useLimits } from './api/limits/plugin.ts';
import { apiSchema } from './api/schema.ts';
import type { Config } from './config.ts';
import type { ApiDatabase } from './graph/api-database.ts';

export interface AppOptions {
  config: Pick<Config, 'API_TOKEN'>;
  logger: Logger;
  db: Pick<ApiDatabase, 'executor' | 'ping'>;
  /** Runs the ingest pipeline for `ingestArticle`; null leaves the mutation unavailable. */
  ingester?: ArticleIngester | null;
}

export type App = YogaServerInstance<Record<string, never>, ApiContext>;

/**
 * The GraphQL app: /graphql (GraphiQL in a browser), /health. It never listens: src/cli/serve.ts puts it
 * behind node:http, and tests call `app.fetch()` or serve it on an ephemeral port.
 */
export function createApp({ config, logger, db, ingester = null }: AppOptions): App {
  const log = logger.child({ component: 'api' });
  return createYoga<Record<string, never>, ApiContext>({
    schema: apiSchema(),
    graphqlEndpoint: '/graphql',
    // yoga's own /health always says 200; ours asks Neo4j. Keep yoga's liveness probe out of the way.
    healthCheckEndpoint: '/live',
    landingPage: false,
    graphiql: { title: 'conflict-kg', defaultQuery: DEFAULT_QUERY },
    renderGraphiQL,
    maskedErrors: { maskError: createMaskError(log), isDev: false },
    logging: {
      debug: (...args: unknown[]) => log.debug(args.map(String).join(' ')),
      info: (...args: unknown[]) => log.info(args.map(String).join(' ')),
      warn: (...args: unknown[]) => log.warn(args.map(String).join(' ')),
      error: (...args: unknown[]) => log.error(args.map(String).join(' ')),
    },
    context: ({ request }) =>
      createContext({ db: db.executor, logger: log, request, apiToken: config.API_TOKEN ?? null, ingester }),
    plugins: [useBodyLimit(), useHealth(db), useLimits()],
  });
}
