import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../config.ts';
import { UserInputError } from '../errors.ts';
import { renderGuide } from './guide.ts';
import { loadQueries, QUERIES_DIR } from './queries.ts';

export const STYLE_FILE = join(PROJECT_ROOT, 'browser', 'style.grass');

export interface AssetsServer {
  /** Base URL with the host name Browser allows by default (`localhost`), e.g. http://localhost:7476. */
  readonly url: string;
  readonly styleUrl: string;
  readonly guideUrl: string;
  close(): Promise<void>;
}

export interface AssetsServerOptions {
  /** 0 picks a free port (tests). */
  readonly port: number;
  readonly queriesDir?: string;
  readonly styleFile?: string;
}

/*
 * Browser fetches `:style <url>` and `:play <url>` from the page with fetch(), sending `pragma` and
 * `cache-control` headers, so the answer needs CORS headers and a preflight answer. Nothing here is
 * secret: the style and the queries are files of the repository.
 */
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, OPTIONS',
  'access-control-allow-headers': '*',
  'cache-control': 'no-store',
};

function handler(options: Required<Omit<AssetsServerOptions, 'port'>>, styleUrl: () => string) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS).end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...CORS, allow: 'GET, OPTIONS' }).end();
      return;
    }
    if (path === '/style.grass') {
      // Read on every request so an edited style applies with a plain `:style <url>` again.
      res.writeHead(200, { ...CORS, 'content-type': 'text/plain; charset=utf-8' });
      res.end(readFileSync(options.styleFile, 'utf8'));
      return;
    }
    if (path === '/guide.html' || path === '/') {
      const html = renderGuide(loadQueries(options.queriesDir), { styleUrl: styleUrl() });
      res.writeHead(200, { ...CORS, 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
      return;
    }
    res.writeHead(404, { ...CORS, 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
  };
}

/**
 * Serves browser/style.grass and the guide built from cypher/queries/ on the loopback interface, for
 * `:style http://localhost:PORT/style.grass` and `:play http://localhost:PORT/guide.html` in Neo4j
 * Browser. Browser's remote-content allowlist holds `localhost` by default, so no server setting is
 * needed; the Neo4j HTTP server itself cannot serve extra files.
 */
export async function startAssetsServer(options: AssetsServerOptions): Promise<AssetsServer> {
  let base = '';
  const server = createServer(
    handler(
      { queriesDir: options.queriesDir ?? QUERIES_DIR, styleFile: options.styleFile ?? STYLE_FILE },
      () => `${base}/style.grass`,
    ),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new UserInputError(
              `Port ${options.port} is already in use on 127.0.0.1; choose another with --port.`,
            )
          : error,
      ),
    );
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  base = `http://localhost:${port}`;
  return {
    url: base,
    styleUrl: `${base}/style.grass`,
    guideUrl: `${base}/guide.html`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
