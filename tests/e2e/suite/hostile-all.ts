/** The hostile-page and broken-state suites against one browser, with the privacy checks over all they did. */
import type { BrowserName } from '../harness/index.ts';
import { brokenStateSuite } from './broken-state-suite.ts';
import { backgroundErrorChecks, recordBackgroundErrors } from './hostile-background-errors.ts';
import { changingPageSuite } from './hostile-changing-pages.ts';
import { hostileSuite } from './hostile-suite.ts';
import { suitesInBrowser } from './in-browser.ts';
import { privacySuite } from './privacy-suite.ts';

/** Registers the hostile and broken-state suites for a browser (privacy last: it checks what every other test did). */
export function hostileSuites(name: BrowserName, title: string): void {
  suitesInBrowser(name, title, (get) => {
    // Firefox's background page is invisible to the driver's console listeners: record it from inside.
    const backgroundErrors = name === 'firefox' ? recordBackgroundErrors(get) : undefined;
    hostileSuite(get);
    changingPageSuite(get);
    brokenStateSuite(get);
    privacySuite(get);
    if (backgroundErrors) backgroundErrorChecks(get, backgroundErrors);
  });
}
