/** What the extension must never do (network, console errors) and the opt-in automatic analysis per site. */
import { describe, expect, test } from 'vitest';
import { ARTICLE_PAGES, waitFor } from '../harness/index.ts';
import type { SuiteContext } from './context.ts';

/** Registers the site-automation tests. */
export function automationSuite(ctx: () => SuiteContext): void {
  test('automatic analysis on an opted-in site runs on page load, and stops when turned off', async () => {
    const { browser, server } = ctx();
    const enabled = await browser.callBackground('setSiteAutomation', server.origin, true);
    expect(enabled).toEqual({ ok: true, value: true });
    const page = await browser.openPage(server.url(ARTICLE_PAGES[1].path));
    const view = await waitFor(
      async () => browser.callBackground('getTabView', page.tabId),
      (v) => v.ok && v.value.status === 'result',
      'the opted-in page was not analysed automatically',
      30_000,
    );
    expect(view.ok && view.value.report?.findings).toBeDefined();
    const automation = await browser.callBackground('getSiteAutomation', page.tabId);
    expect(automation).toEqual({ ok: true, value: { origin: server.origin, enabled: true } });
    expect(await browser.callBackground('setSiteAutomation', server.origin, false)).toEqual({ ok: true, value: false });
    const later = await browser.openPage(server.url(ARTICLE_PAGES[2].path));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const idle = await browser.callBackground('getTabView', later.tabId);
    expect(idle.ok && idle.value.status).toBe('idle');
    await page.close();
    await later.close();
  });
}

/** Registers the final checks; run after every other test of the file has used the browser. */
export function privacySuite(ctx: () => SuiteContext): void {
  describe('privacy and health, over everything this browser did', () => {
    test('nothing tried to reach the network beyond the test server', () => {
      expect(ctx().browser.externalRequests()).toEqual([]);
    });

    test('no extension context asked the test server for anything', () => {
      const fromExtension = ctx().server.requests.filter((r) =>
        /^(chrome|moz)-extension:/.test(`${r.origin ?? ''}${r.referer ?? ''}`),
      );
      expect(fromExtension).toEqual([]);
    });

    test('requests for our own fixture site went only to its pages and files', () => {
      const unexpected = ctx().server.requests.filter(
        (r) =>
          !/^\/(pages\/|news-pages\/|generated\/|favicon\.ico)/.test(r.path) && !r.referer?.includes('/news-pages/'),
      );
      expect(unexpected).toEqual([]);
    });

    test('no errors from Sourcelight in any console', () => {
      expect(ctx().browser.extensionErrors()).toEqual([]);
    });

    // Last, because it makes the very request the first check forbids: proof that the check would see one.
    test('the network check can fail: a request for the internet is recorded (and answered by nobody)', async () => {
      const { browser, server } = ctx();
      const page = await browser.openPage(server.url(ARTICLE_PAGES[0].path));
      await page.evaluate(
        () =>
          fetch('https://canary.sourcelight-test.example/ping').then(
            () => 'answered',
            () => 'refused',
          ),
        undefined,
      );
      await page.close();
      expect(browser.externalRequests().join('\n')).toMatch(/canary\.sourcelight-test\.example/);
    });
  });
}
