/**
 * The "Analyse any text" page in Chromium: the sample drawn with the right highlights, the panel, reveal and the
 * card, keyboard use, exports, a dropped HTML file, dark mode and 200% zoom (screenshots in
 * artifacts/screenshots/chromium-pages-*.png, looked at), and a 20,000-word text: progress shown, page responsive.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { familyOf } from '../../src/messaging/families.ts';
import { highlightName, layerOf } from '../../src/page/highlight/styles.ts';
import {
  launchPages,
  openPage,
  type PagesBrowser,
  sidewaysOverflow,
  tabOrder,
  zoom100,
  zoom200,
} from '../pages/browser.ts';
import { describeInBrowser, readCard, readHighlights, ROOT, SAMPLE_EXPECTED } from './harness/index.ts';
import { familyTexts } from './suite/context.ts';

const SAMPLE = readFileSync(join(ROOT, 'samples/north-waziristan-raid.txt'), 'utf8');
const squash = (s: string) => s.replace(/\s+/g, '');

describeInBrowser('chromium', 'the analyse page in Chromium', () => {
  let run: PagesBrowser;
  beforeAll(async () => {
    run = await launchPages();
  }, 180_000);
  afterAll(() => run?.close());

  test('the sample: score, panel and every finding drawn in its family; reveal, card and keyboard', async () => {
    const { page, tab } = await openPage(run.browser, 'analyse.html');
    expect(await tab.title()).toBe('Analyse a text · Sourcelight');
    expect(await tab.evaluate(() => document.documentElement.lang)).toMatch(/^en\b/);
    await page.screenshot('pages-analyse-empty');
    expect(await tabOrder(tab, 9)).toEqual([
      'a:Analyse a text',
      'a:Compare two articles',
      'a:Teach mode',
      'a:Glossary',
      'a:Settings',
      'textarea:Text to analyse',
      'button:Analyse',
      'button:Try the sample',
      'input:Open a file…',
    ]);
    await tab.click('text=Try the sample');
    await tab.click('button[type="submit"]');
    await tab.waitForSelector('.score-value');
    const expected = analyze(SAMPLE);
    expect(await tab.textContent('.score-value')).toBe(String(expected.score.value));
    await tab.waitForFunction(() => !document.querySelector('.drawing'));
    const drawn = await page.evaluate(readHighlights, undefined);
    for (const finding of expected.findings) {
      expect(drawn[highlightName(familyOf(finding), layerOf(finding))]?.map(squash), finding.text).toContain(
        squash(finding.text),
      );
    }
    for (const { phrase, families } of SAMPLE_EXPECTED) {
      // The span must overlap the phrase (expected.md): one contains the other.
      const overlaps = (t: string) => squash(t).includes(squash(phrase)) || squash(phrase).includes(squash(t));
      expect(
        families.some((f) => familyTexts(drawn, f as never).some(overlaps)),
        phrase,
      ).toBe(true);
    }
    await page.screenshot('pages-analyse-result');

    // Enter on a finding in the list: the text scrolls to it, it flashes, and its card opens with focus.
    await tab.focus('.group.family-weak-source button.finding-reveal');
    await tab.keyboard.press('Enter');
    await tab.waitForFunction(() => document.querySelector('sourcelight-card') !== null);
    expect(await page.evaluate(() => CSS.highlights.has('sourcelight-flash'), undefined)).toBe(true);
    const card = await page.evaluate(readCard, undefined);
    expect(card).toMatchObject({ open: true, focused: true });
    expect(card.title).toMatch(/source/i);
    await page.screenshot('pages-analyse-card');
    await tab.keyboard.press('Escape');
    expect((await page.evaluate(readCard, undefined)).open).toBe(false);
    expect(await tab.evaluate(() => document.activeElement?.className)).toBe('finding-reveal');

    // A family switched off leaves the highlights and the list.
    await tab.click('button.filter.family-rhetoric');
    expect(Object.keys(await page.evaluate(readHighlights, undefined))).not.toContain('sourcelight-rhetoric');
    expect(await tab.$('.group.family-rhetoric')).toBeNull();
    await page.close();
  });

  test('exports are made on the page and downloaded', async () => {
    const { page, tab } = await openPage(run.browser, 'analyse.html?sample');
    await tab.click('button[type="submit"]');
    await tab.waitForSelector('.exports');
    const [download] = await Promise.all([tab.waitForEvent('download'), tab.click('text=Notes (Markdown)')]);
    expect(download.suggestedFilename()).toMatch(
      /^sourcelight-sample-cross-border-raid-signals-a-dangerous-escalation-\d{4}-\d{2}-\d{2}\.md$/,
    );
    const markdown = readFileSync((await download.path()) as string, 'utf8');
    expect(markdown).toContain('# Sourcelight report: Sample: Cross-border raid signals a dangerous escalation');
    expect(markdown).toContain('According to field reports');
    await page.close();
  });

  test('a dropped HTML file: the article only, with its links counted as sources', async () => {
    const { page, tab } = await openPage(run.browser, 'analyse.html');
    const html = readFileSync(join(ROOT, 'tests/fixtures/pages/capital-wire-budget-vote.html'), 'utf8');
    await tab.setInputFiles('input[type="file"]', {
      name: 'budget-vote.html',
      mimeType: 'text/html',
      buffer: Buffer.from(html),
    });
    await tab.waitForFunction(() => (document.querySelector('textarea')?.value.length ?? 0) > 400);
    const text = await tab.inputValue('textarea');
    expect(text).not.toMatch(/<[a-z]/i);
    await tab.click('button[type="submit"]');
    await tab.waitForSelector('.score-value');
    expect(await tab.textContent('#text-heading')).not.toBe('Your text');
    await page.close();
  });

  test('dark mode and 200% zoom: readable, nothing scrolls sideways', async () => {
    const { page, tab } = await openPage(run.browser, 'analyse.html?sample');
    await tab.emulateMedia({ colorScheme: 'dark' });
    await tab.click('button[type="submit"]');
    await tab.waitForSelector('.score-value');
    expect(await tab.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(23, 25, 29)');
    await page.screenshot('pages-analyse-dark');
    await zoom200(tab);
    expect(await sidewaysOverflow(tab)).toEqual([]);
    await page.screenshot('pages-analyse-zoom200');
    await zoom100(tab);
    await page.close();
  });

  test('a 20,000-word text: progress while the engine works, and no long task on the page meanwhile', async () => {
    const paragraphs = SAMPLE.split('\n').filter((p) => p.trim() !== '');
    const long = Array.from({ length: Math.ceil(20_000 / 400) }, () => paragraphs.join('\n\n')).join('\n\n');
    const { page, tab } = await openPage(run.browser, 'analyse.html');
    await tab.fill('textarea', long);
    // Long tasks (over 50 ms) and the moments the page changes state, on one clock.
    await tab.evaluate(() => {
      const w = window as unknown as { perf: { tasks: Array<[number, number]>; states: Array<[string, number]> } };
      w.perf = { tasks: [], states: [] };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.perf.tasks.push([Math.round(e.startTime), Math.round(e.duration)]);
      }).observe({ type: 'longtask' });
      new MutationObserver(() => {
        const state = document.querySelector('.working')
          ? 'working'
          : document.querySelector('.drawing')
            ? 'drawing'
            : document.querySelector('.score-value')
              ? 'done'
              : 'editing';
        if (state !== w.perf.states.at(-1)?.[0]) w.perf.states.push([state, Math.round(performance.now())]);
      }).observe(document.body, { subtree: true, childList: true });
    });
    const started = Date.now();
    await tab.click('button[type="submit"]');
    await tab.waitForSelector('.working progress');
    expect(await tab.textContent('#working-heading')).toMatch(/Loading the language model|Analysing the text/);
    await tab.waitForSelector('.score-value', { timeout: 120_000 });
    await tab.waitForFunction(() => !document.querySelector('.drawing'), undefined, { timeout: 120_000 });
    const total = Date.now() - started;
    const { tasks, states } = await tab.evaluate(
      () => (window as unknown as { perf: { tasks: Array<[number, number]>; states: Array<[string, number]> } }).perf,
    );
    const working = states.find(([s]) => s === 'working')?.[1] ?? 0;
    const answered = states.find(([s]) => s === 'drawing' || s === 'done')?.[1] ?? Number.POSITIVE_INFINITY;
    // Tasks that started while the engine worked in its worker: the page had nothing long to do.
    const duringAnalysis = tasks.filter(([start]) => start > working + 100 && start + 150 < answered);
    const after = tasks.filter(([start]) => start + 150 >= answered).map(([, duration]) => duration);
    console.log(
      `[pages e2e] 20,000 words: ${total} ms from click to all highlights (${await tab.textContent('.timing')}); ` +
        `engine in the worker for ${answered - working} ms with ${duringAnalysis.length} long tasks on the page; ` +
        `long tasks after the answer (unpacking, first layout, drawing): ${JSON.stringify(after)} ms`,
    );
    // The budget (no task over 50 ms) is measured by `npm run bench` on a quiet machine; a timed test cannot
    // hold it on a shared one, where a descheduled renderer makes any task look long. What this test can hold
    // is the design: were the engine on the page's thread, its seconds of work would be one long task.
    const blocked = duringAnalysis.reduce((sum, [, duration]) => sum + duration, 0);
    expect(blocked, JSON.stringify(duringAnalysis)).toBeLessThan((answered - working) / 4);
    await page.close();
  }, 180_000);

  test('nothing left the machine and no errors from the extension', () => {
    expect(run.browser.externalRequests()).toEqual([]);
    expect(run.browser.extensionErrors()).toEqual([]);
  });
});
