/** Chromium with the extension's test build, through playwright-core (the recipe in ../shared/TOOLING.md). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { BROWSERS } from './availability.ts';
import { makeBridge, newTabId } from './bridge.ts';
import { privateCopy, ROOT } from './build.ts';
import type { SeenError } from './errors.ts';
import { MAIN_THREAD_WATCH } from './probes.ts';
import { startRecordingProxy } from './proxy.ts';
import { type DriverPage, testPage } from './test-page.ts';
import { assembleBrowser } from './assemble.ts';
import type { ExtensionBrowser, OpenOptions, TestPage } from './types.ts';

/** Launches Chromium (headless) with dist/chrome-test loaded and all non-local traffic sent to a recording proxy. */
export async function launchChromium(built = join(ROOT, 'dist/chrome-test')): Promise<ExtensionBrowser> {
  const extensionDir = privateCopy(built);
  const proxy = await startRecordingProxy();
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: BROWSERS.chromium,
    headless: false,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless=new',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--proxy-server=http://127.0.0.1:${proxy.port}`,
    ],
  });
  const errors: SeenError[] = [];
  const watchWorker = (worker: Worker) =>
    worker.on('console', (m) => {
      if (m.type() === 'error') errors.push({ source: 'background', pageUrl: '', location: m.location().url, text: m.text() });
    });
  context.on('console', (m) => {
    if (m.type() !== 'error' || m.worker()) return;
    errors.push({ source: 'page', pageUrl: m.page()?.url() ?? '', location: m.location().url, text: m.text() });
  });
  context.on('weberror', (e) => {
    const error = e.error();
    errors.push({ source: 'page', pageUrl: e.page()?.url() ?? '', location: error.stack ?? '', text: error.message });
  });
  context.on('serviceworker', watchWorker);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  watchWorker(worker);
  const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}/`;

  let bridgePage: Page | undefined;
  const bridge = makeBridge(async (fn, arg) => {
    if (!bridgePage || bridgePage.isClosed()) {
      bridgePage = await context.newPage();
      await bridgePage.goto(`${extensionOrigin}bridge.html`);
    }
    return (bridgePage as unknown as DriverPage).evaluate(fn as never, arg as never) as Promise<never>;
  });

  const open = async (url: string, options: OpenOptions = {}): Promise<TestPage> => {
    const before = await bridge.tabIds();
    const page = await context.newPage();
    if (options.viewport) await page.setViewportSize(options.viewport);
    if (options.watchMainThread) await page.addInitScript(MAIN_THREAD_WATCH);
    await page.goto(url, { waitUntil: 'load' });
    const tabId = await newTabId(before, bridge);
    await page.bringToFront();
    return testPage(page as unknown as DriverPage, 'chromium', tabId, page.url());
  };

  return assembleBrowser({
    name: 'chromium',
    extensionOrigin,
    bridge,
    open,
    errors,
    proxy,
    async closeDriver() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(extensionDir, { recursive: true, force: true });
    },
  });
}
