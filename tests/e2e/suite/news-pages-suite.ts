/**
 * The real news pages of ../shared/data/news-pages (read where they are, never copied), in a browser of
 * their own: these pages try to load trackers and fonts and log their own errors, which must not be
 * confused with the extension's. Here the checks are that every page analyses, that the text found covers
 * the article, and that Sourcelight itself logged no error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { wordCoverage } from '../../../scripts/eval/sets/coverage.ts';
import { type BrowserName, type ExtensionBrowser, launch, NEWS_PAGES_DIR, type TestServer } from '../harness/index.ts';

const index = join(NEWS_PAGES_DIR, 'index.json');
const pages: { file: string; expected: string; outlet: string }[] = existsSync(index) ? JSON.parse(readFileSync(index, 'utf8')) : [];

/** Registers the news-pages tests (skipped with a notice when the shared data is absent). */
export function newsPagesSuite(name: BrowserName, server: () => TestServer): void {
  if (pages.length === 0) console.warn(`[sourcelight e2e] ${NEWS_PAGES_DIR} not found: skipping the real news pages.`);
  describe.skipIf(pages.length === 0)('real news pages from ../shared/data/news-pages', () => {
    let browser: ExtensionBrowser | undefined;
    beforeAll(async () => {
      browser = await launch(name);
    }, 120_000);
    afterAll(async () => {
      await browser?.close();
    });
    const get = () => {
      if (!browser) throw new Error('the browser did not start');
      return browser;
    };

    test.each(pages)('$outlet ($file) analyses, and the text found covers the article', async ({ file, expected }) => {
      const page = await get().openPage(server().url(`/news-pages/${file}`));
      const view = await get().analyse(page, 'anyway');
      expect(view.status, view.message).toBe('result');
      const extraction = await get().callPage(page.tabId, 'extract', 'anyway');
      if (!extraction.ok || extraction.value.kind !== 'article') throw new Error(`extract: ${JSON.stringify(extraction)}`);
      // Test data, not page content in the product: stripping its tags with a regex is enough to count words.
      const wanted = readFileSync(join(NEWS_PAGES_DIR, expected), 'utf8').replace(/<[^>]+>/g, ' ');
      expect(wordCoverage(wanted, extraction.value.text)).toBeGreaterThan(0.8);
      await page.close();
    });

    test('Sourcelight logged no error on any of them', () => {
      expect(get().extensionErrors()).toEqual([]);
    });
  });
}
