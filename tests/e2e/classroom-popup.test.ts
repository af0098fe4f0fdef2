/**
 * Dismissing findings, the reader's settings and the links out, in the real extension in Chromium and Firefox: the sample
 * news page analysed as the toolbar button does, its popup opened in a tab (popup.html?tabId=N).
 * - a dismissed finding leaves the list, the score and the page's highlights; a reload and a new analysis keep
 *   it dismissed; Undo all brings everything back;
 * - a settings change made elsewhere (storage.local, as the settings page saves) applies to the open popup and
 *   to the page's highlights without a reload;
 * - the card's glossary button opens the entry in a new tab (through the background), beside the reader's tab.
 * Screenshots (artifacts/screenshots/<browser>-classroom-*.png) show the dismiss form and the dismissed note.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { applyDismissals, dismissalKeys } from '../../src/messaging/dismissals.ts';
import type { TabView } from '../../src/messaging/protocol.ts';
import {
  describeInBrowser,
  type ExtensionBrowser,
  ensureBuilt,
  launch,
  openSamplePopup,
  pointOnHighlight,
  readCard,
  readHighlights,
  startServer,
  type TestPage,
  type TestServer,
  waitFor,
} from './harness/index.ts';

/** The extension API as an extension page sees it: `browser` in Firefox, `chrome` in Chromium (both with promises). */
type Api = {
  storage: { local: { set(v: object): Promise<void>; remove(k: string): Promise<void> } };
  tabs: { get(id: number): Promise<{ url?: string }> };
};

/** How many ranges the page highlights, over every Sourcelight highlight. */
const highlightCount = (page: TestPage) =>
  page.evaluate(readHighlights, undefined).then((h) => Object.values(h).reduce((n, ranges) => n + ranges.length, 0));
const scoreOf = (popup: TestPage) =>
  popup.evaluate(() => document.querySelector('.score-value')?.textContent ?? '', undefined);

/** Clicks the first button (inside `scope`, a selector) whose text is `text`. */
function clickButton(popup: TestPage, scope: string, text: string) {
  return popup.evaluate(
    ([s, t]) => {
      const found = [...document.querySelectorAll(`${s} button`)].find((b) => b.textContent?.trim() === t);
      if (!found) throw new Error(`no button "${t}" in ${s}`);
      (found as HTMLButtonElement).click();
    },
    [scope, text] as const,
  );
}

for (const name of ['chromium', 'firefox'] as const) {
  describeInBrowser(name, `dismissing, settings and links in the extension (${name})`, () => {
    let server: TestServer;
    let browser: ExtensionBrowser;
    let article: TestPage;
    let popup: TestPage;
    let view: TabView;

    beforeAll(async () => {
      await ensureBuilt();
      server = await startServer();
      browser = await launch(name);
      // Nothing dismissed and default settings from a previous run of the same profile.
      ({ article, view, popup } = await openSamplePopup(browser, server, { width: 1000, height: 700 }));
    }, 180_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    test('a dismissed source leaves the list, the score and the page; a reload keeps it; Undo all restores', async () => {
      expect(view.status).toBe('result');
      const before = { score: await scoreOf(popup), highlights: await highlightCount(article) };
      // The anonymous or vague source whose dismissal raises the score most (one claim alone may not move the
      // rounded score), and the score the engine gives without it.
      const report = view.report as NonNullable<TabView['report']>;
      const keys = dismissalKeys(report.findings);
      const rescored = (id: string) =>
        applyDismissals(report, [{ key: keys.get(id) as string, reason: 'not-a-claim', at: new Date().toISOString() }])
          .report.score.value;
      const sources = report.findings.filter(
        (f) => f.kind === 'attribution' && ['anonymous', 'vague'].includes(f.source),
      );
      const chosen = sources.reduce((best, f) => (rescored(f.id) > rescored(best.id) ? f : best), sources[0]);
      const expected = rescored(chosen.id);
      expect(expected).toBeGreaterThan(report.score.value);
      const first = `why-${chosen.id}`;
      await popup.evaluate((id) => document.getElementById(id)?.scrollIntoView({ block: 'center' }), first);
      await clickButton(popup, `li.finding:has(#${first})`, 'Dismiss…');
      await popup.screenshot('classroom-dismiss-form');
      await clickButton(popup, `li.finding:has(#${first})`, 'Not a claim');
      await waitFor(
        () => popup.evaluate((id) => document.getElementById(id) === null, first),
        (gone) => gone,
        'the item stayed',
      );
      const after = { score: await scoreOf(popup), highlights: await highlightCount(article) };
      expect(before.score).toBe(String(report.score.value));
      expect(after.score).toBe(String(expected));
      expect(after.highlights).toBe(before.highlights - 1);
      const note = await popup.evaluate(
        () => document.querySelector('.dismissed-note summary')?.textContent ?? '',
        undefined,
      );
      expect(note).toMatch(/^1 finding dismissed/);
      await popup.evaluate(() => {
        const note = document.querySelector('.dismissed-note') as HTMLDetailsElement;
        note.open = true;
        window.scrollTo(0, 0);
      }, undefined);
      await popup.screenshot('classroom-dismissed-note');

      await (article.raw as { reload(): Promise<unknown> }).reload();
      const again = await browser.analyse(article);
      expect(again.dismissed).toHaveLength(1);
      expect(again.dismissed?.[0].reason).toBe('not-a-claim');
      expect(await highlightCount(article)).toBe(after.highlights);
      await waitFor(
        () => scoreOf(popup),
        (v) => v === after.score,
        'the popup did not keep the score without the dismissed claim',
      );

      await clickButton(popup, '.dismissed-note', 'Undo all');
      await waitFor(
        () => scoreOf(popup),
        (v) => v === before.score,
        'Undo all did not bring the score back',
      );
      await waitFor(
        () => highlightCount(article),
        (n) => n === before.highlights,
        'Undo all did not bring the highlight back',
      );
    });

    test('a settings change applies to the open popup and the page without a reload', async () => {
      const highlights = await highlightCount(article);
      await browser.evaluateInExtension(async () => {
        const api =
          (globalThis as unknown as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome;
        const families = { unsourced: true, 'weak-source': true, rhetoric: true, sourced: true };
        const techniques = Object.fromEntries(
          ['loaded-language', 'name-calling', 'exaggeration', 'fear-appeal', 'certainty', 'figurative', 'hedge'].map(
            (t) => [t, false],
          ),
        );
        await api.storage.local.set({
          settings: { version: 1, families, techniques, sensitivity: 'all', customTerms: [], trustedSources: [] },
        });
      }, undefined);
      await waitFor(
        () => popup.evaluate(() => document.querySelector('.settings-note')?.textContent ?? '', undefined),
        (t) => /Your settings hide \d+ finding/.test(t),
        'the popup did not follow the settings',
      );
      expect(
        await popup.evaluate(() => document.querySelectorAll('.group.family-rhetoric li.finding').length, undefined),
      ).toBe(0);
      await waitFor(
        () => highlightCount(article),
        (n) => n < highlights,
        'the page kept highlighting what the settings hide',
      );
      const names = Object.keys(await article.evaluate(readHighlights, undefined));
      expect(names.filter((n) => n.includes('rhetoric'))).toEqual([]);
      await browser.evaluateInExtension(async () => {
        await (
          (globalThis as unknown as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome
        ).storage.local.remove('settings');
      }, undefined);
      await waitFor(
        () => highlightCount(article),
        (n) => n === highlights,
        'the highlights did not come back with the default settings',
      );
    });

    test('the popup links to every page and each finding to its glossary entry', async () => {
      const links = await popup.evaluate(
        () => ({
          pages: [...document.querySelectorAll('.page-links a')].map((a) => a.getAttribute('href')),
          glossary: [...document.querySelectorAll('a.finding-glossary')].map((a) => a.getAttribute('href') ?? ''),
        }),
        undefined,
      );
      expect(links.pages).toEqual(['analyse.html', 'compare.html', 'glossary.html', 'teach.html', 'options.html']);
      expect(links.glossary.length).toBeGreaterThan(0);
      for (const href of links.glossary) expect(href).toMatch(/^glossary\.html#[a-z]+-[a-z-]+$/);
    });

    // Firefox refused the tab while the opener was named without its window (the popup's window was the last
    // focused): this test found it.
    test('the card’s glossary button opens the entry in a new tab', async () => {
      const names = Object.keys(await article.evaluate(readHighlights, undefined));
      const point = await article.evaluate(pointOnHighlight, [names[0], null] as const);
      expect(point).not.toBeNull();
      await article.click(point?.x ?? 0, point?.y ?? 0);
      await waitFor(
        () => article.evaluate(readCard, undefined),
        (c) => c.open,
        'no card opened',
      );
      await article.screenshot('classroom-card');
      const tabsBefore = await browser.tabIds();
      // A real click on the button, as a reader makes it.
      const button = await article.evaluate(() => {
        const found = document.querySelector('sourcelight-card')?.shadowRoot?.querySelector('button.glossary');
        const box = found?.getBoundingClientRect();
        return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
      }, undefined);
      expect(button).not.toBeNull();
      await article.click(button?.x ?? 0, button?.y ?? 0);
      const opened = await waitFor(
        () => browser.tabIds(),
        (ids) => ids.length > tabsBefore.length,
        'no tab opened for the glossary',
      ).catch((error: Error) => {
        throw new Error(`${error.message}; console: ${browser.consoleErrors().join(' | ')}`);
      });
      const glossaryTab = opened.find((id) => !tabsBefore.includes(id));
      const url = await waitFor(
        () =>
          browser.evaluateInExtension(
            async (id) =>
              (
                await (
                  (globalThis as unknown as { browser?: Api }).browser ??
                  (globalThis as unknown as { chrome: Api }).chrome
                ).tabs.get(id)
              ).url ?? '',
            glossaryTab as number,
          ),
        (u) => /glossary\.html#/.test(u),
        `the new tab is not the glossary (Sourcelight errors: ${browser.extensionErrors().join(' | ')})`,
      );
      expect(url).toMatch(/^(chrome|moz)-extension:\/\/[a-z0-9-]+\/glossary\.html#[a-z]+-[a-z-]+$/);
    });

    test('no request left the machine and Sourcelight logged no errors', () => {
      expect(browser.externalRequests()).toEqual([]);
      expect(browser.extensionErrors()).toEqual([]);
    });
  });
}
