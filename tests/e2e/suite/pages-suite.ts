/** Real-looking pages: five invented news sites, a page that is not an article, a strict CSP, browser pages. */
import { describe, expect, test } from 'vitest';
import {
  ARTICLE_PAGES,
  NON_ARTICLE_PAGE,
  pointOnHighlight,
  readCard,
  serialiseDocument,
  waitFor,
} from '../harness/index.ts';
import { ALL_FAMILY_NAMES } from '../../../src/page/highlight/styles.ts';
import { findingsWithoutRange, rangeCount, type SuiteContext } from './context.ts';

/** Registers the tests over many pages. */
export function pagesSuite(ctx: () => SuiteContext): void {
  describe('article pages of invented news sites', () => {
    test.each(ARTICLE_PAGES)('$path: the article is found, the furniture left out, every finding drawn', async ({ path, inside, outside }) => {
      const { browser, server } = ctx();
      const page = await browser.openPage(server.url(path));
      const before = await page.evaluate(serialiseDocument, undefined);
      const view = await browser.analyse(page);
      expect(view.status, view.message).toBe('result');
      const extraction = await browser.callPage(page.tabId, 'extract', 'article');
      if (!extraction.ok || extraction.value.kind !== 'article') throw new Error(`extract: ${JSON.stringify(extraction)}`);
      expect(extraction.value.text).toContain(inside);
      expect(extraction.value.text).not.toContain(outside);
      expect(extraction.value.links.length).toBeGreaterThan(0);
      for (const link of extraction.value.links) expect(link.href).toMatch(/^https?:\/\//);
      // Extracting again replaced the page's map: draw the same report again before checking the ranges.
      if (view.report) await browser.callPage(page.tabId, 'draw', view.report, view.families);
      expect(await findingsWithoutRange(page, view.report ?? { findings: [] } as never)).toEqual([]);
      expect(await page.evaluate(serialiseDocument, undefined)).toBe(before);
      await page.screenshot(`article-${path.split('/').pop()?.replace('.html', '')}`);
      await page.close();
    });
  });

  test('a page that is not an article says so kindly, and "Analyse anyway" still works', async () => {
    const { browser, server } = ctx();
    const page = await browser.openPage(server.url(NON_ARTICLE_PAGE));
    const view = await browser.analyse(page, 'article');
    expect(view.status).toBe('not-article');
    expect(view.message).toMatch(/does not look like a news article/);
    const anyway = await browser.analyse(page, 'anyway');
    expect(anyway.status, anyway.message).toBe('result');
    await page.close();
  });

  test('under a strict Content-Security-Policy the highlights and a styled card still appear', async () => {
    const { browser, server } = ctx();
    const page = await browser.openPage(server.url(`${ARTICLE_PAGES[0].path}?csp=strict`));
    const view = await browser.analyse(page);
    expect(view.status, view.message).toBe('result');
    expect(await rangeCount(page)).toBe(view.report?.findings.length);
    let point = null;
    for (const name of ALL_FAMILY_NAMES) point ??= await page.evaluate(pointOnHighlight, [name, null] as const);
    if (!point) throw new Error('nothing highlighted to click');
    await page.click(point.x, point.y);
    const card = await waitFor(() => page.evaluate(readCard, undefined), (c) => c.open, 'no card under a strict CSP');
    // The card's own stylesheet applied: a 6px coloured left border comes only from it.
    expect(card.borderLeft).toBe('6px');
    await page.screenshot('strict-csp-card');
    await page.press('Escape');
    await page.close();
  });

  test('a browser page is reported as restricted, with a sentence, never left analysing', async () => {
    const { browser } = ctx();
    const page = await browser.openPage(browser.name === 'chromium' ? 'chrome://version/' : 'about:robots');
    const view = await browser.analyse(page);
    expect(view.status).toBe('restricted');
    expect(view.message?.length).toBeGreaterThan(20);
    await page.close();
  });
}
