/**
 * One analysis of one tab, from trigger to highlights: inject the content script (only now, so a page that
 * is never analysed pays nothing), extract the article, run the engine here in the background (the model is
 * loaded once, not per tab), draw the highlights, show the score on the badge. Every way this can fail ends
 * in a settled TabView with a sentence for the reader; nothing is left "analysing".
 */
import { pageKey } from '../messaging/dismissals.ts';
import type { ExtractMode, TabView } from '../messaging/protocol.ts';
import { showNotArticle, showScore } from './badge.ts';
import { trace } from '../platform/trace.ts';
import { type Background, pageAlive, publish } from './context.ts';
import { dismissalSaves, loadDismissals } from './dismissals.ts';
import { expectEarly, reportFor } from './early-analysis.ts';
import { classifyInjectionError, restrictedReason } from './restricted.ts';
import { familiesFor, prepareDraw, readerSettings } from './settings-draw.ts';
import { engineOptionsOf } from '../settings/engine-options.ts';
import { strings } from './strings.ts';

/** The content script file (see scripts/build-extension.ts). */
export const CONTENT_SCRIPT = 'content.js';

/** Analyses a tab; a request while one is running for the same tab joins it. */
export function analyzeTab(bg: Background, tabId: number, mode: ExtractMode): Promise<TabView> {
  const running = bg.inFlight.get(tabId);
  if (running) return running;
  const job = run(bg, tabId, mode).finally(() => {
    bg.inFlight.delete(tabId);
    bg.early.delete(tabId);
    if (bg.inFlight.size === 0) bg.optimiseEngine();
  });
  bg.inFlight.set(tabId, job);
  return job;
}

/**
 * Makes sure the content script and the highlight styles are in the tab; returns why not when they cannot be.
 * `onInjecting` runs as soon as the script is known to be there or has been asked for, which is the moment to
 * start other work (loading the engine) while the browser injects.
 */
export async function ensureContentScript(
  bg: Background,
  tabId: number,
  url: string | undefined,
  onInjecting: () => void = () => undefined,
  /** The answer to "are you there?", when the caller asked already (analyses ask at once, beside their other reads). */
  present: Promise<{ ok: boolean }> = bg.page(tabId, true)('ping'),
  /**
   * Runs once the script is in the page or the browser says it ran, before that is confirmed: the moment to send
   * the page its first call. It may return whether that call was answered, which confirms the script runs.
   */
  onScriptRan: () => Promise<boolean> | undefined = () => undefined,
): Promise<{ status: 'restricted' | 'error'; message: string } | undefined> {
  const pinged = (await present).ok;
  trace('bg:pinged');
  if (pinged) {
    onInjecting();
    onScriptRan();
    return undefined;
  }
  let steps = [() => bg.api.scripting.injectFile(tabId, CONTENT_SCRIPT), () => bg.api.scripting.insertCss(tabId, bg.highlightCss)];
  for (let attempt = 1; ; attempt++) {
    // Script and styles go in together; a step that succeeded is not repeated on a second attempt.
    const running = steps.map((step) => step());
    if (attempt === 1) onInjecting();
    const results = await Promise.allSettled(running);
    trace('bg:script-ran');
    const failed = results.findIndex((r) => r.status === 'rejected');
    if (failed < 0) {
      const answered = onScriptRan();
      // Firefox reports success on some privileged pages (about:robots) without running the script there. A
      // script that did run answers (the first call, else a ping), though it may be busy reading a long page:
      // hence the full wait.
      if ((answered && (await answered)) || (await bg.page(tabId)('ping')).ok) return undefined;
      // On an ordinary web page, a script that ran and vanished means the document was replaced meanwhile.
      if (url && /^https?:/i.test(url)) return { status: 'error', message: strings.pageChangedDuringAnalysis };
      return { status: 'restricted', message: strings.restrictedUnknown };
    }
    const failure = classifyInjectionError((results[failed] as PromiseRejectedResult).reason, url);
    // A page that is still replacing its document (a redirect, document.write) refuses once: try again.
    if (failure.status === 'restricted' || attempt >= 2) return failure;
    steps = steps.filter((_, i) => results[i].status === 'rejected');
    await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
  }
}

/** Pause before the second injection attempt. */
export const RETRY_DELAY_MS = 300;

/** Whether the tab itself went away or moved on: closed, or showing another address than the one being read. */
async function tabMovedOn(bg: Background, tabId: number, url: string | undefined): Promise<{ status: 'error'; message: string } | undefined> {
  const now = await bg.api.tabs.get(tabId).then(
    (tab) => tab,
    () => undefined,
  );
  if (!now) return { status: 'error', message: strings.tabGone };
  return now.url === url ? undefined : { status: 'error', message: strings.pageChangedDuringAnalysis };
}

/**
 * Why a page call failed when the reason is the tab itself: closed, or navigated (or reloaded) while it was
 * being analysed. Undefined when the tab is still showing the page that was being read.
 */
async function interruption(bg: Background, tabId: number, url: string | undefined): Promise<{ status: 'error'; message: string } | undefined> {
  const moved = await tabMovedOn(bg, tabId, url);
  if (moved) return moved;
  return (await pageAlive(bg, tabId)) ? undefined : { status: 'error', message: strings.pageChangedDuringAnalysis };
}

async function run(bg: Background, tabId: number, mode: ExtractMode): Promise<TabView> {
  // The tab, its view, the reader's settings and whether the content script is already in the page are asked
  // for at once: each is a round trip to the browser.
  const present = bg.page(tabId, true)('ping');
  const tab = bg.api.tabs.get(tabId).then(
    (found) => ({ url: found.url }),
    () => undefined,
  );
  const settings = readerSettings(bg).catch(() => undefined);
  const page = bg.page(tabId);
  // The page is asked for its text as soon as its script is known to run (the browser says so, or the page asks
  // for Readability): it started reading the page the moment it ran.
  let extracting: ReturnType<typeof page<'extract'>> | undefined;
  let asked = false;
  const askForText = () => {
    if (!asked) {
      asked = true; // set first: a page that answers at once must not be asked again meanwhile
      extracting = page('extract', mode);
    }
    return extracting?.then((answer) => answer.ok);
  };
  // The engine takes the reader's options from these settings, also when it starts early (early-analysis.ts).
  expectEarly(bg, tabId, { options: settings.then((read) => (read ? engineOptionsOf(read) : undefined)), askForText });
  const previous = await bg.views.get(tabId);
  const base = { tabId, highlightsVisible: previous.highlightsVisible, families: await familiesFor(bg, previous, await settings) };
  const settle = (fields: Omit<TabView, keyof typeof base>) => publish(bg, { ...base, ...fields });
  // Progress is told, not waited for: the popup hears of it while the work goes on.
  const progress = (fields: Omit<TabView, keyof typeof base>) => void settle(fields);

  const found = await tab;
  if (!found) return settle({ status: 'error', message: strings.tabGone });
  const url = found.url;
  const known = restrictedReason(url);
  if (known) return settle({ status: 'restricted', message: known });
  // The page's dismissals are read while the page is read and the engine works (by the tab's address, which is
  // the page's), and read again after the engine when the reader dismissed a finding meanwhile (on the previous
  // report, still shown: that one must stay off the new report) or the page turns out to have another address.
  const saves = dismissalSaves();
  const stored = loadDismissals(bg.api.storage.local, url).catch(() => undefined);

  trace('bg:start');
  progress({ status: 'analysing', progress: 0.1 });
  const timer = stopwatch(bg.now);
  const refused = await ensureContentScript(bg, tabId, url, bg.warmEngine, present, askForText);
  // A tab closed or navigated while the script went in is that, not a page the browser protects.
  if (refused) return settle((await tabMovedOn(bg, tabId, url)) ?? refused);
  const inject = timer();
  trace('bg:injected');

  const extraction = await (extracting ?? page('extract', mode));
  if (!extraction.ok) return settle((await interruption(bg, tabId, url)) ?? { status: 'error', message: strings.extractionFailed(extraction.error) });
  const extract = timer();
  trace('bg:extracted');
  if (extraction.value.kind === 'not-article') {
    await showNotArticle(bg.api, tabId);
    return settle({ status: 'not-article', page: extraction.value.page, message: extraction.value.reason });
  }
  const { text, links, page: meta } = extraction.value;
  progress({ status: 'analysing', progress: 0.4, page: meta });

  let report: TabView['report'];
  try {
    report = await reportFor(bg, tabId, text, links);
  } catch (error) {
    return settle({ status: 'error', page: meta, message: strings.engineFailed(error instanceof Error ? error.message : String(error)) });
  }
  const analyze = timer();
  trace('bg:analysed');
  const current = saves === dismissalSaves() && url !== undefined && pageKey(url) === pageKey(meta.url);
  const dismissals = current ? await stored : await loadDismissals(bg.api.storage.local, meta.url).catch(() => undefined);

  // The page shows what the reader kept: findings they dismissed on this page, or their settings hide, stay off it.
  const { dismissals: kept, scored, plan } = await prepareDraw(bg, report, meta.url, await settings, dismissals);
  trace('bg:plan-sent');
  const drawing = page('drawPlan', plan, base.families);
  // The progress message goes out once the plan is on its way.
  progress({ status: 'analysing', progress: 0.8, page: meta });
  const drawn = await drawing;
  if (drawn.ok && !base.highlightsVisible) await page('setVisible', false, base.families);
  if (!drawn.ok) return settle((await interruption(bg, tabId, url)) ?? { status: 'error', page: meta, message: strings.drawFailed(drawn.error) });
  const draw = timer();
  trace('bg:drawn');
  const [health] = await Promise.all([page('diagnostics'), showScore(bg.api, tabId, scored)]);
  trace('bg:scored');
  const longestPageSlice = health.ok ? health.value.longestSliceMs : undefined;
  const dismissed = kept.length > 0 ? { dismissed: kept } : {};
  return settle({ status: 'result', progress: 1, report, text, page: meta, ...dismissed, timings: { inject, extract, analyze, draw, longestPageSlice } });
}

/** Returns a function that gives the milliseconds since its previous call (or since creation). */
function stopwatch(now: () => number): () => number {
  let last = now();
  return () => {
    const t = now();
    const elapsed = Math.round((t - last) * 10) / 10;
    last = t;
    return elapsed;
  };
}
