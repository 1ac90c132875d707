import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { createIngester } from '../../../../src/api/ingester.ts';
import { createApp } from '../../../../src/app.ts';
import { openApiDatabase, type ApiDatabase } from '../../../../src/graph/api-database.ts';
import type { ConnectionSettings } from '../../../../src/graph/driver.ts';

/** A real API server on an ephemeral loopback port, over a real Neo4j connection. */
export interface TestServer {
  url: string;
  db: ApiDatabase;
  /** POSTs a GraphQL request and returns the parsed body and status. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

export interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string } & Record<string, unknown>;
}

export interface GqlResponse<T> {
  status: number;
  data: T | null | undefined;
  errors: GqlError[] | undefined;
  /** The raw body, for checks that nothing internal leaks. */
  text: string;
}

export async function startTestServer(
  settings: ConnectionSettings,
  options: { apiToken?: string } = {},
): Promise<TestServer> {
  const db = openApiDatabase(settings);
  const logger = pino({ level: 'silent' });
  const app = createApp({
    config: { API_TOKEN: options.apiToken },
    logger,
    db,
    ingester: createIngester(db.executor),
  });
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    db,
    async gql<T>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const text = await response.text();
      const body = JSON.parse(text) as { data?: T | null; errors?: GqlError[] };
      return { status: response.status, data: body.data, errors: body.errors, text };
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
