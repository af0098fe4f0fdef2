/**
 * One Chromium with the extension's test build (dist/chrome-test), driven through playwright-core, and one
 * timed analysis at a time: trigger (analyzeTab, the toolbar click's code path, sent from the test build's
 * bridge page exactly as the popup sends it) → the first highlights in CSS.highlights (what the reader sees)
 * → the settled "result" view, plus the page's long tasks, the JS heap it gained, and the steps both sides
 * logged on the way (trace-steps.ts). The e2e harness's vitest-free parts (bridge, probes) are reused; its
 * launcher is not, because it imports vitest, which cannot load outside a test run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { envelope } from '../../src/messaging/envelope.ts';
import type { AnalysisTimings, Result, TabView } from '../../src/messaging/protocol.ts';
import { type Bridge, makeBridge, newTabId } from '../../tests/e2e/harness/bridge.ts';
import { MAIN_THREAD_WATCH, readHighlights, readMainThreadWatch } from '../../tests/e2e/harness/probes.ts';
import { analysisTraced, optimiseSettled, type StepTimes, stepTimes } from './trace-steps.ts';
import { unpackedExtensionOrigin, type WorkerWatch, watchWorker } from './worker-watch.ts';

/** What one analysis of one page cost. */
export interface AnalysisCost {
  /**
   * Trigger → the first of Sourcelight's highlights registered in the page (the reader sees them from here). The
   * trigger is the moment the bridge page sends analyzeTab, on the browser's clock, as the popup does on a click.
   */
  triggerToHighlightsMs: number;
  /**
   * The benchmark's own delay before that: from its call through the DevTools protocol to the bridge page sending
   * (until 21:00 on 2026-11-26 the trigger was taken before this call, so these milliseconds counted as Sourcelight's).
   */
  harnessDelayMs?: number;
  /** Trigger → the background's settled "result" view (score, badge), sent once every highlight is drawn. */
  triggerToResultMs: number;
  /** The background's own breakdown (inject, extract, analyze, draw). */
  timings?: AnalysisTimings;
  /** When each step the test build logs ended, in ms after the trigger. */
  steps: StepTimes;
  /** Ranges registered in CSS.highlights once drawn. */
  highlightedRanges: number;
  /** The longest main-thread task in the page during the analysis (0 when none reached 50 ms). */
  longestTaskMs: number;
  /** JS heap of the page's renderer after minus before, both after a full garbage collection. */
  heapGainKb: number;
}

/** A running browser with the extension, able to time analyses. */
export interface BrowserSession {
  /**
   * Stops the extension's service worker, as the browser does after 30 idle seconds: the next analysis is cold,
   * and it fails (rather than giving a warm figure labelled cold) if the worker is not stopped at its trigger.
   */
  stopBackground(): Promise<void>;
  /** The extension's origin (chrome-extension://id/), to tell its targets from any other extension's. */
  origin: string;
  /** `beforeClose` runs once the analysis is measured, before its tab closes (a profiler reading the page). */
  analyse(url: string, beforeClose?: () => Promise<void>): Promise<AnalysisCost>;
  close(): Promise<void>;
}

const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];

/** Resolves (page clock, epoch ms) when a Sourcelight highlight first holds a range; -1 after 60 s. Runs in the page. */
const HIGHLIGHTS_APPEAR = `new Promise((resolve) => {
  const since = performance.now();
  const check = () => {
    const drawn = [...CSS.highlights].some(([name, h]) => name.startsWith('sourcelight-') && h.size > 0);
    if (drawn) resolve(performance.timeOrigin + performance.now());
    else if (performance.now() - since > 60000) resolve(-1);
    else setTimeout(check, 1);
  };
  check();
})`;

/** A Chromium with the extension loaded, its bridge page open, and every console line of the worker and pages. */
export interface ExtensionChromium {
  context: BrowserContext;
  bridge: Bridge;
  /** Console lines since the last reset (set its length to 0). */
  lines: string[];
  /** The bridge page (an extension page, for DevTools calls that need one). */
  bridgePage: Page;
  /** The extension's service worker as DevTools reports it: wait for its states, stop it. */
  worker: WorkerWatch;
  /** The extension's origin (chrome-extension://id/). */
  origin: string;
  close(): Promise<void>;
}

/** Launches Chromium with the extension in a fresh profile and opens the test build's bridge page. */
export async function launchWithExtension(
  extensionDir: string,
  executablePath: string,
  /** More command-line switches (a profiling script's --remote-debugging-port). */
  extraArgs: readonly string[] = [],
): Promise<ExtensionChromium> {
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
      ...extraArgs,
    ],
  });
  const lines: string[] = [];
  // The test build logs its trace in batches, one step a line (src/platform/trace.ts).
  const push = (text: string) => lines.push(...text.split('\n'));
  const listen = (worker: Worker) => worker.on('console', (m) => push(m.text()));
  context.on('serviceworker', listen);
  context.on('console', (m) => push(m.text()));
  // The browser hands the extension over while its worker may still be installing: nothing may stop or call it
  // before it is activated (worker-watch.ts says what went wrong when the first cold stop came too early).
  // Only this extension's worker counts (its id comes from its folder), not a component extension's.
  const origin = unpackedExtensionOrigin(extensionDir);
  const watch = await watchWorker(context, context.pages()[0] ?? (await context.newPage()), origin);
  await watch.activated();
  const ours = (w: Worker) => w.url().startsWith(origin);
  const worker = context.serviceWorkers().find(ours) ?? (await context.waitForEvent('serviceworker', { predicate: ours }));
  listen(worker);
  const bridgePage = await context.newPage();
  await bridgePage.goto(`${origin}bridge.html`);
  const bridge: Bridge = makeBridge((fn, arg) => bridgePage.evaluate(fn as never, arg as never) as Promise<never>);
  return {
    context,
    bridge,
    lines,
    bridgePage,
    worker: watch,
    origin,
    async close() {
      await watch.close();
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Launches Chromium with the extension; the first analysis in it is cold (service worker and model not started). */
export async function startSession(
  extensionDir: string,
  executablePath: string,
  extraArgs: readonly string[] = [],
): Promise<BrowserSession> {
  const { context, bridge, lines, bridgePage, worker, origin, close } = await launchWithExtension(
    extensionDir,
    executablePath,
    extraArgs,
  );
  // Set by a stop, cleared by the next analysis: that analysis is cold and checks the worker is still stopped.
  let cold = false;
  return {
    origin,
    stopBackground: async () => {
      await optimiseSettled(lines);
      await worker.stop();
      cold = true;
    },
    analyse: (url, beforeClose) => {
      const beforeTrigger = cold ? () => worker.assertStopped() : () => undefined;
      cold = false;
      return timeAnalysis(context, bridgePage, bridge, url, lines, beforeTrigger, beforeClose).catch((error: unknown) => {
        // The worker's state at the failure tells a background that never started from one that failed.
        throw new Error(`${error instanceof Error ? error.message : String(error)} (service worker: ${worker.describe()})`);
      });
    },
    close,
  };
}

/**
 * Sends a call to the background from the bridge page, as the popup does, and gives the moments (epoch ms, the
 * browser's clock, as the pages' own timestamps) it was sent and answered. Runs in the bridge page (a string,
 * like HIGHLIGHTS_APPEAR, so that nothing the TypeScript runner adds to a function travels with it). Like the
 * popup's caller (retryUndelivered in src/messaging/transport.ts), it sends once more, 150 ms later, a message
 * Chromium did not deliver, and the time counts.
 */
const trigger = (message: unknown) => `(async () => {
  const sentAt = performance.timeOrigin + performance.now();
  const send = () => chrome.runtime.sendMessage(${JSON.stringify(message)});
  // Chromium gives an extension page no signal that a waking worker can take a message, and it may refuse one
  // that meets the worker between two states: try again every 150 ms for up to 1.5 s, as the popup's caller
  // retries, the clock running from the first try ('retries' says it happened). Since the session waits for the
  // worker to be activated and stopped (worker-watch.ts), no run has needed it.
  let retries = 0;
  let answer;
  for (;;) {
    try {
      answer = await send();
      break;
    } catch (error) {
      if (retries >= 10 || !/Receiving end does not exist|Could not establish connection/i.test(String(error && error.message))) throw error;
      retries += 1;
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
  return { sentAt, retries, answeredAt: performance.timeOrigin + performance.now(), answer: answer ?? { ok: false, error: 'no answer' } };
})()`;

/** Opens the page in a new tab and times one analysis of it. */
async function timeAnalysis(
  context: BrowserContext,
  bridgePage: Page,
  bridge: Bridge,
  url: string,
  lines: string[],
  /** Runs just before the trigger is sent (a cold analysis checks its worker is still stopped); may throw. */
  beforeTrigger: () => void,
  beforeClose: () => Promise<void> = async () => undefined,
): Promise<AnalysisCost> {
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
  const appeared = page.evaluate(HIGHLIGHTS_APPEAR) as Promise<number>;
  // When the analysis fails, this is never awaited and rejects as the page closes: not a second, unhandled error.
  appeared.catch(() => undefined);
  lines.length = 0;
  try {
    beforeTrigger();
  } catch (error) {
    await page.close();
    throw error;
  }
  const calledAt = Date.now();
  const sent = bridgePage.evaluate(trigger(envelope('background', 'analyzeTab', [tabId, 'article'])));
  const { sentAt, answeredAt, answer, retries } = (await sent) as {
    sentAt: number;
    retries: number;
    answeredAt: number;
    answer: Result<TabView>;
  };
  const triggerAt = sentAt;
  if (retries > 0) process.stderr.write(`bench: the background had no listener yet; the trigger was sent ${retries + 1} times\n`);
  const triggerToResultMs = answeredAt - sentAt;
  if (!answer.ok) throw new Error(`analyzeTab failed: ${answer.error}`);
  if (answer.value.status !== 'result')
    throw new Error(`analysis ended as ${answer.value.status}: ${answer.value.message}`);
  const shownAt = await appeared;
  if (shownAt < 0) throw new Error(`no highlights were drawn on ${url}`);
  const highlightedRanges = Object.values(await page.evaluate(readHighlights)).reduce((n, r) => n + r.length, 0);
  const watch = await page.evaluate(readMainThreadWatch);
  const heapGainKb = ((await heap()) - heapBefore) / 1024;
  await beforeClose(); // first: a profiler stopped here would otherwise count the wait for the trace's batches
  await analysisTraced(lines);
  await page.close();
  return {
    triggerToHighlightsMs: Math.max(0, shownAt - triggerAt),
    harnessDelayMs: Math.max(0, sentAt - calledAt),
    triggerToResultMs,
    timings: answer.value.timings,
    steps: stepTimes(lines, triggerAt),
    highlightedRanges,
    longestTaskMs: Math.max(0, ...watch.longTasks),
    heapGainKb,
  };
}
