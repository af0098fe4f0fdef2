/**
 * Firefox's background page is no target of WebDriver BiDi: what it logs or throws never reaches the driver,
 * so "no errors from Sourcelight" was blind to it there (a console.error and a throw in the background went
 * unseen). This recorder reaches the background page through runtime.getBackgroundPage() from an extension
 * page, and counts what it logs with console.error, what it throws and what it rejects unhandled. Firefox
 * suspends an idle background page and starts a fresh one, so the recorder is put back before every test and
 * emptied after it.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ExtensionBrowser } from '../harness/index.ts';
import type { SuiteContext } from './context.ts';

/** The errors array's name on the background page's window. */
const SLOT = '__sourcelightTestErrors';

/** Puts the recorder on the current background page (once per page: a second call finds it there). */
function install(browser: ExtensionBrowser): Promise<string> {
  return browser.evaluateInExtension(async (slot) => {
    type Page = Window & typeof globalThis & Record<string, unknown>;
    type Api = { runtime: { getBackgroundPage(): Promise<Page> } };
    const bg = await (globalThis as unknown as { browser: Api }).browser.runtime.getBackgroundPage();
    if (Array.isArray(bg[slot])) return 'kept';
    // Made in the background's own realm, so it outlives this page's objects.
    const errors = new bg.Array<string>();
    bg[slot] = errors;
    const original = bg.console.error.bind(bg.console);
    bg.console.error = (...args: unknown[]) => {
      errors.push(`console.error: ${args.map(String).join(' ')}`);
      original(...args);
    };
    bg.addEventListener('error', (e) => errors.push(`uncaught: ${e.message}`));
    bg.addEventListener('unhandledrejection', (e) => errors.push(`unhandled rejection: ${String(e.reason)}`));
    return 'installed';
  }, SLOT);
}

/** Takes what the recorder holds, leaving it empty. */
function drain(browser: ExtensionBrowser): Promise<string[]> {
  return browser.evaluateInExtension(async (slot) => {
    type Api = { runtime: { getBackgroundPage(): Promise<Record<string, unknown>> } };
    const bg = await (globalThis as unknown as { browser: Api }).browser.runtime.getBackgroundPage();
    const errors = bg[slot];
    return Array.isArray(errors) ? errors.splice(0).map(String) : [];
  }, SLOT);
}

/** Puts the recorder around every test of the file; returns what it has seen so far. */
export function recordBackgroundErrors(ctx: () => SuiteContext): () => readonly string[] {
  const seen: string[] = [];
  beforeEach(async () => {
    await install(ctx().browser);
  });
  afterEach(async () => {
    seen.push(...(await drain(ctx().browser)));
  });
  return () => seen;
}

/** Registers the checks over what the recorder saw; register them after every other test of the file. */
export function backgroundErrorChecks(ctx: () => SuiteContext, seen: () => readonly string[]): void {
  describe("the background page's own errors (Firefox)", () => {
    test('nothing was logged as an error, thrown or rejected unhandled by the background in any test of this file', () => {
      expect(seen()).toEqual([]);
    });

    test('the recorder sees an error logged and one thrown in the background', async () => {
      const { browser } = ctx();
      await browser.evaluateInExtension(async () => {
        type Api = { runtime: { getBackgroundPage(): Promise<Window & typeof globalThis> } };
        const bg = await (globalThis as unknown as { browser: Api }).browser.runtime.getBackgroundPage();
        bg.console.error('canary: logged by the background');
        // A throw counts where the throwing function was made: a function of this page's would report here.
        // The background's own JSON.parse, called by its own timer, throws in the background.
        bg.setTimeout(bg.JSON.parse, 0, '{ canary');
      }, undefined);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const caught = await drain(browser);
      expect(caught.join('\n')).toMatch(/console\.error: canary: logged[\s\S]*uncaught: .*JSON/);
    });
  });
}
