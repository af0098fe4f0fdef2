/**
 * Broken state in the real extension: storage edited by hand or left by an older version, and a tab closed
 * or navigated while it is being analysed. Each must end in a clear state: an idle view the popup can
 * analyse from, or an error with a sentence, never a crash and never "analysing" forever.
 */
import { describe, expect, test } from 'vitest';
import { dismissalsKey } from '../../../src/background/dismissals.ts';
import { ARTICLE_PAGES, drawnHighlightNames, longPage, readHighlights, waitFor } from '../harness/index.ts';
import type { ExtensionBrowser, TestPage } from '../harness/index.ts';
import { findingsWithoutRange, rangeCount, type SuiteContext } from './context.ts';

type Area = 'session' | 'local';

/** Writes raw values into one of the extension's storage areas, from an extension page (as devtools could). */
function writeStorage(browser: ExtensionBrowser, area: Area, values: Record<string, unknown>): Promise<void> {
  return browser.evaluateInExtension(
    async ([where, items]) => {
      type Storage = { storage: Record<Area, { set(items: object): Promise<void> }> };
      const g = globalThis as unknown as { browser?: Storage; chrome?: Storage };
      await (g.browser ?? g.chrome)?.storage[where].set(items);
    },
    [area, values] as const,
  );
}

/** Removes keys from storage.local, so that later tests of the file start from the defaults again. */
function removeLocal(browser: ExtensionBrowser, keys: string[]): Promise<void> {
  return browser.evaluateInExtension(async (names) => {
    type Storage = { storage: { local: { remove(keys: string[]): Promise<void> } } };
    const g = globalThis as unknown as { browser?: Storage; chrome?: Storage };
    await (g.browser ?? g.chrome)?.storage.local.remove(names);
  }, keys);
}

/** Reads a raw value from storage.session. */
function readSession(browser: ExtensionBrowser, key: string): Promise<unknown> {
  return browser.evaluateInExtension(async (name) => {
    type Storage = { storage: { session: { get(key: string): Promise<Record<string, unknown>> } } };
    const g = globalThis as unknown as { browser?: Storage; chrome?: Storage };
    return (await (g.browser ?? g.chrome)?.storage.session.get(name))?.[name];
  }, key);
}

/** Waits until the popup shows a score: it analysed the page itself and settled on a result. */
function scoreShown(popup: TestPage): Promise<string> {
  return waitFor(
    () => popup.evaluate(() => document.querySelector('.score-value')?.textContent ?? '', undefined),
    (score) => /^\d+$/.test(score),
    'the popup never showed a score',
    30_000,
  );
}

/** Which of the popup's screens shows (its state-* class, or "result"), and its words. */
function popupScreen(): { name: string; text: string } {
  const state = document.querySelector('section.state');
  const name = state ? ([...state.classList].find((c) => c.startsWith('state-'))?.slice(6) ?? '?') : '';
  if (name) return { name, text: state?.textContent ?? '' };
  return document.querySelector('.score-value') ? { name: 'result', text: '' } : { name: 'loading', text: '' };
}

/** A result as an older version might have stored it: no families, no text, a report of another schema. */
const OLDER_RESULT = (tabId: number) => ({
  tabId,
  status: 'result',
  highlightsVisible: false,
  report: { schemaVersion: 0, findings: [{ start: 0, end: 4, kind: 'claim' }], score: 71 },
});

/** Every family on but rhetoric: what the older and newer settings below keep, whatever else they damage. */
const NO_RHETORIC = { unsourced: true, 'weak-source': true, rhetoric: false, sourced: true };

/** Settings as a reader could find them in storage.local, what must survive, and what the settings page says. */
const STORED_SETTINGS: [string, unknown, { rhetoric: boolean; notice: RegExp }][] = [
  ['a string where the settings belong', 'sensitivity=all', { rhetoric: true, notice: /could not be read/ }],
  [
    'settings from an older version (no version number, a damaged field, a field since removed)',
    { families: NO_RHETORIC, sensitivity: 'loud', customTerms: 'none', fontSize: 14 },
    { rhetoric: false, notice: /older version/ },
  ],
  [
    'settings from a newer version (fields this version does not know)',
    { version: 7, families: NO_RHETORIC, techniques: 'all of them', colourTheme: 'sepia' },
    { rhetoric: false, notice: /newer version/ },
  ],
];

/** When the tab navigates away: before the content script has read the page, or while the engine works. */
const NAVIGATION_MOMENTS: [string, (browser: ExtensionBrowser, tabId: number) => Promise<unknown>][] = [
  ['before the page is read', () => new Promise((resolve) => setTimeout(resolve, 150))],
  [
    'while the engine works on it',
    (browser, tabId) =>
      waitFor(
        () => browser.callBackground('getTabView', tabId),
        (v) => v.ok && (v.value.progress ?? 0) >= 0.4,
        'the analysis never reached the engine',
        30_000,
      ),
  ],
];

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
      await writeStorage(browser, 'session', { [`tabView:${page.tabId}`]: value(page.tabId), tabViews: 'not a list' });
      const view = await browser.callBackground('getTabView', page.tabId);
      expect(view.ok && view.value.status).toBe('idle');
      const popup = await browser.openExtensionPage(`popup.html?tabId=${page.tabId}`);
      await scoreShown(popup);
      expect(Array.isArray(await readSession(browser, 'tabViews'))).toBe(true);
      await popup.close();
      await page.close();
    });
  });

  describe('settings edited by hand or left by another version (storage.local)', () => {
    test.each(STORED_SETTINGS)(
      '%s: the page is analysed with what could be kept, and the settings page says so',
      async (_name, stored, expected) => {
        const { browser, server } = ctx();
        await writeStorage(browser, 'local', { settings: stored });
        try {
          const page = await browser.openPage(server.url(ARTICLE_PAGES[2].path));
          const popup = await browser.openExtensionPage(`popup.html?tabId=${page.tabId}`);
          await scoreShown(popup);
          const listed = await popup.evaluate(
            () => document.querySelectorAll('.group.family-rhetoric li.finding').length,
            undefined,
          );
          expect(listed > 0, 'rhetoric listed in the popup').toBe(expected.rhetoric);
          await popup.close();
          const drawn = Object.entries(await page.evaluate(readHighlights, undefined)).filter(
            ([, texts]) => texts.length > 0,
          );
          expect(drawn.length, 'nothing highlighted').toBeGreaterThan(0);
          expect(
            drawn.some(([name]) => name.includes('rhetoric')),
            'rhetoric highlighted',
          ).toBe(expected.rhetoric);
          await page.close();
          const options = await browser.openExtensionPage('options.html');
          const notice = await waitFor(
            () => options.evaluate(() => document.querySelector('.settings-notice')?.textContent ?? '', undefined),
            (text) => text !== '',
            'the settings page showed no notice',
          );
          expect(notice).toMatch(expected.notice);
          await options.close();
        } finally {
          await removeLocal(browser, ['settings']);
        }
      },
    );

    test('damaged dismissals stored for the page read as none: the page is analysed and nothing is hidden', async () => {
      const { browser, server } = ctx();
      const url = server.url(ARTICLE_PAGES[3].path);
      const key = dismissalsKey(url);
      await writeStorage(browser, 'local', { [key]: [{ key: 42 }, 'all', null] });
      try {
        const page = await browser.openPage(url);
        const view = await browser.analyse(page);
        expect(view.status, view.message).toBe('result');
        expect(view.dismissed ?? []).toEqual([]);
        expect(await rangeCount(page)).toBe(view.report?.findings.length);
        await page.close();
      } finally {
        await removeLocal(browser, [key]);
      }
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

    test('closed with the popup open on it: the popup leaves its spinner for a sentence', async () => {
      const { browser, server } = ctx();
      const page = await browser.openPage(server.url(`${longPage(20_000)}&closed-popup=1`));
      // Opening the popup on a page never analysed is the trigger: it starts the analysis itself.
      const popup = await browser.openExtensionPage(`popup.html?tabId=${page.tabId}`);
      const started = await waitFor(
        () => popup.evaluate(popupScreen, undefined),
        (screen) => screen.name !== 'loading' && screen.name !== 'idle',
        'the popup never started the analysis',
        30_000,
      );
      await page.close();
      const settled = await waitFor(
        () => popup.evaluate(popupScreen, undefined),
        (screen) => screen.name !== 'analysing',
        'the popup was left analysing a closed tab',
        30_000,
      );
      // A fast machine may finish before the tab closes: a result is a settled state too.
      if (started.name === 'analysing') expect(settled.name).toMatch(/^(error|result)$/);
      if (settled.name === 'error') expect(settled.text).toMatch(/no longer open|changed/);
      await popup.close();
    });

    test.each(NAVIGATION_MOMENTS)(
      'navigated %s: the analysis settles on a state true of the new page',
      async (_when, waitForMoment) => {
        const { browser, server } = ctx();
        const page = await browser.openPage(server.url(`${longPage(20_000)}&navigated=1`));
        const analysing = browser.callBackground('analyzeTab', page.tabId, 'article');
        await waitForMoment(browser, page.tabId);
        const next = server.url(ARTICLE_PAGES[4].path);
        await page.evaluate((url) => {
          location.href = url;
        }, next);
        const view = await analysing;
        if (!view.ok) throw new Error(view.error);
        if (view.value.status === 'error') expect(view.value.message).toMatch(/changed|no longer open/);
        const after = await waitFor(
          () => browser.callBackground('getTabView', page.tabId),
          (v) => v.ok && v.value.status !== 'analysing',
          'the tab stayed "analysing"',
        );
        if (!after.ok) throw new Error(after.error);
        await waitFor(
          () => page.evaluate(() => location.href, undefined),
          (href) => href === next,
          'the tab did not navigate',
        );
        if (after.value.status === 'result' && after.value.report) {
          // Analysed after all, then it must be the page the tab now shows, every finding drawn on its words.
          expect(after.value.page?.url, 'a result of the page the tab left').toBe(next);
          expect(after.value.text).toContain(ARTICLE_PAGES[4].inside);
          expect(await findingsWithoutRange(page, after.value.report)).toEqual([]);
        } else {
          expect(['idle', 'error']).toContain(after.value.status);
          expect(await page.evaluate(drawnHighlightNames, undefined)).toEqual([]);
        }
        await page.close();
      },
    );
  });
}
