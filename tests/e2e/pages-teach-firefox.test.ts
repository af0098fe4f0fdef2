/**
 * Teach mode in Firefox ESR (puppeteer over WebDriver BiDi): "?sample" starts marking, the keys mark a phrase,
 * the mark is drawn as a highlight, Reveal counts it against the engine's findings made in the page's worker,
 * and a reload brings the work back. The Chromium file tests the page in depth.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { compareMarks } from '../../src/teach/match.ts';
import { launchPages, type PagesBrowser } from '../pages/browser.ts';
import { describeInBrowser, ROOT, type TestPage, waitFor } from './harness/index.ts';

const SAMPLE = readFileSync(join(ROOT, 'samples/north-waziristan-raid.txt'), 'utf8');

/** Presses keys in the text to mark, as keydown events (the page's own handler moves the selection). */
function pressInText(keys: string[]): void {
  const region = document.querySelector('.article-text') as HTMLElement;
  region.focus();
  for (const key of keys) {
    const shiftKey = key.startsWith('Shift+');
    region.dispatchEvent(new KeyboardEvent('keydown', { key: key.replace('Shift+', ''), shiftKey, bubbles: true }));
  }
}

/** The comparison's count once shown (after a reload: on the reloaded page, not the one before it). */
const scoreText = (page: TestPage, reloaded = false) =>
  waitFor(
    // A reload may be under way: a read that fails is read again.
    () =>
      page
        .evaluate((afterReload) => {
          const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
          if (afterReload && navigation?.type !== 'reload') return null;
          return document.querySelector('.teach-score strong')?.textContent ?? null;
        }, reloaded as never)
        .catch(() => null),
    (text) => text !== null,
    'the comparison',
    60_000,
  );

describeInBrowser('firefox', 'teach mode in Firefox', () => {
  let run: PagesBrowser;
  beforeAll(async () => {
    run = await launchPages('firefox');
  }, 180_000);
  afterAll(() => run?.close());

  test('mark by keyboard, reveal, count; the work survives a reload', async () => {
    const page = await run.browser.openExtensionPage('teach.html?sample');
    await waitFor(
      () => page.evaluate(() => document.querySelectorAll('.article-text p').length, undefined),
      (n) => n > 3,
      'the text',
    );
    // "A cross-border raid": the first three words, marked as loaded wording.
    await page.evaluate(pressInText, ['ArrowRight', 'Shift+ArrowRight', 'Shift+ArrowRight', '1'] as never);
    const marks = await page.evaluate(
      () => JSON.parse(sessionStorage.getItem('sourcelight-teach') ?? '{}').marks,
      undefined,
    );
    expect(marks).toEqual([{ id: 'm1', start: 0, end: 19, kind: 'rhetoric' }]);
    expect(await page.evaluate(() => CSS.highlights.get('sourcelight-teach-rhetoric')?.size ?? 0, undefined)).toBe(1);
    await page.evaluate(() => (document.querySelector('.reveal-box button') as HTMLElement).click(), undefined);
    const expected = compareMarks(marks, analyze(SAMPLE).findings).counts;
    expect(await scoreText(page)).toBe(
      `You found ${expected.found} of the ${expected.findings} things Sourcelight flagged.`,
    );
    await waitFor(
      () => page.evaluate(() => CSS.highlights.has('sourcelight-rhetoric'), undefined),
      (has) => has,
      'findings drawn',
    );
    // Marked words are let go: no selectionchange queued by the arrows selects them again.
    expect(
      await page.evaluate(
        () => [String(document.getSelection()), document.querySelector('.kind-toolbar.active')],
        undefined,
      ),
    ).toEqual(['', null]);
    await page.screenshot('pages-teach-revealed');
    await page.evaluate(() => location.reload(), undefined);
    expect(await scoreText(page, true)).toBe(
      `You found ${expected.found} of the ${expected.findings} things Sourcelight flagged.`,
    );
    await page.close();
  }, 120_000);

  test('nothing left the machine and no errors from the extension', () => {
    expect(run.browser.externalRequests()).toEqual([]);
    expect(run.browser.extensionErrors()).toEqual([]);
  });
});
