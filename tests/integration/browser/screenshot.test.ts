import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAssetsServer, STYLE_FILE, type AssetsServer } from '../../../src/browser/assets-server.ts';
import { loadQueries } from '../../../src/browser/queries.ts';
import { PROJECT_ROOT } from '../../../src/config.ts';
import type { Database } from '../../../src/graph/database.ts';
import { openTestDatabase, testNeo4j } from '../../support/neo4j.ts';
import {
  CHROMIUM,
  chromiumPresent,
  launchChromium,
  runInEditor,
  waitForLayout,
  type HeadlessChromium,
} from './chromium.ts';
import { loadFixturesThroughCli, seedTitle } from './support.ts';

/*
 * Neo4j Browser as a researcher uses it, in headless Chromium: log in over Bolt, open the guide served
 * by `conflict-kg browser`, apply the style from it, run the seed's story and save what Browser draws
 * (to docs/img/ with UPDATE_SCREENSHOTS=1). Captions are checked against the same query's rows read with the driver.
 */
// Pictures go to the git-ignored tests/artifacts/ so a test run leaves the tree clean;
// UPDATE_SCREENSHOTS=1 refreshes the ones the README shows.
const IMG_DIR = process.env.UPDATE_SCREENSHOTS
  ? join(PROJECT_ROOT, 'docs', 'img')
  : join(PROJECT_ROOT, 'tests', 'artifacts', 'browser');
const SKIP_REASON = `Chromium is not installed at ${CHROMIUM} (run scripts/ci-install-chromium.sh): the Browser screenshot test cannot run`;

interface GraphNode {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}

/** The caption the style gives a node (browser/style.grass), for the labels whose captions are short. */
function expectedCaption(node: GraphNode): string | null {
  const p = node.properties;
  if (node.labels.includes('Event'))
    return `${String(p.type)} ${p.date == null ? '' : String(p.date)}`.trim();
  if (['Place', 'Person', 'Organization'].some((l) => node.labels.includes(l))) return String(p.name);
  return null;
}

/** What a frame holds once its command has finished: parameters, a result, or an error. */
const FINISHED = ['rawParamData', 'frame-loaded-contents', 'cypherFrameErrorMessage'];

const frameCount = (page: Page): Promise<number> =>
  page.evaluate(`document.querySelectorAll('article[data-testid="frame"]').length`);

/** The data-testid values inside the newest frame (Browser puts it on top of the stream). */
const newestFrameTestIds = (page: Page): Promise<string[]> =>
  page.evaluate(
    `[...(document.querySelector('article[data-testid="frame"]')?.querySelectorAll('[data-testid]') ?? [])].map((e) => e.getAttribute('data-testid'))`,
  );

/** Opens Browser on the server's HTTP port and logs in over Bolt with the test server's password. */
async function logIn(page: Page): Promise<void> {
  const neo4j = testNeo4j();
  const bolt = new URL(neo4j.uri);
  const http = neo4j.httpUrl ?? `http://${bolt.hostname}:7474`;
  await page.goto(
    `${http}/browser/?dbms=${encodeURIComponent(`bolt://${neo4j.user}@${bolt.host}`)}&db=${neo4j.database}`,
  );
  await page.getByTestId('password').fill(neo4j.password);
  await page.getByTestId('connect').click();
  await page.getByText('You are connected as user').waitFor({ timeout: 30_000 });
}

const normalise = (text: string): string => text.replace(/[…"]/g, '').replace(/\s+/g, ' ').trim();

describe('Neo4j Browser with the conflict-kg style and guide', () => {
  let db: Database;
  let assets: AssetsServer;
  let browser: HeadlessChromium | undefined;
  let seedId: string;

  beforeAll(async () => {
    if (!chromiumPresent()) {
      console.warn(`[browser] SKIPPED: ${SKIP_REASON}`);
      return;
    }
    await loadFixturesThroughCli(testNeo4j());
    db = await openTestDatabase();
    const rows = await db.executor.read('queries/01-articles');
    const seed = rows.find((r) => r.title === seedTitle());
    if (!seed) throw new Error('the seed article is not in the graph after `conflict-kg fixtures load`');
    seedId = String(seed.articleId);
    assets = await startAssetsServer({ port: 0 });
    browser = await launchChromium();
    await logIn(browser.page);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await assets?.close();
    await db?.close();
  });

  it("logs in, applies the style from the guide and draws the seed's story with its captions", async (ctx) => {
    if (!chromiumPresent() || !browser) return ctx.skip(SKIP_REASON);
    const { page } = browser;
    expect(await page.getByText(`You are connected as user ${testNeo4j().user}`).count()).toBe(1);

    // The guide: one slide per query plus the intro; its first runnable block applies the style.
    await runInEditor(page, `:play ${assets.guideUrl}`);
    const guide = page.getByTestId('frame').filter({ hasText: assets.guideUrl }).first();
    await guide.locator('pre.runnable').first().waitFor({ timeout: 20_000 });
    expect(await guide.textContent()).toContain(`1 / ${loadQueries().length + 1}`);
    await guide.locator('pre.runnable').first().click();
    await page.keyboard.press('Control+Enter');
    const styleSelectors = [
      ...readFileSync(STYLE_FILE, 'utf8').matchAll(/^(node\.\w+|relationship\.\w+)\s*\{/gm),
    ].map((m) => m[1]);
    await expect
      .poll(async () =>
        Object.keys(
          JSON.parse((await page.evaluate(`localStorage.getItem('neo4j.grass')`)) ?? '{}') as object,
        ),
      )
      .toEqual(expect.arrayContaining(styleSelectors));

    // The story slide's parameter block picks an article by itself (a Browser lambda run on the server).
    await guide.getByLabel('3', { exact: true }).click();
    await guide.locator('pre.runnable:visible').first().click();
    await page.keyboard.press('Control+Enter');
    await page
      .getByText(/"articleId": "a-[0-9a-f]+"/)
      .first()
      .waitFor({ timeout: 20_000 });
    mkdirSync(IMG_DIR, { recursive: true });
    await guide.screenshot({ path: join(IMG_DIR, 'browser-guide.png') });

    // The seed's story, as a researcher runs it: the parameter, then the query file as it is.
    await runInEditor(page, `:param articleId => '${seedId}'`);
    await page.getByText(`"articleId": "${seedId}"`).waitFor({ timeout: 20_000 });
    const story = loadQueries().find((q) => q.name === 'queries/02-article-story')!;
    await runInEditor(page, story.text);
    const frame = page
      .getByTestId('frame')
      .filter({ has: page.locator('svg g.node') })
      .first();
    await frame.waitFor({ timeout: 30_000 });
    await frame.getByTitle('Fullscreen').click();
    await waitForLayout(page);
    // Give the graph the frame's whole width (the colour legend is in docs/browser.md), then fit it.
    await frame.getByLabel('Collapse the node properties display').click();
    await frame.getByLabel('zoom-to-fit').click();
    await page.waitForTimeout(1000);
    await frame.screenshot({ path: join(IMG_DIR, 'seed-story.png') });

    // What Browser drew against what the query returns.
    const rows = await db.executor.read(story.name, { articleId: seedId });
    const nodes = new Map<string, GraphNode>();
    for (const row of rows) {
      const path = row.p as { start: GraphNode; segments: Array<{ start: GraphNode; end: GraphNode }> };
      nodes.set(path.start.elementId, path.start);
      for (const s of path.segments) [s.start, s.end].forEach((n) => nodes.set(n.elementId, n));
    }
    const drawn = page.locator('svg g.node');
    expect(await drawn.count()).toBe(nodes.size);
    const captions = (await drawn.allTextContents()).map(normalise);
    const expected = [...nodes.values()].map(expectedCaption).filter((c): c is string => c !== null);
    expect(expected.length).toBeGreaterThan(0);
    for (const caption of expected) {
      // Browser cuts a caption to fit its circle and quotes dates, so compare the first word's start.
      const start = normalise(caption).split(' ')[0]!.slice(0, 8);
      const match = captions.find((c) => c.startsWith(start));
      expect(match, `no node is captioned like "${caption}" in ${JSON.stringify(captions)}`).toBeDefined();
    }
    const labels = new Set([...nodes.values()].flatMap((n) => n.labels));
    for (const label of ['Event', 'Place', 'Statement'])
      expect(labels, `the seed's story has no ${label}`).toContain(label);
    await frame.getByTitle('Close fullscreen').click();
  }, 180_000);

  it('runs every slide of the guide: each parameter block and each query succeeds in Browser', async (ctx) => {
    if (!chromiumPresent() || !browser) return ctx.skip(SKIP_REASON);
    const { page } = browser;
    // One guide frame only, and keep every frame: the default of 30 would drop the guide halfway.
    await runInEditor(page, ':clear');
    await runInEditor(page, ':config maxFrames: 200');
    await runInEditor(page, `:play ${assets.guideUrl}`);
    const guide = page.getByTestId('frame').filter({ hasText: assets.guideUrl }).first();
    await guide.locator('pre.runnable').first().waitFor({ timeout: 20_000 });
    const queries = loadQueries();
    for (const [index, query] of queries.entries()) {
      await guide.getByLabel(String(index + 2), { exact: true }).click();
      await expect.poll(() => guide.textContent()).toContain(`${index + 2} / ${queries.length + 1}`);
      const blocks = guide.locator('pre.runnable:visible');
      await expect.poll(() => blocks.count()).toBe(query.paramCommands.length + 1);
      for (let b = 0; b < query.paramCommands.length + 1; b++) {
        const isParam = b < query.paramCommands.length;
        const before = await frameCount(page);
        await blocks.nth(b).click();
        await page.keyboard.press('Control+Enter');
        // The new frame goes on top; wait until it shows a result, then look for an error in it.
        const what = `${query.name} ${isParam ? 'parameters' : 'query'}`;
        await expect
          .poll(() => frameCount(page), { timeout: 20_000, message: `${what} made no frame` })
          .toBe(before + 1);
        await expect
          .poll(
            async () => {
              const ids = await newestFrameTestIds(page);
              return FINISHED.some((id) => ids.includes(id));
            },
            {
              timeout: 30_000,
              message: `${what} never finished`,
            },
          )
          .toBe(true);
        const ids = await newestFrameTestIds(page);
        expect(ids, `${what} failed in Browser`).not.toContain('cypherFrameErrorMessage');
        if (isParam) expect(ids, `${what} set nothing`).toContain('rawParamData');
      }
    }
  }, 300_000);
});
