/**
 * Exported reports in the real extension, in Chromium and in Firefox: the popup's Export menu saves each format
 * (checked through the very object URL the popup clicks, and in Chromium also as the file the browser
 * downloaded), Copy as Markdown, and the JSON-LD round trip: export, reload the page with a paragraph inserted,
 * a word changed and a sentence deleted, load the report, and find its highlights on the same words with the
 * lost annotations listed. Screenshots of the open menu and the loaded report go to artifacts/screenshots/.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { strings } from '../../popup/strings.ts';
import type { Finding } from '../../src/engine/types.ts';
import { envelope } from '../../src/messaging/envelope.ts';
import type { TabView } from '../../src/messaging/protocol.ts';
import { parseJsonLdReport } from '../../src/report/index.ts';
import type { ExportFormat } from '../../src/report/types.ts';
import {
  type BrowserName,
  describeInBrowser,
  type ExtensionBrowser,
  ensureBuilt,
  launch,
  longPage,
  startServer,
  type TestPage,
  waitFor,
} from './harness/index.ts';
import {
  centreOf,
  clearDownloads,
  EDITS,
  pickFile,
  savedLinks,
  startArticleServer,
  takeDownloadedFile,
  watchDownloads,
} from './report-helpers.ts';
import { findingsWithoutRange, rangeCount, squash } from './suite/context.ts';

/** What a playwright page offers for downloads (Chromium); puppeteer over BiDi has no equivalent. */
interface DownloadingPage {
  waitForEvent(
    event: 'download',
    options: { timeout: number },
  ): Promise<{ suggestedFilename(): string; path(): Promise<string> }>;
}

/** Playwright's way to grant the popup clipboard access (Chromium only). */
interface ClipboardGrant {
  context?(): { grantPermissions(permissions: string[]): Promise<void> };
}

/** What each format's file must look like, beyond being what the popup saved. */
const CHECKS: Record<ExportFormat, (text: string, view: TabView) => void> = {
  jsonld: (text, view) => {
    const loaded = parseJsonLdReport(text);
    if (!loaded.ok) throw new Error(loaded.error);
    expect(loaded.value.report.findings).toEqual(view.report?.findings);
    expect(loaded.value.meta.url).toBe(view.page?.url);
  },
  md: (text, view) => {
    expect(text).toMatch(/^# .*Taliban raid/);
    expect(text).toContain('## Findings');
    expect(text).toContain(String(view.report?.score.value));
    expect(text).toContain('According to field reports');
  },
  html: (text) => {
    expect(text).toMatch(/^<!doctype html>/i);
    expect(text).toContain("default-src 'none'");
    expect(text).toMatch(/<mark[^>]*>[^<]*According to field reports/);
    expect(text).not.toMatch(/<script|src=/i);
  },
  csv: (text, view) => {
    expect(text.startsWith('\uFEFFid,kind,subtype,text,sentence,start,end')).toBe(true);
    // One line per finding after the header (CRLF ends rows; sentences hold no line breaks in the sample).
    expect(text.trimEnd().split('\r\n')).toHaveLength((view.report?.findings.length ?? 0) + 1);
  },
};

for (const name of ['chromium', 'firefox'] as const satisfies readonly BrowserName[]) {
  describeInBrowser(name, `exported reports in the extension (${name})`, () => {
    let site: Awaited<ReturnType<typeof startArticleServer>>;
    let browser: ExtensionBrowser;
    let article: TestPage;
    let view: TabView;
    let popup: TestPage;
    /** The files the popup saved, by format: name and text, as the browser wrote them to disk. */
    const saved = new Map<ExportFormat, { name: string; text: string }>();

    const click = async (selector: string) => {
      const point = await popup.evaluate(centreOf, selector);
      if (!point) throw new Error(`nothing matches ${selector} in the popup`);
      await popup.click(point.x, point.y);
    };
    const popupText = (selector: string) =>
      popup.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector);

    beforeAll(async () => {
      await ensureBuilt();
      site = await startArticleServer();
      browser = await launch(name);
      article = await browser.openPage(site.url, { viewport: { width: 1000, height: 800 } });
      view = await browser.analyse(article);
      popup = await browser.openExtensionPage(`popup.html?tabId=${article.tabId}`, {
        viewport: { width: 420, height: 900 },
      });
      await waitFor(
        () => popupText('.score-value'),
        (v) => /^\d+$/.test(v),
        'the popup shows no score',
        30_000,
      );
      await popup.evaluate(watchDownloads, undefined);
      // Lets the test read back what Copy as Markdown wrote (an extension page is no origin playwright can name).
      await (popup.raw as ClipboardGrant).context?.().grantPermissions(['clipboard-read', 'clipboard-write']);
      if (name === 'firefox') clearDownloads('sourcelight-127-0-0-1-');
    }, 180_000);

    afterAll(async () => {
      await browser?.close();
      await site?.close();
    });

    test('the view carries the analysed text, and every finding points into it', () => {
      expect(view.status, view.message).toBe('result');
      const text = view.text ?? '';
      expect(text).toContain('According to field reports');
      for (const f of view.report?.findings ?? []) expect(text.slice(f.start, f.end)).toBe(f.text);
    });

    test('the Export menu opens on its first format, Escape closes it and gives focus back', async () => {
      await click('.export-button');
      // Focus moves in an effect after the menu is painted (Preact runs effects after the next frame), so on a
      // busy machine it can come a frame or two after the click: wait for it rather than read it at once.
      const readMenu = () =>
        popup.evaluate(
          () => ({
            expanded: document.querySelector('.export-button')?.getAttribute('aria-expanded'),
            focused: document.activeElement?.querySelector('.menu-item-name')?.textContent,
            visible: (document.querySelector('[role="menu"]') as HTMLElement).getBoundingClientRect().height > 0,
          }),
          undefined,
        );
      const open = await waitFor(readMenu, (m) => m.focused !== undefined, 'the Export menu never took focus', 5_000);
      expect(open).toEqual({ expanded: 'true', focused: strings.exports.formats.jsonld.name, visible: true });
      await popup.press('ArrowDown');
      await popup.screenshot('popup-export-menu');
      await popup.press('Escape');
      const closed = await popup.evaluate(
        () => ({
          expanded: document.querySelector('.export-button')?.getAttribute('aria-expanded'),
          focusOnButton: document.activeElement === document.querySelector('.export-button'),
        }),
        undefined,
      );
      expect(closed).toEqual({ expanded: 'false', focusOnButton: true });
    }, 30_000);

    test.each(['jsonld', 'md', 'html', 'csv'] as const)(
      'Export › %s downloads the file, named after the page and date',
      async (format) => {
        const downloading =
          name === 'chromium'
            ? (popup.raw as DownloadingPage).waitForEvent('download', { timeout: 15_000 })
            : undefined;
        const before = (await popup.evaluate(savedLinks, undefined)).length;
        await click('.export-button');
        await click(`[role="menuitem"]:nth-child(${['jsonld', 'md', 'html', 'csv'].indexOf(format) + 1})`);
        const links = await waitFor(
          () => popup.evaluate(savedLinks, undefined),
          (l) => l.length > before,
          'nothing was saved',
        );
        const link = links[before];
        expect(link.name).toMatch(
          new RegExp(
            `^sourcelight-127-0-0-1-taliban-raid-into-north-waziristan[a-z0-9-]*-\\d{4}-\\d{2}-\\d{2}\\.${format}$`,
          ),
        );
        expect(link.href.startsWith(`blob:${browser.extensionOrigin.replace(/\/$/, '')}`)).toBe(true);
        expect(await popupText('.action-status')).toBe(strings.exports.started(link.name));
        // The file as the browser saved it: Chromium reports its downloads; Firefox saves into the Downloads folder.
        let text: string | undefined;
        if (downloading) {
          const download = await downloading;
          expect(download.suggestedFilename()).toBe(link.name);
          text = readFileSync(await download.path(), 'utf8');
        } else text = await takeDownloadedFile(link.name);
        if (text === undefined) throw new Error(`${name} saved no file called ${link.name}`);
        CHECKS[format](text, view);
        saved.set(format, { name: link.name, text });
      },
      30_000,
    );

    test('Copy as Markdown puts the report on the clipboard, or says clearly why not', async () => {
      await click('.copy-button');
      const outcome = await waitFor(
        () =>
          popup.evaluate(
            () => ({
              status: document.querySelector('.action-status')?.textContent ?? '',
              notice: document.querySelector('.notice p')?.textContent ?? '',
            }),
            undefined,
          ),
        (o) => o.status === strings.exports.copied || o.notice !== '',
        'copying said nothing',
      );
      if (outcome.notice) {
        // Headless browsers may refuse the clipboard: then the reader must be told, in a sentence.
        expect(outcome.notice).toMatch(/clipboard/);
        console.warn(`[report e2e] ${name} refused the clipboard here: ${outcome.notice}`);
        await click('.notice button');
      } else expect(outcome.status).toBe(strings.exports.copied);
      if (name === 'chromium' && !outcome.notice) {
        // Chromium lets the test read the clipboard back: the Markdown export, to the minute of its date.
        const copied = await popup.evaluate(() => navigator.clipboard.readText(), undefined);
        const undated = (s: string) => s.replace(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/g, 'DATE');
        expect(undated(copied)).toBe(undated(saved.get('md')?.text ?? ''));
      }
    }, 30_000);

    test('JSON-LD round trip: loaded onto the changed page, highlights land on the same words and lost ones are listed', async () => {
      const file = saved.get('jsonld');
      if (!file) throw new Error('the JSON-LD export did not run');
      const original = view.report?.findings ?? [];
      site.change();
      await (article.raw as { reload(): Promise<unknown> }).reload();
      await waitFor(
        () => article.evaluate(() => document.body.textContent ?? '', undefined),
        (t) => t.includes(EDITS.inserted),
        'the page did not change',
      );
      expect(await popup.evaluate(pickFile, [file.name, file.text] as const)).toBe(true);
      await waitFor(
        () => popupText('.loaded h2'),
        (t) => t !== '',
        'the popup shows no loaded report',
        30_000,
      );

      const loaded = await browser.callBackground('getTabView', article.tabId);
      if (!loaded.ok) throw new Error(loaded.error);
      const now = loaded.value;
      const info = now.loaded;
      expect(info?.fileName).toBe(file.name);
      expect(info?.total).toBe(original.length);
      const lost = info?.unmatched ?? [];
      // Only what was in the deleted sentence is lost.
      expect(lost.length).toBeGreaterThan(0);
      for (const f of lost) expect(EDITS.deleted.includes(f.text), f.text).toBe(true);

      // Every annotation that was found sits on its own words (the one changed word aside) and is drawn there.
      const byId = new Map(original.map((f): [string, Finding] => [f.id, f]));
      const found = now.report?.findings ?? [];
      expect(found.length + lost.length).toBe(original.length);
      for (const f of found) {
        const before = byId.get(f.id)?.text ?? '';
        expect(squash(f.text), f.id).toBe(
          squash(before.replace(EDITS.word.from.split(' ')[0], EDITS.word.to.split(' ')[0])),
        );
        expect(now.text?.slice(f.start, f.end)).toBe(f.text);
      }
      if (!now.report) throw new Error('no loaded report');
      expect(await findingsWithoutRange(article, now.report)).toEqual([]);
      expect(await rangeCount(article)).toBe(found.length);

      expect(await popupText('.loaded')).toContain(strings.loaded.unmatched(lost.length, original.length));
      for (const f of lost) expect(await popupText('.unmatched-list')).toContain(f.text);
      expect(await popupText('.score-value')).toBe(String(view.report?.score.value));
      await popup.evaluate(() => window.scrollTo(0, 0), undefined);
      await popup.screenshot('popup-loaded-report');
      await article.evaluate(() => document.querySelector('.article-body p')?.scrollIntoView(), undefined);
      await article.screenshot('page-loaded-report');
    }, 60_000);

    test('a 100,000-word article: the view carries all its text; the message that carries it, measured', async () => {
      const server = await startServer();
      try {
        const long = await browser.openPage(server.url(longPage(100_000)));
        const analysed = await browser.analyse(long);
        expect(analysed.status, analysed.message).toBe('result');
        // Timed inside the extension, the way the popup asks: runtime messaging from an extension page. The first
        // call follows the analysis at once; the second shows the cost of the message alone.
        const ask = () =>
          browser.evaluateInExtension(
            async (message) => {
              type Api = { runtime: { sendMessage(m: unknown): Promise<{ value?: { text?: string } }> } };
              const g = globalThis as unknown as { browser?: Api; chrome?: Api };
              const start = performance.now();
              const reply = await (g.browser ?? g.chrome)?.runtime.sendMessage(message);
              const ms = performance.now() - start;
              const json = JSON.stringify(reply);
              return { ms, chars: json.length, text: reply?.value?.text?.length ?? 0, head: json.slice(0, 300) };
            },
            envelope('background', 'getTabView', [long.tabId]),
          );
        const first = await ask();
        const second = await ask();
        for (const asked of [first, second]) expect(asked.text, asked.head).toBe(analysed.report?.text.length);
        console.info(
          `[report e2e] ${name}: getTabView of a 100,000-word article: ${(second.chars / 1e6).toFixed(1)} MB, of which the text is ${(second.text / 1e3).toFixed(0)} K characters; ${first.ms.toFixed(0)} ms right after the analysis, ${second.ms.toFixed(0)} ms the next time`,
        );
        await long.close();
      } finally {
        await server.close();
      }
    }, 240_000);

    test('nothing left the machine and the extension logged no errors', () => {
      expect(browser.externalRequests()).toEqual([]);
      expect(browser.extensionErrors()).toEqual([]);
    });
  });
}
