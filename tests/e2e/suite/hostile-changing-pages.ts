/**
 * Pages that change under Sourcelight without a reload: an infinite scroll that appends paragraphs after the
 * analysis, and a single-page app that shows another article through history.pushState. The highlights must
 * stay on their words or go, the next analysis must read what the page now shows, and Sourcelight must change
 * none of the page's markup.
 */
import { describe, expect, test } from 'vitest';
import {
  ARTICLE_PAGES,
  appendParagraphs,
  drawnHighlightNames,
  serialiseDocument,
  showAnotherArticle,
  startPageLife,
  waitFor,
} from '../harness/index.ts';
import { findingsWithoutRange, type SuiteContext } from './context.ts';
import { expectPageAlive } from './hostile-page-alive.ts';

/** Paragraphs the "infinite scroll" adds and the "single-page app" shows: written for this test. */
const MORE = [
  'Later on Tuesday, the port authority said it would publish the full timetable for the repairs next week, after talks with the unions.',
  'A spokesperson for the shipping line said container traffic had already moved to the northern terminal and that no cargo had been lost.',
  'Dock workers who gathered at the gates in the evening said they would meet again on Thursday to decide whether to extend the strike.',
];
const ANOTHER = {
  path: '/pages/another-story.html',
  title: 'Night buses return to the old town',
  paragraphs: [
    'Night buses will run through the old town again from Friday, the transport office said on Monday, after a year in which the route was closed for road works on the bridge and the market square.',
    'The office said buses would run every 30 minutes between midnight and 5am on weekdays, and every 20 minutes on Friday and Saturday nights, when the bars on the river close later.',
    'Shop owners had asked for the route back since the spring, according to the traders association, which said its members lost staff who could not get home after late shifts.',
    'Critics say the timetable is far too thin for a district with three hospitals and a university, and that the office ignored their letters for months before the council stepped in.',
    'The transport office said it would count passengers for six months and publish the figures, and that more buses could be added in the spring if the numbers justified the cost.',
  ],
};

/** Registers the tests of pages that change without a reload. */
export function changingPageSuite(ctx: () => SuiteContext): void {
  describe('a page that changes without a reload', () => {
    test('infinite scroll: highlights stay on their words, new text is not pretended analysed, and analysing again takes it in', async () => {
      const { browser, server } = ctx();
      const page = await browser.openPage(server.url(ARTICLE_PAGES[0].path));
      const button = await page.evaluate(startPageLife, undefined);
      const view = await browser.analyse(page);
      expect(view.status, view.message).toBe('result');
      if (!view.report) throw new Error('no report');
      const paragraphs = await page.evaluate(appendParagraphs, MORE);
      expect(paragraphs).toBeGreaterThan(MORE.length);
      // From here on the page's markup is what its own script made it: Sourcelight must change none of it.
      const grown = await page.evaluate(serialiseDocument, undefined);
      const stale = await waitFor(
        () => browser.callBackground('getTabView', page.tabId),
        (v) => v.ok && v.value.message !== undefined,
        'the result never said the page had grown',
      );
      expect(stale.ok && stale.value.status).toBe('result');
      expect(stale.ok && stale.value.message).toMatch(/added text since it was analysed/);
      expect(await findingsWithoutRange(page, view.report)).toEqual([]);
      const again = await browser.analyse(page);
      expect(again.status, again.message).toBe('result');
      expect(again.text).toContain('northern terminal');
      expect(again.message).toBeUndefined();
      if (again.report) expect(await findingsWithoutRange(page, again.report)).toEqual([]);
      await page.evaluate(
        () => document.querySelector('article p:last-of-type')?.scrollIntoView({ block: 'center' }),
        undefined,
      );
      await page.screenshot('hostile-infinite-scroll');
      expect(await page.evaluate(serialiseDocument, undefined)).toBe(grown);
      await expectPageAlive(page, button);
      await page.close();
    });

    test('a single-page app showing another article (history.pushState): the old highlights go, and the next analysis is of the new article', async () => {
      const { browser, server } = ctx();
      const page = await browser.openPage(server.url(ARTICLE_PAGES[1].path));
      const view = await browser.analyse(page);
      expect(view.status, view.message).toBe('result');
      expect(await page.evaluate(showAnotherArticle, ANOTHER)).toBe(ANOTHER.path);
      const navigated = await page.evaluate(serialiseDocument, undefined);
      await waitFor(
        () => page.evaluate(drawnHighlightNames, undefined),
        (names) => names.length === 0,
        'the old highlights stayed',
      );
      const idle = await waitFor(
        () => browser.callBackground('getTabView', page.tabId),
        (v) => v.ok && v.value.status === 'idle',
        'the old result stayed in the popup',
      );
      expect(idle.ok && idle.value.report).toBeUndefined();
      const fresh = await browser.analyse(page);
      expect(fresh.status, fresh.message).toBe('result');
      expect(fresh.text).toContain('Night buses will run through the old town');
      expect(fresh.text).not.toContain(ARTICLE_PAGES[1].inside);
      expect(fresh.page?.url).toBe(server.url(ANOTHER.path));
      if (fresh.report) expect(await findingsWithoutRange(page, fresh.report)).toEqual([]);
      await page.screenshot('hostile-spa-new-article');
      expect(await page.evaluate(serialiseDocument, undefined)).toBe(navigated);
      await page.close();
    });
  });
}
