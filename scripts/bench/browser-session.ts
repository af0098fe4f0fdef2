/**
 * One Chromium with the extension's test build (dist/chrome-test), driven through playwright-core, and one
 * timed analysis at a time: trigger (analyzeTab, the toolbar click's code path, sent from the test build's
 * bridge page exactly as the popup sends it) → settled view with highlights in CSS.highlights, plus the
 * page's long tasks and the JS heap it gained. The e2e harness's vitest-free parts (bridge, probes) are
 * reused; its launcher is not, because it imports vitest, which cannot load outside a test run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import type { AnalysisTimings } from '../../src/messaging/protocol.ts';
import { type Bridge, makeBridge, newTabId } from '../../tests/e2e/harness/bridge.ts';
import { MAIN_THREAD_WATCH, readHighlights, readMainThreadWatch } from '../../tests/e2e/harness/probes.ts';

/** What one analysis of one page cost. */
export interface AnalysisCost {
  /** Trigger → the background's settled "result" view, which it sends only after the page drew the highlights. */
  triggerToHighlightsMs: number;
  /** The background's own breakdown (inject, extract, analyze, draw). */
  timings?: AnalysisTimings;
  highlightedRanges: number;
  /** The longest main-thread task in the page during the analysis (0 when none reached 50 ms). */
  longestTaskMs: number;
  /** JS heap of the page's renderer after minus before, both after a full garbage collection. */
  heapGainKb: number;
}

/** A running browser with the extension, able to time analyses. */
export interface BrowserSession {
  analyse(url: string): Promise<AnalysisCost>;
  close(): Promise<void>;
}

const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];

/** Launches Chromium with the extension; the first analysis in it is cold (service worker and model not started). */
export async function startSession(extensionDir: string, executablePath: string): Promise<BrowserSession> {
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-bench-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: false, // the new headless mode comes from the flag: the old one cannot load extensions
    args: [
      ...FLAGS,
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const bridgePage = await context.newPage();
  await bridgePage.goto(`chrome-extension://${new URL(worker.url()).host}/bridge.html`);
  const bridge: Bridge = makeBridge((fn, arg) => bridgePage.evaluate(fn as never, arg as never) as Promise<never>);
  return {
    analyse: (url) => timeAnalysis(context, bridge, url),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens the page in a new tab and times one analysis of it. */
async function timeAnalysis(context: BrowserContext, bridge: Bridge, url: string): Promise<AnalysisCost> {
  const before = await bridge.tabIds();
  const page = await context.newPage();
  await page.addInitScript(MAIN_THREAD_WATCH);
  await page.goto(url, { waitUntil: 'load' });
  const tabId = await newTabId(before, bridge);
  await page.bringToFront();
  const cdp = await context.newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const heapBefore = await heap();
  await page.evaluate(readMainThreadWatch); // forget the page's own load: only the analysis counts
  const start = performance.now();
  const answer = await bridge.callBackground('analyzeTab', tabId, 'article');
  const triggerToHighlightsMs = performance.now() - start;
  if (!answer.ok) throw new Error(`analyzeTab failed: ${answer.error}`);
  if (answer.value.status !== 'result')
    throw new Error(`analysis ended as ${answer.value.status}: ${answer.value.message}`);
  const highlightedRanges = Object.values(await page.evaluate(readHighlights)).reduce((n, r) => n + r.length, 0);
  if (highlightedRanges === 0) throw new Error(`no highlights were drawn on ${url}`);
  const watch = await page.evaluate(readMainThreadWatch);
  const heapGainKb = ((await heap()) - heapBefore) / 1024;
  await page.close();
  return {
    triggerToHighlightsMs,
    timings: answer.value.timings,
    highlightedRanges,
    longestTaskMs: Math.max(0, ...watch.longTasks),
    heapGainKb,
  };
}
