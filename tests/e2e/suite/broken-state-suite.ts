/**
 * Broken state in the real extension: storage edited by hand or left by an older version, and a tab closed
 * or navigated while it is being analysed. Each must end in a clear state: an idle view the popup can
 * analyse from, or an error with a sentence, never a crash and never "analysing" forever.
 */
import { describe, expect, test } from 'vitest';
import { ARTICLE_PAGES, longPage, waitFor } from '../harness/index.ts';
import type { ExtensionBrowser } from '../harness/index.ts';
import type { SuiteContext } from './context.ts';

/** Writes raw values into the extension's storage.session, from an extension page (as devtools could). */
function writeSession(browser: ExtensionBrowser, values: Record<string, unknown>): Promise<void> {
  return browser.evaluateInExtension(async (items) => {
    type Storage = { storage: { session: { set(items: object): Promise<void> } } };
    const g = globalThis as unknown as { browser?: Storage; chrome?: Storage };
    await (g.browser ?? g.chrome)?.storage.session.set(items);
  }, values);
}

/** Reads a raw value from storage.session. */
function readSession(browser: ExtensionBrowser, key: string): Promise<unknown> {
  return browser.evaluateInExtension(async (name) => {
    type Storage = { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } };
    const g = globalThis as unknown as { browser?: Storage; chrome?: Storage };
    return (await (g.browser ?? g.chrome)?.storage.session.get(name))?.[name];
  }, key);
}

/** A result as an older version might have stored it: no families, no text, a report of another schema. */
const OLDER_RESULT = (tabId: number) => ({
  tabId,
  status: 'result',
  highlightsVisible: false,
  report: { schemaVersion: 0, findings: [{ start: 0, end: 4, kind: 'claim' }], score: 71 },
});

/** Registers the broken-state tests. */
export function brokenStateSuite(ctx: () => SuiteContext): void {
  describe('storage edited by hand or left by an older version', () => {
    test.each([
      ['a string where a view belongs', () => 'result'],
      ['a view of the wrong shape', () => ({ status: 42, findings: 'none' })],
      ['a result stored by an older version', OLDER_RESULT],
    ])('%s reads as idle, and the popup analyses the page instead of failing', async (_name, value) => {
      const { browser, server } = ctx();
      const page = await browser.openPage(server.url(ARTICLE_PAGES[3].path));
      await writeSession(browser, { [`tabView:${page.tabId}`]: value(page.tabId), tabViews: 'not a list' });
      const view = await browser.callBackground('getTabView', page.tabId);
      expect(view.ok && view.value.status).toBe('idle');
      const popup = await browser.openExtensionPage(`popup.html?tabId=${page.tabId}`);
      await waitFor(
        () => popup.evaluate(() => document.querySelector('.score-value')?.textContent ?? '', undefined),
        (score) => /^\d+$/.test(score),
        'the popup never showed a score',
        30_000,
      );
      expect(Array.isArray(await readSession(browser, 'tabViews'))).toBe(true);
      await popup.close();
      await page.close();
    });
  });

  describe('a tab that goes away while it is being analysed', () => {
    test('closed: the analysis ends with a sentence saying so, not a spinner', async () => {
      const { browser, server } = ctx();
      const page = await browser.openPage(server.url(`${longPage(20_000)}&closed=1`));
      const analysing = browser.callBackground('analyzeTab', page.tabId, 'article');
      await new Promise((resolve) => setTimeout(resolve, 150));
      await page.close();
      const view = await analysing;
      if (!view.ok) throw new Error(view.error);
      // A fast machine may finish first; either way the view is settled.
      expect(['error', 'result']).toContain(view.value.status);
      if (view.value.status === 'error') expect(view.value.message).toMatch(/no longer open|changed/);
      const after = await browser.callBackground('getTabView', page.tabId);
      expect(after.ok && after.value.status).not.toBe('analysing');
    });

    test('navigated: the analysis settles, and the tab is never left "analysing"', async () => {
      const { browser, server } = ctx();
      const page = await browser.openPage(server.url(`${longPage(20_000)}&navigated=1`));
      const analysing = browser.callBackground('analyzeTab', page.tabId, 'article');
      await new Promise((resolve) => setTimeout(resolve, 150));
      await page.evaluate((url) => {
        location.href = url;
      }, server.url(ARTICLE_PAGES[4].path));
      const view = await analysing;
      if (!view.ok) throw new Error(view.error);
      expect(['error', 'result']).toContain(view.value.status);
      if (view.value.status === 'error') expect(view.value.message).toMatch(/changed|no longer open/);
      const after = await waitFor(
        () => browser.callBackground('getTabView', page.tabId),
        (v) => v.ok && v.value.status !== 'analysing',
        'the tab stayed "analysing"',
      );
      expect(after.ok).toBe(true);
      await page.close();
    });
  });
}
