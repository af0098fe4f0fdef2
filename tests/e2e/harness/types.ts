/** The browser-neutral handles the e2e tests use (Chromium through playwright-core, Firefox through puppeteer-core). */
import type { ExtractMode, TabView } from '../../../src/messaging/protocol.ts';
import type { BrowserName } from './availability.ts';
import type { Bridge } from './bridge.ts';

/** One tab under test. */
export interface TestPage {
  /** The extension's id for this tab (tabs.Tab.id). */
  readonly tabId: number;
  readonly url: string;
  /** Runs a self-contained function in the page's main world (what the page's own scripts see). */
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  click(x: number, y: number): Promise<void>;
  hover(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  /** Saves artifacts/screenshots/<browser>-<name>.png and returns its path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
  /** The driver's own page object (playwright Page or puppeteer Page), for anything not covered here. */
  readonly raw: unknown;
}

/** Options for opening a page. */
export interface OpenOptions {
  /** Record long main-thread tasks and event-loop stalls from the first script on (see probes.ts). */
  watchMainThread?: boolean;
  viewport?: { width: number; height: number };
}

/** A browser running the extension's test build. */
export interface ExtensionBrowser extends Bridge {
  readonly name: BrowserName;
  /** e.g. chrome-extension://<id>/ or moz-extension://<uuid>/ */
  readonly extensionOrigin: string;
  /** Opens a web page in a new foreground tab and waits for it to load. */
  openPage(url: string, options?: OpenOptions): Promise<TestPage>;
  /** Opens an extension page (e.g. `popup.html?tabId=3`) in a new tab. */
  openExtensionPage(path: string, options?: OpenOptions): Promise<TestPage>;
  /** Starts an analysis the way the toolbar button does (analyzeTab through the background) and returns the settled view. */
  analyse(page: TestPage, mode?: ExtractMode): Promise<TabView>;
  /** Console errors and uncaught exceptions seen so far, from pages, extension pages and the background. */
  consoleErrors(): string[];
  /** The subset of consoleErrors() attributable to Sourcelight (errors.ts says how). */
  extensionErrors(): string[];
  /** Requests that tried to leave the machine (through the recording proxy), minus the browser's own infrastructure. */
  externalRequests(): string[];
  /** Every request the recording proxy saw, the browser's own included (for diagnosis). */
  allProxyRequests(): string[];
  close(): Promise<void>;
}
