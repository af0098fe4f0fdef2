/**
 * The end-to-end harness: real browsers running the extension's test build against local pages.
 *
 * Typical use (see tests/e2e/chromium.test.ts):
 *
 *   import { describeInBrowser, ensureBuilt, launch, startServer, ARTICLE_PAGES, readHighlights } from './harness/index.ts';
 *
 *   describeInBrowser('chromium', 'my feature', () => {
 *     let browser: ExtensionBrowser; let server: TestServer;
 *     beforeAll(async () => { await ensureBuilt(); server = await startServer(); browser = await launch('chromium'); }, 120_000);
 *     afterAll(async () => { await browser?.close(); await server?.close(); });
 *     test('...', async () => {
 *       const page = await browser.openPage(server.url(ARTICLE_PAGES[0].path));
 *       const view = await browser.analyse(page);                         // the toolbar click's code path
 *       const popup = await browser.openExtensionPage(`popup.html?tabId=${page.tabId}`);
 *       await popup.screenshot('popup-result');                           // artifacts/screenshots/chromium-popup-result.png
 *       expect(browser.externalRequests()).toEqual([]);                    // nothing left the machine
 *       expect(browser.consoleErrors()).toEqual([]);
 *     });
 *   });
 *
 * API
 * - ensureBuilt(): builds dist/chrome-test and dist/firefox-test once per source change (safe from parallel files).
 * - startServer(): TestServer on 127.0.0.1 with `url(path)` and `requests`; serves /pages/* (tests/fixtures/pages),
 *   /pages/sample.html (the sample in its template), /generated/long.html?words=N, /generated/table.html?rows=N,
 *   /news-pages/* (../shared/data/news-pages when present);
 *   `?csp=strict` on any URL adds a strict Content-Security-Policy.
 * - launch('chromium' | 'firefox'): ExtensionBrowser (types.ts): openPage(url, {watchMainThread, viewport}),
 *   openExtensionPage('popup.html?tabId=N'), analyse(page, mode), callBackground(method, ...args),
 *   callPage(tabId, method, ...args), tabIdOf(url), consoleErrors(), externalRequests(), close().
 *   Every non-local request of the browser goes to a recording proxy that blocks it: externalRequests() lists them.
 * - TestPage: tabId, url, evaluate(fn, arg) in the page's main world, click/hover(x, y), press(key),
 *   screenshot(name) into artifacts/screenshots/<browser>-<name>.png, close(), raw (the driver's Page).
 * - describeInBrowser(name, title, body): skips with a notice when the browser is missing, fails instead when
 *   SOURCELIGHT_REQUIRE_BROWSERS=1.
 * - probes.ts: readHighlights, pointOnHighlight, serialiseDocument, readCard, MAIN_THREAD_WATCH/readMainThreadWatch.
 * - waitFor(read, check, what, ms): polls until check(value) holds, or fails saying what it last saw.
 * - pages.ts: ARTICLE_PAGES, NON_ARTICLE_PAGE, SAMPLE_PAGE, SAMPLE_EXPECTED, longPage(words), hugeTable(rows), HOSTILE_PAGES.
 * - hostile-probes.ts: markupTraces, appendParagraphs, showAnotherArticle, drawnHighlightNames, highlightsInFrames, selectText, wordIn, focusedElement.
 */
import type { BrowserName } from './availability.ts';
import { launchChromium } from './chromium.ts';
import { launchFirefox } from './firefox.ts';
import type { ExtensionBrowser } from './types.ts';

export { browsersRequired, describeInBrowser, type BrowserName } from './availability.ts';
export type { Bridge } from './bridge.ts';
export { ensureBuilt, ROOT } from './build.ts';
export * from './pages.ts';
export * from './hostile-probes.ts';
export * from './probes.ts';
export { NEWS_PAGES_DIR, STRICT_CSP, startServer, type TestServer } from './server.ts';
export { openSamplePopup, type SamplePopup } from './sample-popup.ts';
export { SCREENSHOT_DIR } from './test-page.ts';
export { waitFor } from './wait.ts';
export type { ExtensionBrowser, OpenOptions, TestPage } from './types.ts';

/** Launches a browser with the extension's test build. */
export function launch(name: BrowserName): Promise<ExtensionBrowser> {
  return name === 'chromium' ? launchChromium() : launchFirefox();
}
