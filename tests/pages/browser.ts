/**
 * The extension pages in a real Chromium: a private test build (the pages, _locales and build entries are not in
 * the shared e2e build's fingerprint, so each run builds its own), the harness's Chromium with the recording
 * proxy, the local test server, and what the page tests check on every page: no sideways scrolling and
 * screenshots to look at.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { buildTarget } from '../../scripts/build-extension.ts';
import { launchChromium } from '../e2e/harness/chromium.ts';
import { launchFirefox } from '../e2e/harness/firefox.ts';
import {
  type BrowserName,
  type ExtensionBrowser,
  startServer,
  type TestPage,
  type TestServer,
} from '../e2e/harness/index.ts';

/** A browser with the extension, a server, and the cleanup of both. */
export interface PagesBrowser {
  browser: ExtensionBrowser;
  server: TestServer;
  close(): Promise<void>;
}

/** Builds the test variant into a temporary folder and launches the browser with it. */
export async function launchPages(name: BrowserName = 'chromium'): Promise<PagesBrowser> {
  const out = mkdtempSync(join(tmpdir(), 'sourcelight-pages-build-'));
  const built = await buildTarget(name === 'chromium' ? 'chrome-test' : 'firefox-test', out);
  const launch = name === 'chromium' ? launchChromium : launchFirefox;
  const [browser, server] = await Promise.all([launch(built), startServer()]);
  return {
    browser,
    server,
    async close() {
      await browser.close();
      await server.close();
      rmSync(out, { recursive: true, force: true });
    },
  };
}

/** The playwright page under a TestPage (these tests run in Chromium only). */
export const driver = (page: TestPage): Page => page.raw as Page;

/** Opens an extension page and waits for its heading (the page has rendered). */
export async function openPage(browser: ExtensionBrowser, path: string): Promise<{ page: TestPage; tab: Page }> {
  const page = await browser.openExtensionPage(path);
  const tab = driver(page);
  await tab.waitForSelector('main h1');
  return { page, tab };
}

/** Elements wider than the window: none may be, or the reader scrolls sideways (at 200% zoom too). */
export function sidewaysOverflow(tab: Page): Promise<string[]> {
  return tab.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > width + 1);
    const doc = document.documentElement.scrollWidth > width ? ['document'] : [];
    return doc.concat(wide.map((el) => `${el.tagName.toLowerCase()}.${el.className}`));
  });
}

/**
 * The page as a reader with 200% zoom sees it: the same window, CSS pixels twice as large, so half as many
 * of them across (1280 px at 200% lays out like 640 px).
 */
export async function zoom200(tab: Page): Promise<void> {
  await tab.setViewportSize({ width: 640, height: 450 });
}

/** Back to the normal window. */
export async function zoom100(tab: Page): Promise<void> {
  await tab.setViewportSize({ width: 1280, height: 900 });
}

/** The accessible names of the first `n` elements the Tab key reaches, in order. */
export async function tabOrder(tab: Page, n: number): Promise<string[]> {
  await tab.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const names: string[] = [];
  for (let i = 0; i < n; i++) {
    await tab.keyboard.press('Tab');
    names.push(
      await tab.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return '';
        const label =
          el.getAttribute('aria-label') ??
          (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
          el.closest('label')?.textContent;
        return `${el.tagName.toLowerCase()}:${(label ?? el.textContent ?? '').trim().slice(0, 40)}`;
      }),
    );
  }
  return names;
}
