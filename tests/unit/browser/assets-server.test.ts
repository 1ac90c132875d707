import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAssetsServer, STYLE_FILE, type AssetsServer } from '../../../src/browser/assets-server.ts';
import { readFileSync } from 'node:fs';
import { run } from '../../../src/cli/browser.ts';
import { UserInputError } from '../../../src/errors.ts';

// Talks to a server on the loopback interface only; no database.
describe('startAssetsServer', () => {
  let assets: AssetsServer;
  beforeAll(async () => {
    assets = await startAssetsServer({ port: 0 });
  });
  afterAll(async () => {
    await assets.close();
  });

  it('names its URLs with localhost, the host Browser allows by default', () => {
    expect(assets.styleUrl).toMatch(/^http:\/\/localhost:\d+\/style\.grass$/);
    expect(assets.guideUrl).toMatch(/^http:\/\/localhost:\d+\/guide\.html$/);
  });

  it('serves the style file as it is on disk, readable from another origin', async () => {
    const res = await fetch(assets.styleUrl.replace('localhost', '127.0.0.1'));
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(await res.text()).toBe(readFileSync(STYLE_FILE, 'utf8'));
  });

  it('serves a guide whose style block points back at this server', async () => {
    const html = await (await fetch(assets.guideUrl.replace('localhost', '127.0.0.1'))).text();
    expect(html).toContain(`:style ${assets.styleUrl}`);
    expect(html.match(/<slide /g)?.length).toBeGreaterThan(12);
  });

  it('answers the CORS preflight Browser sends for its no-cache headers', async () => {
    const res = await fetch(assets.guideUrl.replace('localhost', '127.0.0.1'), {
      method: 'OPTIONS',
      headers: { origin: 'http://127.0.0.1:7474', 'access-control-request-headers': 'pragma,cache-control' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-headers')).toBe('*');
  });

  it('refuses other paths and methods', async () => {
    const base = assets.url.replace('localhost', '127.0.0.1');
    expect((await fetch(`${base}/../package.json`)).status).toBe(404);
    expect((await fetch(`${base}/style.grass`, { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('says which port is taken instead of failing obscurely', async () => {
    const port = Number(new URL(assets.url).port);
    await expect(startAssetsServer({ port })).rejects.toThrow(UserInputError);
  });
});

describe('conflict-kg browser', () => {
  it.each([['--port', 'x'], ['--port'], ['--host', '1'], ['--port', '0'], ['--port', '70000']])(
    'rejects %j with the usage before serving anything',
    async (...argv) => {
      await expect(run(argv)).rejects.toThrow(/Usage: conflict-kg browser/);
    },
  );
});
