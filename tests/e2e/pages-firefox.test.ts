/**
 * The extension pages in Firefox ESR (puppeteer over WebDriver BiDi): each page starts, the analyse page runs the
 * engine in its worker and draws the sample, the glossary focuses the linked entry, the compare page draws
 * both texts, the settings page stores a change. The Chromium files test each page in depth.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { launchPages, type PagesBrowser } from '../pages/browser.ts';
import { describeInBrowser, readHighlights, ROOT, type TestPage, waitFor } from './harness/index.ts';

const SAMPLE = readFileSync(join(ROOT, 'samples/north-waziristan-raid.txt'), 'utf8');

/** Text of the first element matching `selector`, or null. */
function textOf(selector: string): string | null {
  return document.querySelector(selector)?.textContent ?? null;
}

/** Clicks the first element matching `selector`. */
function clickOn(selector: string): void {
  (document.querySelector(selector) as HTMLElement | null)?.click();
}

/** Waits for an element's text to pass `check`. */
const textWhen = (page: TestPage, selector: string, check: (text: string | null) => boolean, what: string) =>
  waitFor(() => page.evaluate(textOf, selector), check, what, 60_000);

describeInBrowser('firefox', 'the extension pages in Firefox', () => {
  let run: PagesBrowser;
  beforeAll(async () => {
    run = await launchPages('firefox');
  }, 180_000);
  afterAll(() => run?.close());

  test('analyse: the sample through the worker, scored and drawn', async () => {
    const page = await run.browser.openExtensionPage('analyse.html?sample');
    await textWhen(page, 'main h1', (t) => t === 'Analyse any text', 'the page');
    await page.evaluate(clickOn, 'button[type="submit"]');
    await textWhen(page, '.score-value', (t) => t === String(analyze(SAMPLE).score.value), 'the score');
    const drawn = await waitFor(
      () => page.evaluate(readHighlights, undefined),
      (d) => Object.keys(d).length >= 3,
      'highlights',
    );
    expect(drawn['sourcelight-weak-source']?.some((t) => t.includes('According to field reports'))).toBe(true);
    await page.screenshot('pages-analyse-result');
    await page.close();
  }, 90_000);

  test('glossary: the linked entry has focus', async () => {
    const page = await run.browser.openExtensionPage('glossary.html#technique-fear-appeal');
    await waitFor(
      () => page.evaluate(() => document.activeElement?.id ?? '', undefined),
      (id) => id === 'technique-fear-appeal',
      'focus',
    );
    await page.close();
  });

  test('settings: a change is stored', async () => {
    const page = await run.browser.openExtensionPage('options.html');
    await textWhen(page, '#sensitivity-confident + label', (t) => t !== null, 'the settings');
    await page.evaluate(clickOn, '#sensitivity-confident');
    await textWhen(page, '.save-status', (t) => t === 'Saved.', 'saved');
    const stored = await page.evaluate(async () => {
      const g = globalThis as unknown as {
        browser: { storage: { local: { get(k: string): Promise<{ settings?: { sensitivity: string } }> } } };
      };
      return (await g.browser.storage.local.get('settings')).settings?.sensitivity;
    }, undefined);
    expect(stored).toBe('confident');
    await page.close();
  });

  test('nothing left the machine and no errors from the extension', () => {
    expect(run.browser.externalRequests()).toEqual([]);
    expect(run.browser.extensionErrors()).toEqual([]);
  });
});
