/** The hostile-page and broken-state suites against one browser, with the privacy checks over all they did. */
import { afterAll, beforeAll } from 'vitest';
import { type BrowserName, describeInBrowser, ensureBuilt, launch, startServer } from '../harness/index.ts';
import { brokenStateSuite } from './broken-state-suite.ts';
import type { SuiteContext } from './context.ts';
import { hostileSuite } from './hostile-suite.ts';
import { privacySuite } from './privacy-suite.ts';

/** Registers the hostile and broken-state suites for a browser (privacy last: it checks what every other test did). */
export function hostileSuites(name: BrowserName, title: string): void {
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
    hostileSuite(get);
    brokenStateSuite(get);
    privacySuite(get);
  });
}
