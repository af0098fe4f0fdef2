/**
 * The hostile suites end with "no errors from Sourcelight in any console". That check is only worth something
 * if it sees errors where Sourcelight's code runs: the background and, above all, the content script, which
 * runs in an isolated world of the page that the page's own console listeners never see. Here a console error
 * and an uncaught exception are raised inside that world (through the DevTools protocol, Chromium only) and
 * the check must report both; so must it an error the background logs.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  ARTICLE_PAGES,
  describeInBrowser,
  type ExtensionBrowser,
  ensureBuilt,
  launch,
  startServer,
  type TestServer,
  waitFor,
} from './harness/index.ts';

/** The id of the execution context Chromium made for the extension's content script in this page. */
async function contentScriptContext(cdp: CDPSession, extensionOrigin: string): Promise<number> {
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  // Enabling replays every existing context as an event.
  await cdp.send('Runtime.enable');
  const found = contexts.find((c) => c.auxData?.type === 'isolated' && extensionOrigin.startsWith(c.origin));
  if (!found) throw new Error(`no content-script world among ${JSON.stringify(contexts)}`);
  return found.id;
}

describeInBrowser('chromium', 'the error check sees errors raised in the content script (Chromium)', () => {
  let browser: ExtensionBrowser;
  let server: TestServer;
  beforeAll(async () => {
    await ensureBuilt();
    server = await startServer();
    browser = await launch('chromium');
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('a console error and an uncaught exception in the content script world are reported as Sourcelight errors', async () => {
    const page = await browser.openPage(server.url(ARTICLE_PAGES[0].path));
    const view = await browser.analyse(page);
    expect(view.status, view.message).toBe('result');
    expect(browser.extensionErrors()).toEqual([]);
    const raw = page.raw as Page;
    const cdp = await raw.context().newCDPSession(raw);
    const contextId = await contentScriptContext(cdp, browser.extensionOrigin);
    await cdp.send('Runtime.evaluate', {
      expression: 'console.error("canary: logged by the content script")',
      contextId,
    });
    await cdp.send('Runtime.evaluate', {
      expression: 'setTimeout(() => { throw new Error("canary: thrown by the content script"); })',
      contextId,
    });
    const seen = await waitFor(
      async () => browser.extensionErrors(),
      (errors) => errors.some((e) => e.includes('thrown by')) && errors.some((e) => e.includes('logged by')),
      'the error check missed an error in the content script',
    );
    expect(seen.filter((e) => e.includes('canary')).length).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  test('an error the background logs is reported too, even with no page open', async () => {
    const page = await browser.openPage(server.url(ARTICLE_PAGES[1].path));
    const serviceWorker = (page.raw as Page).context().serviceWorkers()[0];
    await page.close();
    if (!serviceWorker) throw new Error('no service worker');
    await serviceWorker.evaluate(() => console.error('canary: logged by the background'));
    await waitFor(
      async () => browser.extensionErrors(),
      (errors) => errors.some((e) => e.startsWith('[background]') && e.includes('logged by the background')),
      'the error check missed an error in the background',
    );
  });
});
