/**
 * Whether the real browsers are here. On a machine without them the e2e suites skip with a clear notice;
 * with SOURCELIGHT_REQUIRE_BROWSERS=1 (CI) a missing browser is a failure instead.
 */
import { existsSync } from 'node:fs';
import { describe, test } from 'vitest';

/** The browsers the e2e tests drive, and where Debian installs them. */
export const BROWSERS = { chromium: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' } as const;

/** Which browser. */
export type BrowserName = keyof typeof BROWSERS;

/** True when missing browsers must fail the run (CI). */
export const browsersRequired = (): boolean => process.env.SOURCELIGHT_REQUIRE_BROWSERS === '1';

/** Like `describe`, but skips with a notice (or fails under SOURCELIGHT_REQUIRE_BROWSERS=1) when the browser is missing. */
export function describeInBrowser(name: BrowserName, title: string, body: () => void): void {
  const path = BROWSERS[name];
  if (existsSync(path)) {
    describe(title, body);
    return;
  }
  if (browsersRequired()) {
    describe(title, () => {
      test(`${name} is installed at ${path}`, () => {
        throw new Error(`${name} is required (SOURCELIGHT_REQUIRE_BROWSERS=1) but ${path} does not exist`);
      });
    });
    return;
  }
  console.warn(`[sourcelight e2e] ${name} not found at ${path}: skipping "${title}". Install it with apt-get install ${name === 'chromium' ? 'chromium' : 'firefox-esr'}.`);
  describe.skip(title, body);
}
