/**
 * Teach mode in Chromium: the sample, one phrase marked by keyboard and one by mouse, the marks drawn as
 * highlights, Reveal with the counts the engine and the matcher give, the Markdown notes downloaded, the work
 * back after a reload, dark mode and 200% zoom. Screenshots (looked at): artifacts/screenshots/chromium-pages-teach-*.png.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { compareMarks } from '../../src/teach/match.ts';
import { SAVED_KEY } from '../../src/teach/saved.ts';
import { launchPages, openPage, type PagesBrowser, sidewaysOverflow, zoom100, zoom200 } from '../pages/browser.ts';
import { describeInBrowser, ROOT } from './harness/index.ts';

const SAMPLE = readFileSync(join(ROOT, 'samples/north-waziristan-raid.txt'), 'utf8');

/** Drags the mouse across the first occurrence of `phrase` in the text, as a student would. */
async function dragOver(tab: Page, phrase: string): Promise<void> {
  const box = await tab.evaluate((words) => {
    const p = [...document.querySelectorAll('.article-text p')].find((el) => el.textContent?.includes(words));
    const node = p?.firstChild as Text;
    const range = document.createRange();
    const at = node.data.indexOf(words);
    range.setStart(node, at);
    range.setEnd(node, at + words.length);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rects = [...range.getClientRects()];
    const first = rects[0];
    const last = rects[rects.length - 1];
    return { x0: first.left + 1, y0: first.top + first.height / 2, x1: last.right - 1, y1: last.top + last.height / 2 };
  }, phrase);
  await tab.mouse.move(box.x0, box.y0);
  await tab.mouse.down();
  await tab.mouse.move(box.x1, box.y1, { steps: 5 });
  await tab.mouse.up();
}

/** The marks as saved in the page's session storage. */
async function savedMarks(tab: Page) {
  const raw = await tab.evaluate((key) => sessionStorage.getItem(key), SAVED_KEY);
  return JSON.parse(raw ?? '{}').marks;
}

describeInBrowser('chromium', 'teach mode in Chromium', () => {
  let run: PagesBrowser;
  beforeAll(async () => {
    run = await launchPages();
  }, 180_000);
  afterAll(() => run?.close());

  test('mark by keyboard and mouse, reveal, count, export, reload; light and dark, 200% zoom', async () => {
    const { page, tab } = await openPage(run.browser, 'teach.html');
    expect(await tab.title()).toBe('Teach mode · Sourcelight');
    await tab.click('text=Try the sample');
    await tab.click('text=Start marking');
    await tab.waitForSelector('.article-text p');

    // Keyboard: into the text, arrows to "dangerous", Shift+arrow for "escalation", 1 = loaded wording.
    await tab.focus('.article-text');
    for (let i = 0; i < 40 && (await tab.evaluate(() => String(document.getSelection()))) !== 'dangerous'; i++)
      await tab.keyboard.press('ArrowRight');
    await tab.keyboard.press('Shift+ArrowRight');
    expect(await tab.textContent('.kind-toolbar-words')).toBe('Mark “dangerous escalation” as:');
    await tab.keyboard.press('1');
    // Mouse: drag over the vague source, then choose its kind in the toolbar.
    await dragOver(tab, 'According to field reports');
    expect(await tab.evaluate(() => String(document.getSelection()))).toBe('According to field reports');
    // The toolbar follows the selection on 'selectionchange', an event that lands after the click returns: poll.
    await expect.poll(() => tab.textContent('.kind-toolbar-words')).toBe('Mark “According to field reports” as:');
    await tab.click('.kind-toolbar button.family-weak-source');
    // Triple-click: the whole paragraph (Chromium ends the selection at the next one's start); then let it go.
    const paragraph = ((await tab.textContent('.article-text p:nth-of-type(2)')) ?? '').replace(/\s+/g, ' ').trim();
    await tab.click('.article-text p:nth-of-type(2)', { clickCount: 3 });
    await expect
      .poll(() => tab.textContent('.kind-toolbar-words'))
      .toBe(`Mark “${paragraph.length > 80 ? `${paragraph.slice(0, 80)}…` : paragraph}” as:`);
    await tab.click('.kind-toolbar button:has-text("Let go")');
    const marks = await savedMarks(tab);
    expect(
      marks.map((m: { start: number; end: number; kind: string }) => [SAMPLE.slice(m.start, m.end), m.kind]),
    ).toEqual([
      ['dangerous escalation', 'rhetoric'],
      ['According to field reports', 'weak-source'],
    ]);
    expect(await tab.locator('.mark-item').count()).toBe(2);
    expect(
      await tab.evaluate(() =>
        ['rhetoric', 'weak-source'].map((k) => CSS.highlights.get(`sourcelight-teach-${k}`)?.size),
      ),
    ).toEqual([1, 1]);
    // Nothing of Sourcelight's is drawn before Reveal.
    expect(
      await tab.evaluate(() => [...CSS.highlights.keys()].filter((k) => !k.startsWith('sourcelight-teach'))),
    ).toEqual([]);
    await page.screenshot('pages-teach-marking');

    await tab.click('text=Reveal Sourcelight');
    await tab.waitForSelector('.teach-score');
    const expected = compareMarks(marks, analyze(SAMPLE).findings);
    expect(await tab.textContent('.teach-score strong')).toBe(
      `You found ${expected.counts.found} of the ${expected.counts.findings} things Sourcelight flagged.`,
    );
    expect(await tab.locator('.matches li').count()).toBe(2);
    expect(await tab.locator('.misses li').count()).toBe(expected.misses.length);
    expect(await tab.evaluate(() => CSS.highlights.has('sourcelight-rhetoric'))).toBe(true);
    await page.screenshot('pages-teach-revealed');

    const [download] = await Promise.all([tab.waitForEvent('download'), tab.click('text=Notes (Markdown)')]);
    expect(download.suggestedFilename()).toMatch(
      /^sourcelight-teach-sample-cross-border-[a-z-]+-\d{4}-\d{2}-\d{2}\.md$/,
    );
    const markdown = readFileSync((await download.path()) as string, 'utf8');
    expect(markdown).toContain('## You both marked (2)');
    expect(markdown).toContain('“According to field reports”');
    expect(markdown).toMatch(/\(<chrome-extension:\/\/[a-p]{32}\/glossary\.html#source-vague>\)/);

    await tab.reload();
    await tab.waitForSelector('.teach-score');
    expect(await savedMarks(tab)).toEqual(marks);

    await tab.emulateMedia({ colorScheme: 'dark' });
    expect(await tab.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(23, 25, 29)');
    await page.screenshot('pages-teach-revealed-dark');
    await tab.click('text=Hide the findings');
    await tab.waitForSelector('.mark-list');
    await page.screenshot('pages-teach-marking-dark');
    await zoom200(tab);
    expect(await sidewaysOverflow(tab)).toEqual([]);
    await tab.evaluate(() => document.querySelector('.kind-toolbar')?.scrollIntoView());
    await page.screenshot('pages-teach-zoom200');
    await tab.click('text=Reveal Sourcelight');
    await tab.waitForSelector('.teach-score');
    expect(await sidewaysOverflow(tab)).toEqual([]);
    await tab.evaluate(() => document.querySelector('.teach-score')?.scrollIntoView());
    await page.screenshot('pages-teach-zoom200-revealed');
    await zoom100(tab);
    await page.close();
  }, 120_000);

  test('nothing left the machine and no errors from the extension', () => {
    expect(run.browser.externalRequests()).toEqual([]);
    expect(run.browser.extensionErrors()).toEqual([]);
  });
});
