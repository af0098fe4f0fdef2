/** One browser and one page server shared by the suites of a test file, started before them and closed after. */
import { afterAll, beforeAll } from 'vitest';
import { type BrowserName, describeInBrowser, ensureBuilt, launch, startServer } from '../harness/index.ts';
import type { SuiteContext } from './context.ts';

/** Registers `suites` under `title` for a browser; they reach the running browser and server through `get`. */
export function suitesInBrowser(name: BrowserName, title: string, suites: (get: () => SuiteContext) => void): void {
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
    suites(() => {
      if (!ctx) throw new Error('the browser did not start');
      return ctx;
    });
  });
}
