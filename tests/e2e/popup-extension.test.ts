/**
 * The popup inside the real extension in Chromium: analyse the sample news page the way the toolbar button
 * does, open popup.html?tabId=N in a tab, and check what the reader sees and what a click does to the page.
 * Screenshots of the popup in light and dark mode go to artifacts/screenshots/.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { TabView } from '../../src/messaging/protocol.ts';
import { describeInBrowser } from './harness/availability.ts';
import { ensureBuilt } from './harness/build.ts';
import { launchChromium } from './harness/chromium.ts';
import { SAMPLE_PAGE } from './harness/pages.ts';
import { startServer, type TestServer } from './harness/server.ts';
import { SCREENSHOT_DIR } from './harness/test-page.ts';
import type { ExtensionBrowser, TestPage } from './harness/types.ts';

/** Waits until `check` holds in the page, or fails with what it last saw. */
async function until<T>(page: TestPage, fn: () => T, check: (value: T) => boolean, what: string, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  let value = await page.evaluate(fn, undefined);
  while (!check(value)) {
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await page.evaluate(fn, undefined);
  }
  return value;
}

describeInBrowser('chromium', 'popup in the extension (Chromium)', () => {
  let server: TestServer;
  let browser: ExtensionBrowser;
  let article: TestPage;
  let view: TabView;
  let popup: TestPage;

  beforeAll(async () => {
    await ensureBuilt();
    server = await startServer();
    browser = await launchChromium();
    // A short window, so the findings near the end of the article are below the fold and revealing must scroll.
    article = await browser.openPage(server.url(SAMPLE_PAGE), { viewport: { width: 900, height: 500 } });
    view = await browser.analyse(article);
    popup = await browser.openExtensionPage(`popup.html?tabId=${article.tabId}`, { viewport: { width: 420, height: 900 } });
    await until(popup, () => document.querySelector('.score-value')?.textContent ?? null, (v) => v !== null, 'the popup shows no score');
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the analysis the popup reads is a result', () => {
    expect(view.status).toBe('result');
    expect(view.report?.findings.length).toBeGreaterThan(0);
  });

  test('shows the score and grade of the report', async () => {
    const shown = await popup.evaluate(() => ({
      value: document.querySelector('.score-value')?.textContent,
      grade: document.querySelector('.score-grade')?.textContent,
      summary: document.querySelector('.score-summary')?.textContent,
    }), undefined);
    expect(shown.value).toBe(String(view.report?.score.value));
    expect(shown.grade?.toLowerCase()).toBe(view.report?.score.grade);
    expect(shown.summary).toMatch(/\d/);
  });

  test('groups the findings by family with counts that add up to the report', async () => {
    const groups = await popup.evaluate(
      () => [...document.querySelectorAll('.group')].map((g) => ({ family: g.className, items: g.querySelectorAll('li.finding').length })),
      undefined,
    );
    expect(groups.length).toBeGreaterThan(0);
    expect(groups.reduce((n, g) => n + g.items, 0)).toBe(view.report?.findings.length);
    expect(groups.some((g) => g.family.includes('family-rhetoric'))).toBe(true);
  });

  test('each item carries its explanation', async () => {
    const explanations = await popup.evaluate(() => [...document.querySelectorAll('.finding-why')].map((p) => p.textContent ?? ''), undefined);
    expect(explanations.length).toBe(view.report?.findings.length);
    for (const e of explanations) expect(e.length).toBeGreaterThan(10);
  });

  test('light and dark screenshots', async () => {
    const raw = popup.raw as Page;
    for (const scheme of ['light', 'dark'] as const) {
      await raw.emulateMedia({ colorScheme: scheme });
      await raw.screenshot({ path: join(SCREENSHOT_DIR, `chromium-popup-${scheme}.png`), fullPage: true });
    }
    await raw.emulateMedia({ colorScheme: 'light' });
  });

  test('clicking the last item scrolls the article to it', async () => {
    const before = await article.evaluate(() => window.scrollY, undefined);
    const raw = popup.raw as Page;
    await raw.locator('button.finding-reveal').last().click();
    const after = await until(article, () => window.scrollY, (y) => y > before + 50, 'the article did not scroll');
    expect(after).toBeGreaterThan(before);
    await article.screenshot('popup-revealed');
  });

  test('the popup loaded nothing from outside the extension and logged no errors', async () => {
    const loaded = await popup.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name), undefined);
    expect(loaded.filter((url) => !url.startsWith(browser.extensionOrigin))).toEqual([]);
    expect(browser.consoleErrors().filter((e) => e.includes('popup'))).toEqual([]);
  });
});
