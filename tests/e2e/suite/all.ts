/** Every e2e suite against one browser: one browser and one server for the file, the news pages in a browser of their own. */
import type { BrowserName } from '../harness/index.ts';
import { backgroundErrorChecks, recordBackgroundErrors } from './hostile-background-errors.ts';
import { suitesInBrowser } from './in-browser.ts';
import { newsPagesSuite } from './news-pages-suite.ts';
import { pagesSuite } from './pages-suite.ts';
import { automationSuite, privacySuite } from './privacy-suite.ts';
import { sampleSuite } from './sample-suite.ts';

/** Registers all extension suites for a browser (privacy last: it checks what every other test did). */
export function extensionSuites(name: BrowserName, title: string): void {
  suitesInBrowser(name, title, (get) => {
    // Firefox's background page is invisible to the driver's console listeners: record it from inside.
    const backgroundErrors = name === 'firefox' ? recordBackgroundErrors(get) : undefined;
    sampleSuite(get);
    pagesSuite(get);
    automationSuite(get);
    privacySuite(get);
    newsPagesSuite(name, () => get().server);
    if (backgroundErrors) backgroundErrorChecks(get, backgroundErrors);
  });
}
