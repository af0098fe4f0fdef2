/** A TestPage over either driver: playwright's and puppeteer's Page share the few methods the tests use. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserName } from './availability.ts';
import { ROOT } from './build.ts';
import type { TestPage } from './types.ts';

/** Where screenshots go (ignored by git). */
export const SCREENSHOT_DIR = join(ROOT, 'artifacts/screenshots');

/** The subset of playwright's and puppeteer's Page that TestPage needs. */
export interface DriverPage {
  evaluate(fn: never, arg: never): Promise<unknown>;
  mouse: { click(x: number, y: number): Promise<void>; move(x: number, y: number): Promise<void> };
  keyboard: { press(key: string): Promise<void> };
  screenshot(options: { path: string }): Promise<unknown>;
  close(): Promise<void>;
}

/** Wraps a driver page as a TestPage. */
export function testPage(raw: DriverPage, browser: BrowserName, tabId: number, url: string): TestPage {
  return {
    tabId,
    url,
    raw,
    evaluate: (fn, arg) => raw.evaluate(fn as never, arg as never) as Promise<never>,
    click: (x, y) => raw.mouse.click(x, y),
    hover: (x, y) => raw.mouse.move(x, y),
    press: (key) => raw.keyboard.press(key),
    async screenshot(name) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const path = join(SCREENSHOT_DIR, `${browser}-${name}.png`);
      await raw.screenshot({ path });
      return path;
    },
    close: () => raw.close(),
  };
}
