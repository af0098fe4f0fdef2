/** The extension in Chromium (playwright-core): the shared e2e suites against the test build. */
import { afterAll, beforeAll } from 'vitest';
import { describeInBrowser, ensureBuilt, launch, startServer } from './harness/index.ts';
import type { SuiteContext } from './suite/context.ts';
import { newsPagesSuite } from './suite/news-pages-suite.ts';
import { pagesSuite } from './suite/pages-suite.ts';
import { automationSuite, privacySuite } from './suite/privacy-suite.ts';
import { sampleSuite } from './suite/sample-suite.ts';

describeInBrowser('chromium', 'Sourcelight in Chromium', () => {
  let ctx: SuiteContext | undefined;
  beforeAll(async () => {
    await ensureBuilt();
    const server = await startServer();
    ctx = { server, browser: await launch('chromium') };
  }, 180_000);
  afterAll(async () => {
    await ctx?.browser.close();
    await ctx?.server.close();
  });
  const get = () => {
    if (!ctx) throw new Error('the browser did not start');
    return ctx;
  };
  sampleSuite(get);
  pagesSuite(get);
  automationSuite(get);
  privacySuite(get);
  newsPagesSuite('chromium', () => get().server);
});
