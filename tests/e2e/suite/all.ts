/** Every e2e suite against one browser: one browser and one server for the file, the news pages in a browser of their own. */
import { afterAll, beforeAll } from 'vitest';
import { type BrowserName, describeInBrowser, ensureBuilt, launch, startServer } from '../harness/index.ts';
import type { SuiteContext } from './context.ts';
import { newsPagesSuite } from './news-pages-suite.ts';
import { pagesSuite } from './pages-suite.ts';
import { automationSuite, privacySuite } from './privacy-suite.ts';
import { sampleSuite } from './sample-suite.ts';

/** Registers all extension suites for a browser (privacy last: it checks what every other test did). */
export function extensionSuites(name: BrowserName, title: string): void {
  describeInBrowser(name, title, () => {
    let ctx: SuiteContext | undefined;
    beforeAll(async () => {
      await ensureBuilt();
      const server = await startServer();
      ctx = { server, browser: await launch(name) };
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
    newsPagesSuite(name, () => get().server);
  });
}
