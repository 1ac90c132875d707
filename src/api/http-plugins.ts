import type { Plugin } from 'graphql-yoga';
import type { ApiDatabase } from '../graph/api-database.ts';
import { MAX_BODY_BYTES } from './limits/plugin.ts';

const json = (body: unknown, status: number): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });

/**
 * `GET /health`: 200 `{status: "ok", neo4j: "up"}` when Neo4j answers, else 503 with `neo4j: "down"`.
 * The process itself answering is the liveness signal; the body says whether queries can work.
 */
export function useHealth(db: Pick<ApiDatabase, 'ping'>): Plugin {
  return {
    async onRequest({ url, endResponse }) {
      if (url.pathname !== '/health') return;
      const up = await db.ping();
      endResponse(json({ status: up ? 'ok' : 'degraded', neo4j: up ? 'up' : 'down' }, up ? 200 : 503));
    },
  };
}

/** Refuses bodies declared larger than MAX_BODY_BYTES before reading them (413). */
export function useBodyLimit(maxBytes = MAX_BODY_BYTES): Plugin {
  return {
    onRequest({ request, endResponse }) {
      const length = Number(request.headers.get('content-length') ?? '0');
      if (length > maxBytes) {
        endResponse(
          json(
            {
              errors: [
                {
                  message: `Request body is larger than ${maxBytes} bytes.`,
                  extensions: { code: 'PAYLOAD_TOO_LARGE' },
                },
              ],
            },
            413,
          ),
        );
      }
    },
  };
}
