import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium (scripts/ci-install-chromium.sh); Playwright's own browser builds cannot be fetched here. */
export const CHROMIUM = '/usr/bin/chromium';

export const chromiumPresent = (): boolean => existsSync(CHROMIUM);

export interface HeadlessChromium {
  readonly context: BrowserContext;
  readonly page: Page;
  close(): Promise<void>;
}

/**
 * Headless Chromium with a fresh profile that reaches only the loopback interface: every request to
 * another host is aborted before it leaves (Browser would otherwise try fonts and telemetry), and
 * host names other than localhost do not resolve.
 */
export async function launchChromium(): Promise<HeadlessChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'conflict-kg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1600, height: 1000 },
    deviceScaleFactor: 1,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    ],
  });
  await context.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname;
    return host === '127.0.0.1' || host === 'localhost' ? route.continue() : route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Puts text into Browser's editor the way a paste does (typing would trigger the editor's bracket
 * auto-closing and corrupt multi-line Cypher or GraSS) and runs it with Ctrl+Enter.
 */
export async function runInEditor(page: Page, text: string): Promise<void> {
  const editor = page.getByTestId('activeEditor');
  await editor.click();
  await page.evaluate(
    `(() => {
      const data = new DataTransfer();
      data.setData('text/plain', ${JSON.stringify(text)});
      document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    })()`,
  );
  await page.keyboard.press('Control+Enter');
}

/** Waits until the graph's node positions stop changing (the force layout has settled). */
export async function waitForLayout(page: Page, timeoutMs = 20_000): Promise<void> {
  const positions = (): Promise<string> =>
    page.evaluate(
      `[...document.querySelectorAll('svg g.node')].map((n) => n.getAttribute('transform')).join('|')`,
    );
  const deadline = Date.now() + timeoutMs;
  let last = await positions();
  while (Date.now() < deadline) {
    await page.waitForTimeout(500);
    const now = await positions();
    if (now === last && now !== '') return;
    last = now;
  }
}
