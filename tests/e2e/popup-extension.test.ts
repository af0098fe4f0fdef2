/**
 * The popup inside the real extension, in Chromium and in Firefox: analyse the sample news page the way the
 * toolbar button does, open popup.html?tabId=N in a tab, and check what the reader sees and what a click does
 * to the page. Screenshots of the popup in light and dark mode go to artifacts/screenshots/.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { TabView } from '../../src/messaging/protocol.ts';
import {
  type BrowserName,
  describeInBrowser,
  type ExtensionBrowser,
  ensureBuilt,
  launch,
  openSamplePopup,
  SCREENSHOT_DIR,
  startServer,
  type TestPage,
  type TestServer,
  waitFor,
} from './harness/index.ts';

/** The few driver calls beyond TestPage this file needs; playwright and puppeteer name the colour-scheme one differently. */
interface RawPage {
  screenshot(options: { path: string; fullPage: boolean }): Promise<unknown>;
  emulateMedia?(options: { colorScheme: 'light' | 'dark' }): Promise<void>;
  emulateMediaFeatures?(features: { name: string; value: string }[]): Promise<void>;
}

/**
 * Switches prefers-color-scheme for one page; false where the driver cannot (puppeteer needs CDP for it, which
 * Firefox over WebDriver BiDi does not offer), so dark mode is checked in Chromium only.
 */
async function colorScheme(page: TestPage, scheme: 'light' | 'dark'): Promise<boolean> {
  const raw = page.raw as RawPage;
  if (raw.emulateMedia) {
    await raw.emulateMedia({ colorScheme: scheme });
    return true;
  }
  return (
    raw.emulateMediaFeatures?.([{ name: 'prefers-color-scheme', value: scheme }]).then(
      () => true,
      () => false,
    ) ?? false
  );
}

for (const name of ['chromium', 'firefox'] as const satisfies readonly BrowserName[]) {
  describeInBrowser(name, `popup in the extension (${name})`, () => {
    let server: TestServer;
    let browser: ExtensionBrowser;
    let article: TestPage;
    let view: TabView;
    let popup: TestPage;

    beforeAll(async () => {
      await ensureBuilt();
      server = await startServer();
      browser = await launch(name);
      // A short window, so the findings near the end of the article are below the fold and revealing must scroll.
      ({ article, view, popup } = await openSamplePopup(browser, server, { width: 900, height: 500 }));
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
      const shown = await popup.evaluate(
        () => ({
          value: document.querySelector('.score-value')?.textContent,
          grade: document.querySelector('.score-grade')?.textContent,
          summary: document.querySelector('.score-summary')?.textContent,
        }),
        undefined,
      );
      expect(shown.value).toBe(String(view.report?.score.value));
      expect(shown.grade?.toLowerCase()).toBe(view.report?.score.grade);
      expect(shown.summary).toMatch(/\d/);
    });

    test('counts the findings of each family, adding up to the report, and lists them by family', async () => {
      const shown = await popup.evaluate(
        () => ({
          counts: [...document.querySelectorAll('.filter-count')].map((c) => Number(c.textContent)),
          groups: [...document.querySelectorAll('.group')].map((g) => g.className),
          items: document.querySelectorAll('li.finding').length,
        }),
        undefined,
      );
      expect(shown.counts.reduce((a, b) => a + b, 0)).toBe(view.report?.findings.length);
      expect(shown.groups.some((g) => g.includes('family-rhetoric'))).toBe(true);
      expect(shown.items).toBeGreaterThan(0);
    });

    test('each item carries its explanation', async () => {
      const items = await popup.evaluate(
        () =>
          [...document.querySelectorAll('li.finding')].map((li) => li.querySelector('.finding-why')?.textContent ?? ''),
        undefined,
      );
      for (const explanation of items) expect(explanation.length).toBeGreaterThan(10);
    });

    test('light and dark screenshots', async () => {
      for (const scheme of ['light', 'dark'] as const) {
        if (!(await colorScheme(popup, scheme)) && scheme === 'dark') {
          console.warn(
            `[popup e2e] ${name} cannot emulate prefers-color-scheme here: dark mode is checked in Chromium`,
          );
          continue;
        }
        const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor, undefined);
        expect(background).toBe(scheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(23, 25, 29)');
        await (popup.raw as RawPage).screenshot({
          path: join(SCREENSHOT_DIR, `${name}-popup-${scheme}.png`),
          fullPage: true,
        });
      }
      await colorScheme(popup, 'light');
    });

    test('clicking the last item scrolls the article to it', async () => {
      const before = await article.evaluate(() => window.scrollY, undefined);
      // A real mouse click in the middle of the last item, as a reader would make it.
      const point = await popup.evaluate(() => {
        const items = document.querySelectorAll('li.finding');
        const last = items[items.length - 1];
        last.scrollIntoView({ block: 'center' });
        const box = last.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }, undefined);
      await popup.click(point.x, point.y);
      await waitFor(
        () => article.evaluate(() => window.scrollY, undefined),
        (y) => y > before + 50,
        'the article did not scroll',
      );
      await article.screenshot('popup-revealed');
    });

    test('the popup loaded nothing from outside the extension and logged no errors', async () => {
      const loaded = await popup.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name), undefined);
      expect(loaded.filter((url) => !url.startsWith(browser.extensionOrigin))).toEqual([]);
      expect(browser.consoleErrors().filter((e) => e.includes('popup'))).toEqual([]);
    });
  });
}
