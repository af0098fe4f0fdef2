/**
 * The popup's layout in a real Chromium, without the extension around it: the real popup.html, popup.css and
 * components, bundled with a fake background (tests/popup/preview/entry.tsx) that answers with the engine's
 * report of the canonical sample. Checks what a reader sees: no sideways scrolling at 400 px or at 200% zoom,
 * dark mode, focus rings, a click that reveals; and saves screenshots to artifacts/screenshots/ to look at.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import type { TabView } from '../../src/messaging/protocol.ts';
import { ARTICLE, FINDINGS, resultView } from '../popup/fixtures.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CHROMIUM = '/usr/bin/chromium';
const SHOTS = join(ROOT, 'artifacts/screenshots');
const present = existsSync(CHROMIUM);
if (!present) {
  const notice = `popup layout tests need Chromium at ${CHROMIUM} (apt-get install chromium)`;
  if (process.env.SOURCELIGHT_REQUIRE_BROWSERS) throw new Error(notice);
  console.warn(`SKIPPED: ${notice}`);
}

const sample = readFileSync(join(ROOT, 'samples/north-waziristan-raid.txt'), 'utf8');
const families: TabView['families'] = ['unsourced', 'weak-source', 'rhetoric', 'sourced'];
const page = { url: 'http://127.0.0.1/north-waziristan', title: 'Cross-border raid signals a dangerous escalation' };
const base = { tabId: 1, page, highlightsVisible: true, families };
/** The views to preview, by name. The result carries the analysed text so items show their real sentences. */
const VIEWS: Record<string, TabView & { text?: string }> = {
  result: { ...base, status: 'result', report: analyze(sample), text: sample },
  /** A hand-made report with every family, a breakdown and a quotation, whatever the engine finds today. */
  'all-families': { ...resultView({ tabId: 1, page }), text: ARTICLE },
  /** A report loaded from a file with a long name, some of whose annotations the page no longer holds. */
  loaded: {
    ...resultView({ tabId: 1, page }),
    text: ARTICLE,
    loaded: {
      fileName: 'sourcelight-news-example-com-cross-border-raid-signals-a-dangerous-escalation-2026-11-26.jsonld',
      analysedAt: '2026-11-26T14:05:00.000Z',
      total: 12,
      unmatched: FINDINGS.slice(0, 3),
    },
  },
  analysing: { ...base, status: 'analysing', progress: 0.35 },
  'not-article': { ...base, status: 'not-article' },
  error: {
    ...base,
    status: 'error',
    message: 'The page changed while Sourcelight was reading it. Reload it and try again.',
  },
};

const TYPES: Record<string, string> = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript' };
let dir = '';
let server: Server;
let origin = '';
let browser: Browser;

beforeAll(async () => {
  if (!present) return;
  dir = mkdtempSync(join(tmpdir(), 'sourcelight-popup-'));
  await build({
    entryPoints: [join(ROOT, 'tests/popup/preview/entry.tsx')],
    bundle: true,
    format: 'esm',
    outfile: join(dir, 'popup.js'),
    jsx: 'automatic',
    jsxImportSource: 'preact',
    logLevel: 'error',
  });
  copyFileSync(join(ROOT, 'popup/popup.html'), join(dir, 'popup.html'));
  copyFileSync(join(ROOT, 'popup/popup.css'), join(dir, 'popup.css'));
  server = createServer((req, res) => {
    const file = join(dir, new URL(req.url ?? '/', 'http://x').pathname);
    if (!file.startsWith(dir) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  mkdirSync(SHOTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Opens the preview of one view at a width (CSS px), colour scheme and zoom (device scale factor). */
async function open(name: string, scheme: 'light' | 'dark' = 'light', width = 400, zoom = 1): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: 600 },
    colorScheme: scheme,
    deviceScaleFactor: zoom,
  });
  const tab = await context.newPage();
  const errors: string[] = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  await tab.addInitScript((view) => Object.assign(window, { previewView: view }), VIEWS[name]);
  await tab.goto(`${origin}/popup.html`);
  await tab.waitForSelector('.app-main > section, .app-main > div.result');
  expect(errors).toEqual([]);
  return tab;
}

/** Widths that overflow the window sideways: the document's, and any element wider than its scroll box. */
function sidewaysOverflow(tab: Page) {
  return tab.evaluate(() => ({
    document: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    elements: [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .map((el) => el.className || el.tagName),
  }));
}

// Browsers are slow to start on a busy machine: give each test room.
describe.skipIf(!present)('popup layout in Chromium', { timeout: 90_000 }, () => {
  test.each([
    ['light', 'rgb(255, 255, 255)'],
    ['dark', 'rgb(23, 25, 29)'],
  ] as const)('result in %s mode: score, groups, no sideways scrolling; screenshot', async (scheme, background) => {
    const tab = await open('result', scheme);
    expect(await tab.textContent('.score-value')).toMatch(/^\d+$/);
    expect(await tab.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(background);
    expect(await sidewaysOverflow(tab)).toEqual({ document: 0, elements: [] });
    await tab.screenshot({ path: join(SHOTS, `popup-result-${scheme}.png`), fullPage: true });
    await tab.context().close();
  });

  test.each(['all-families', 'analysing', 'not-article', 'error'])(
    '%s screen: a sentence, never blank; screenshot',
    async (name) => {
      for (const scheme of ['light', 'dark'] as const) {
        const tab = await open(name, scheme);
        expect((await tab.textContent('.app-main'))?.trim().length).toBeGreaterThan(20);
        await tab.screenshot({ path: join(SHOTS, `popup-${name}-${scheme}.png`), fullPage: true });
        await tab.context().close();
      }
    },
  );

  test.each([
    ['', 400, 1],
    ['-zoom200', 200, 2],
  ] as const)('a loaded report and the open Export menu fit the popup%s; screenshots', async (suffix, width, zoom) => {
    const tab = await open('loaded', 'light', width, zoom);
    expect(await tab.textContent('.loaded h2')).toContain('Loaded from file');
    expect(await sidewaysOverflow(tab)).toEqual({ document: 0, elements: [] });
    await tab.screenshot({ path: join(SHOTS, `popup-loaded${suffix}.png`), fullPage: true });
    await tab.click('.export-button');
    expect(await tab.isVisible('[role="menu"]')).toBe(true);
    expect(await sidewaysOverflow(tab)).toEqual({ document: 0, elements: [] });
    await tab.screenshot({ path: join(SHOTS, `popup-export-menu${suffix}.png`) });
    await tab.context().close();
  });

  test('at 200% zoom the popup reflows instead of scrolling sideways or clipping', async () => {
    // A 400 px popup at 200% zoom lays out in 200 CSS px.
    const tab = await open('result', 'light', 200, 2);
    expect(await sidewaysOverflow(tab)).toEqual({ document: 0, elements: [] });
    await tab.screenshot({ path: join(SHOTS, 'popup-result-zoom200.png'), fullPage: true });
    await tab.context().close();
  });

  test('Tab walks the controls in reading order with a visible focus ring', async () => {
    const tab = await open('result');
    const seen: Array<{ cls: string; ring: string }> = [];
    for (let i = 0; i < 11; i++) {
      await tab.keyboard.press('Tab');
      seen.push(
        await tab.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          // Finding buttons draw their ring on the card (::after), the others on themselves.
          const style = getComputedStyle(el, el.classList.contains('finding-reveal') ? '::after' : null);
          return { cls: el.className.split(' ')[0], ring: `${style.outlineStyle} ${style.outlineWidth}` };
        }),
      );
    }
    // Export, Copy as Markdown and Load report come first, right under the score.
    expect(seen.slice(0, 3).map((s) => s.cls)).toEqual(['secondary', 'secondary', 'secondary']);
    expect(seen.slice(3, 7).map((s) => s.cls)).toEqual(['filter', 'filter', 'filter', 'filter']);
    expect(seen[7].cls).toBe('toggle');
    expect(seen[8].cls).toBe('group-toggle');
    for (const s of seen) expect(s.ring).toBe('solid 3px');
    await tab.screenshot({ path: join(SHOTS, 'popup-focus.png') });
    await tab.context().close();
  });

  test('clicking anywhere on an item reveals that finding; Enter does too', async () => {
    const tab = await open('result');
    const ids = await tab.evaluate(() =>
      [...document.querySelectorAll('.finding-why')].map((p) => p.id.replace(/^why-/, '')),
    );
    expect(ids.length).toBeGreaterThan(1);
    // A real mouse click on the explanation, not on the button: the whole card must answer.
    const why = tab.locator('li.finding .finding-why').first();
    await why.scrollIntoViewIfNeeded();
    const box = await why.boundingBox();
    if (!box) throw new Error('the first explanation is not on screen');
    await tab.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await tab.focus('li.finding >> nth=1 >> button.finding-reveal');
    await tab.keyboard.press('Enter');
    expect(await tab.evaluate(() => window.revealed)).toEqual([ids[0], ids[1]]);
    await tab.context().close();
  });
});
