/**
 * Firefox ESR with the extension's test build, through puppeteer-core over WebDriver BiDi (the recipe in
 * ../shared/TOOLING.md): `-remote-allow-system-access` lets automation open moz-extension:// pages, and a
 * fixed UUID pref makes the extension's origin known in advance.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import { BROWSERS } from './availability.ts';
import { makeBridge, newTabId } from './bridge.ts';
import { privateCopy, ROOT } from './build.ts';
import type { SeenError } from './errors.ts';
import { MAIN_THREAD_WATCH } from './probes.ts';
import { startRecordingProxy } from './proxy.ts';
import { type DriverPage, testPage } from './test-page.ts';
import { assembleBrowser } from './assemble.ts';
import type { ExtensionBrowser, OpenOptions, TestPage } from './types.ts';

/** The fixed extension UUID the tests give Firefox. */
export const FIREFOX_UUID = '5d1e6a3c-0b7f-4c2e-9a51-3f6c2b8e7d40';

/** Launches Firefox ESR (headless) with dist/firefox-test installed and all non-local traffic sent to a recording proxy. */
export async function launchFirefox(built = join(ROOT, 'dist/firefox-test')): Promise<ExtensionBrowser> {
  const extensionDir = privateCopy(built);
  const proxy = await startRecordingProxy();
  const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: BROWSERS.firefox,
    headless: true,
    args: ['-remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
  await browser.installExtension(extensionDir);
  const extensionOrigin = `moz-extension://${FIREFOX_UUID}/`;
  const errors: SeenError[] = [];
  const watch = (page: Page) => {
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push({ source: 'page', pageUrl: page.url(), location: m.location()?.url ?? '', text: m.text() });
    });
    page.on('pageerror', (e) => {
      const error = e instanceof Error ? e : new Error(String(e));
      errors.push({ source: 'page', pageUrl: page.url(), location: error.stack ?? '', text: error.message });
    });
  };

  let bridgePage: Page | undefined;
  const openExtension = async (page: Page, url: string) => {
    // goto() to a moz-extension:// URL never reports a load (TOOLING.md): wait briefly, then poll the document.
    await page.goto(url, { timeout: 2_000 }).catch(() => undefined);
    for (let i = 0; i < 50 && (await page.evaluate(() => document.readyState).catch(() => '')) !== 'complete'; i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const bridge = makeBridge(async (fn, arg) => {
    if (!bridgePage || bridgePage.isClosed()) {
      bridgePage = await browser.newPage({ type: 'window' });
      watch(bridgePage);
      await openExtension(bridgePage, `${extensionOrigin}bridge.html`);
    }
    return (bridgePage as unknown as DriverPage).evaluate(fn as never, arg as never) as Promise<never>;
  });

  const open = async (url: string, options: OpenOptions = {}): Promise<TestPage> => {
    // Each page gets its own window, so it stays visible (a background tab's timers and frames are throttled).
    const before = await bridge.tabIds();
    const page = await browser.newPage({ type: 'window' });
    watch(page);
    if (options.viewport) await page.setViewport(options.viewport);
    if (options.watchMainThread) await page.evaluateOnNewDocument(MAIN_THREAD_WATCH);
    // Privileged pages (moz-extension:, about:) never report their load over BiDi: wait briefly instead.
    if (!/^https?:/.test(url)) await openExtension(page, url);
    else await page.goto(url, { waitUntil: 'load' });
    const tabId = await newTabId(before, bridge);
    await page.bringToFront();
    return testPage(page as unknown as DriverPage, 'firefox', tabId, page.url());
  };

  return assembleBrowser({
    name: 'firefox',
    extensionOrigin,
    bridge,
    open,
    errors,
    proxy,
    async closeDriver() {
      await browser.close();
      rmSync(extensionDir, { recursive: true, force: true });
    },
  });
}
