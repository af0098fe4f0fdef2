/**
 * The glossary, compare and settings pages in Chromium: anchors and focus, two texts compared with both drawn,
 * analysed tabs offered, settings saved to storage.local and read back (damaged ones reported), exported and
 * imported, applied on the analyse page, automatic sites; dark mode, 200% zoom and screenshots to look at.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GLOSSARY, glossaryAnchor } from '../../src/glossary/index.ts';
import { launchPages, openPage, type PagesBrowser, sidewaysOverflow, zoom100, zoom200 } from '../pages/browser.ts';
import { ARTICLE_PAGES, describeInBrowser, readHighlights, ROOT, waitFor } from './harness/index.ts';

const SAMPLE = readFileSync(join(ROOT, 'samples/north-waziristan-raid.txt'), 'utf8');
const WIRE = readFileSync(join(ROOT, 'tests/pages/fixtures/wire-report.txt'), 'utf8');

/** Settings as the extension stored them (read from storage.local inside an extension page). */
function storedSettings(): Promise<{ techniques: Record<string, boolean>; sensitivity: string } | undefined> {
  const g = globalThis as unknown as {
    chrome: { storage: { local: { get(k: string): Promise<Record<string, never>> } } };
  };
  return g.chrome.storage.local.get('settings').then((all) => all.settings);
}

describeInBrowser('chromium', 'the glossary, compare and settings pages in Chromium', () => {
  let run: PagesBrowser;
  beforeAll(async () => {
    run = await launchPages();
  }, 180_000);
  afterAll(() => run?.close());

  describe('glossary', () => {
    test('a link to an entry lands on it with focus; every entry has its anchor; the contents lead there by keyboard', async () => {
      const { page, tab } = await openPage(run.browser, 'glossary.html#technique-hedge');
      expect(await tab.evaluate(() => document.activeElement?.id)).toBe('technique-hedge');
      await page.screenshot('pages-glossary-hedge');
      const ids = await tab.$$eval('article.entry', (all) => all.map((a) => a.id));
      expect(ids).toEqual(GLOSSARY.map(glossaryAnchor));
      await tab.focus('nav.contents a[href="#source-vague"]');
      await tab.keyboard.press('Enter');
      await tab.waitForFunction(() => document.activeElement?.id === 'source-vague');
      await tab.emulateMedia({ colorScheme: 'dark' });
      await zoom200(tab);
      expect(await sidewaysOverflow(tab)).toEqual([]);
      await page.screenshot('pages-glossary-dark-zoom200');
      await zoom100(tab);
      await page.close();
    });
  });

  describe('compare', () => {
    test('two pasted texts: the table and both texts highlighted side by side', async () => {
      const { page, tab } = await openPage(run.browser, 'compare.html');
      await tab.fill('#text-0', SAMPLE);
      await tab.fill('#text-1', WIRE);
      await tab.click('button[type="submit"]');
      await tab.waitForSelector('table.comparison');
      const scores = await tab.$$eval('.compare-score', (all) => all.map((s) => Number(s.textContent)));
      expect(scores[1]).toBeGreaterThan(scores[0]);
      await tab.waitForFunction(() => CSS.highlights.size > 0);
      // Highlights land in both texts: each side has ranges inside its own section.
      const sides = await tab.evaluate(() => {
        const sections = [...document.querySelectorAll('.compare-side')];
        const counts = sections.map(() => 0);
        for (const [name, highlight] of CSS.highlights) {
          if (!name.startsWith('sourcelight-')) continue;
          for (const range of highlight as unknown as Set<Range>) {
            const i = sections.findIndex((s) => s.contains(range.startContainer));
            if (i >= 0) counts[i] += 1;
          }
        }
        return counts;
      });
      expect(sides[0]).toBeGreaterThan(0);
      expect(sides[1]).toBeGreaterThan(0);
      expect(Object.keys(await page.evaluate(readHighlights, undefined))).toContain('sourcelight-sourced');
      await page.screenshot('pages-compare');
      await zoom200(tab);
      expect(await sidewaysOverflow(tab)).toEqual([]);
      await page.screenshot('pages-compare-zoom200');
      await zoom100(tab);
      await page.close();
    });

    test('analysed tabs are offered, or the page says why not and how to add one', async () => {
      const article = await run.browser.openPage(run.server.url(ARTICLE_PAGES[0].path));
      const view = await run.browser.analyse(article);
      expect(view.status).toBe('result');
      const { page, tab } = await openPage(run.browser, 'compare.html');
      await tab.check('input[name="mode-0"] >> nth=1');
      await tab.waitForSelector('.tab-choice');
      const options = await tab.$$eval('#tab-0 option', (all) => all.map((o) => o.textContent));
      if (options.length === 0) {
        // The background does not serve the pages' calls yet (src/background/main.ts): the page says so.
        expect(await tab.textContent('.tab-choice')).toContain('The list of tabs could not be loaded');
        console.warn(
          '[pages e2e] listKnownTabs is not served by the background yet: the tab list shows its explanation',
        );
      } else {
        expect(options).toContain(view.page?.title);
        await tab.fill('#text-1', WIRE);
        await tab.click('button[type="submit"]');
        await tab.waitForSelector('table.comparison');
        expect(await tab.textContent('table.comparison thead')).toContain(view.page?.title ?? '');
      }
      expect(await tab.textContent('.tab-choice')).toContain('click its button there');
      await page.screenshot('pages-compare-tabs');
      await page.close();
      await article.close();
    });
  });

  describe('settings', () => {
    test('changes are stored at once and apply on the analyse page', async () => {
      const { page, tab } = await openPage(run.browser, 'options.html');
      await tab.waitForSelector('.settings-section');
      await page.screenshot('pages-options');
      await tab.click('button.toggle:has-text("Speculation")');
      await tab.check('#sensitivity-confident');
      await tab.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'Saved.');
      const stored = await tab.evaluate(storedSettings);
      expect(stored?.techniques.hedge).toBe(false);
      expect(stored?.sensitivity).toBe('confident');
      const analyse = await openPage(run.browser, 'analyse.html?sample');
      await analyse.tab.click('button[type="submit"]');
      await analyse.tab.waitForSelector('.score-value');
      expect(await analyse.tab.textContent('.panel')).toMatch(/\d+ findings? (is|are) hidden by your settings/);
      await analyse.page.close();
      await tab.click('text=Reset to defaults');
      await tab.click('text=Yes, reset');
      await tab.waitForFunction(
        () => (document.querySelector('#sensitivity-all') as HTMLInputElement | null)?.checked === true,
      );
      await page.close();
    });

    test('damaged stored settings: the page opens with the defaults and says so', async () => {
      const { page, tab } = await openPage(run.browser, 'options.html');
      await tab.evaluate(() =>
        (
          globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
        ).chrome.storage.local.set({ settings: { version: 1, sensitivity: 42, families: 'x' } }),
      );
      await tab.reload();
      await tab.waitForSelector('.settings-notice');
      const notice = await tab.textContent('.settings-notice');
      expect(notice).toContain('“Sensitivity” was damaged and is back to its default.');
      expect(notice).toContain('“What to show” was damaged');
      await page.screenshot('pages-options-notice');
      await tab.emulateMedia({ colorScheme: 'dark' });
      await zoom200(tab);
      expect(await sidewaysOverflow(tab)).toEqual([]);
      await page.screenshot('pages-options-dark-zoom200');
      await zoom100(tab);
      await page.close();
    });

    test('export and import as a file', async () => {
      const { page, tab } = await openPage(run.browser, 'options.html');
      await tab.waitForSelector('#source-input');
      await tab.fill('#source-input', 'The Valley Courier');
      await tab.click('text=Add the source');
      const [download] = await Promise.all([tab.waitForEvent('download'), tab.click('text=Save settings to a file')]);
      expect(download.suggestedFilename()).toBe('sourcelight-settings.json');
      const file = JSON.parse(readFileSync((await download.path()) as string, 'utf8'));
      expect(file.settings.trustedSources).toEqual(['The Valley Courier']);
      file.settings.trustedSources = ['Harbour Daily'];
      await tab.setInputFiles('input[type="file"]', {
        name: 'settings.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(file)),
      });
      await tab.waitForSelector('text=Settings loaded from the file.');
      expect(await tab.textContent('ul[aria-label="Your trusted sources"]')).toContain('Harbour Daily');
      await page.close();
    });

    test('a site added for automatic analysis is registered with the background', async () => {
      const article = await run.browser.openPage(run.server.url(ARTICLE_PAGES[1].path));
      const { page, tab } = await openPage(run.browser, 'options.html');
      await tab.fill('#site-input', run.server.origin);
      await tab.click('text=Add the site');
      // The test build may already read 127.0.0.1, so the browser grants the permission without a prompt.
      const state = await waitFor(
        () => run.browser.callBackground('getSiteAutomation', article.tabId),
        (answer) => answer.ok && answer.value?.enabled === true,
        'automatic analysis on for the test server',
      );
      expect(state).toEqual({ ok: true, value: { origin: run.server.origin, enabled: true } });
      await run.browser.callBackground('setSiteAutomation', 'http://127.0.0.1', false);
      await page.close();
      await article.close();
    });
  });

  test('nothing left the machine and no errors from the extension', () => {
    expect(run.browser.externalRequests()).toEqual([]);
    expect(run.browser.extensionErrors()).toEqual([]);
  });
});
