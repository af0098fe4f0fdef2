/** The sample news page in a real browser: highlights, the explanation card, reveal, visibility, turning off. */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Family, TabView } from '../../../src/messaging/protocol.ts';
import { HIGHLIGHT_NAMES } from '../../../src/page/highlight/styles.ts';
import {
  pointOnHighlight,
  readCard,
  readHighlights,
  SAMPLE_EXPECTED,
  SAMPLE_PAGE,
  serialiseDocument,
  type TestPage,
  waitFor,
} from '../harness/index.ts';
import { familyTexts, findingsWithoutRange, rangeCount, type SuiteContext, squash } from './context.ts';

/** Registers the sample-page tests. */
export function sampleSuite(ctx: () => SuiteContext): void {
  describe('the sample news page', () => {
    let page: TestPage;
    let view: TabView;
    let before: string;

    beforeAll(async () => {
      const { browser, server } = ctx();
      page = await browser.openPage(server.url(SAMPLE_PAGE));
      before = await page.evaluate(serialiseDocument, undefined);
      view = await browser.analyse(page);
    }, 60_000);

    test('the analysis settles as a result with the engine report and page metadata', () => {
      expect(view.status, view.message).toBe('result');
      expect(view.report?.schemaVersion).toBe(1);
      expect(view.page?.title).toContain('North Waziristan');
      expect(view.timings).toBeDefined();
    });

    test('every finding of the report is highlighted with exactly its words, in its family', async () => {
      const report = view.report;
      if (!report) throw new Error('no report');
      expect(await findingsWithoutRange(page, report)).toEqual([]);
      expect(await rangeCount(page)).toBe(report.findings.length);
      await page.screenshot('sample-highlights');
    });

    test.each(SAMPLE_EXPECTED)('"$phrase" is highlighted as $families', async ({ phrase, families }) => {
      const drawn = await page.evaluate(readHighlights, undefined);
      const hit = families.some((family) =>
        familyTexts(drawn, family as Family).some(
          (text) => squash(text).includes(squash(phrase)) || squash(phrase).includes(squash(text)),
        ),
      );
      expect(hit, `highlights: ${JSON.stringify(drawn)}`).toBe(true);
    });

    test('the badge shows the score', async () => {
      const { browser } = ctx();
      const text = await browser.evaluateInExtension(async (tabId) => {
        type Action = { action: { getBadgeText(details: { tabId: number }): Promise<string> } };
        const g = globalThis as unknown as { browser?: Action; chrome?: Action };
        return (g.browser ?? g.chrome)?.action.getBadgeText({ tabId });
      }, page.tabId);
      expect(text).toBe(String(Math.round(view.report?.score.value ?? -1)));
    });

    test('highlighting left the page markup exactly as it was', async () => {
      expect(await page.evaluate(serialiseDocument, undefined)).toBe(before);
    });

    test('hovering flagged words opens the explanation card; a click pins and focuses it; Escape closes it', async () => {
      const point = await page.evaluate(pointOnHighlight, [HIGHLIGHT_NAMES['weak-source'], 'field reports'] as const);
      if (!point) throw new Error('no weak-source highlight to point at');
      await page.hover(point.x, point.y);
      const hovered = await waitFor(() => page.evaluate(readCard, undefined), (c) => c.open, 'the hover card did not open');
      expect(hovered.text).toContain(point.text.trim().slice(0, 20));
      expect(hovered.background).toMatch(/^rgb/);
      await page.click(point.x, point.y);
      const pinned = await waitFor(() => page.evaluate(readCard, undefined), (c) => c.focused, 'the card did not take focus');
      const finding = view.report?.findings.find((f) => squash(f.text) === squash(point.text));
      if (finding) expect(squash(pinned.text)).toContain(squash(finding.explanation).slice(0, 40));
      await page.screenshot('sample-card');
      await page.press('Escape');
      await waitFor(() => page.evaluate(readCard, undefined), (c) => !c.open, 'Escape did not close the card');
    });

    test('revealing a finding scrolls the page to it and flashes it', async () => {
      const { browser } = ctx();
      const last = view.report?.findings.at(-1);
      if (!last) throw new Error('no finding to reveal');
      await page.evaluate(() => window.scrollTo(0, 0), undefined);
      const revealed = await browser.callBackground('revealFinding', page.tabId, last.id);
      expect(revealed).toEqual({ ok: true, value: true });
      await waitFor(() => page.evaluate(() => window.scrollY, undefined), (y) => y > 100, 'the page did not scroll');
      const drawn = await page.evaluate(readHighlights, undefined);
      expect(drawn['sourcelight-flash']?.map(squash)).toEqual([squash(last.text)]);
      await page.screenshot('sample-reveal');
      await page.press('Escape');
    });

    test('families can be hidden and shown, and all highlights switched off and on, without reloading', async () => {
      const { browser } = ctx();
      const only = await browser.callBackground('setFamilies', page.tabId, ['rhetoric']);
      expect(only.ok && only.value.families).toEqual(['rhetoric']);
      let names = Object.keys(await page.evaluate(readHighlights, undefined));
      expect(names.filter((n) => n !== 'sourcelight-flash').every((n) => n.startsWith(HIGHLIGHT_NAMES.rhetoric))).toBe(true);
      expect(names).toContain(HIGHLIGHT_NAMES.rhetoric);
      await browser.callBackground('setHighlightsVisible', page.tabId, false);
      names = Object.keys(await page.evaluate(readHighlights, undefined));
      expect(names.filter((n) => n !== 'sourcelight-flash')).toEqual([]);
      await browser.callBackground('setFamilies', page.tabId, ['unsourced', 'weak-source', 'rhetoric', 'sourced']);
      await browser.callBackground('setHighlightsVisible', page.tabId, true);
      expect(await rangeCount(page)).toBe(view.report?.findings.length);
    });

    test('turning Sourcelight off removes everything it added; analysing again works', async () => {
      const { browser } = ctx();
      const off = await browser.callBackground('turnOff', page.tabId);
      expect(off.ok && off.value.status).toBe('idle');
      expect(await page.evaluate(readHighlights, undefined)).toEqual({});
      expect(await page.evaluate(serialiseDocument, undefined)).toBe(before);
      expect((await browser.callPage(page.tabId, 'ping')).ok).toBe(false);
      const again = await browser.analyse(page);
      expect(again.status).toBe('result');
      expect(await rangeCount(page)).toBe(again.report?.findings.length);
    });
  });
}
