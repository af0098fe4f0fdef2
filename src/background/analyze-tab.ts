/**
 * One analysis of one tab, from trigger to highlights: inject the content script (only now, so a page that
 * is never analysed pays nothing), extract the article, run the engine here in the background (the model is
 * loaded once, not per tab), draw the highlights, show the score on the badge. Every way this can fail ends
 * in a settled TabView with a sentence for the reader; nothing is left "analysing".
 */
import { toDrawPlan } from '../messaging/draw-plan.ts';
import type { ExtractMode, TabView } from '../messaging/protocol.ts';
import { showNotArticle, showScore } from './badge.ts';
import { type Background, publish } from './context.ts';
import { classifyInjectionError, restrictedReason } from './restricted.ts';
import { strings } from './strings.ts';

/** The content script file (see scripts/build-extension.ts). */
export const CONTENT_SCRIPT = 'content.js';

/** Analyses a tab; a request while one is running for the same tab joins it. */
export function analyzeTab(bg: Background, tabId: number, mode: ExtractMode): Promise<TabView> {
  const running = bg.inFlight.get(tabId);
  if (running) return running;
  const job = run(bg, tabId, mode).finally(() => bg.inFlight.delete(tabId));
  bg.inFlight.set(tabId, job);
  return job;
}

/** Makes sure the content script and the highlight styles are in the tab; returns why not when they cannot be. */
export async function ensureContentScript(
  bg: Background,
  tabId: number,
  url: string | undefined,
): Promise<{ status: 'restricted' | 'error'; message: string } | undefined> {
  if ((await bg.page(tabId, true)('ping')).ok) return undefined;
  for (let attempt = 1; ; attempt++) {
    try {
      await bg.api.scripting.injectFile(tabId, CONTENT_SCRIPT);
      await bg.api.scripting.insertCss(tabId, bg.highlightCss);
      // Firefox reports success on some privileged pages (about:robots) without running the script there.
      if ((await bg.page(tabId, true)('ping')).ok) return undefined;
      return { status: 'restricted', message: strings.restrictedUnknown };
    } catch (error) {
      const failure = classifyInjectionError(error, url);
      // A page that is still replacing its document (a redirect, document.write) refuses once: try again.
      if (failure.status === 'restricted' || attempt >= 2) return failure;
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
    }
  }
}

/** Pause before the second injection attempt. */
export const RETRY_DELAY_MS = 300;

async function run(bg: Background, tabId: number, mode: ExtractMode): Promise<TabView> {
  const previous = await bg.views.get(tabId);
  const base = { tabId, highlightsVisible: previous.highlightsVisible, families: previous.families };
  const settle = (fields: Omit<TabView, keyof typeof base>) => publish(bg, { ...base, ...fields });

  let url: string | undefined;
  try {
    url = (await bg.api.tabs.get(tabId)).url;
  } catch {
    return settle({ status: 'error', message: strings.tabGone });
  }
  const known = restrictedReason(url);
  if (known) return settle({ status: 'restricted', message: known });

  await settle({ status: 'analysing', progress: 0.1 });
  const timer = stopwatch(bg.now);
  const refused = await ensureContentScript(bg, tabId, url);
  if (refused) return settle(refused);
  const inject = timer();

  const page = bg.page(tabId);
  const extraction = await page('extract', mode);
  if (!extraction.ok) return settle({ status: 'error', message: strings.extractionFailed(extraction.error) });
  const extract = timer();
  if (extraction.value.kind === 'not-article') {
    await showNotArticle(bg.api, tabId);
    return settle({ status: 'not-article', page: extraction.value.page, message: extraction.value.reason });
  }
  const { text, links, page: meta } = extraction.value;
  await settle({ status: 'analysing', progress: 0.4, page: meta });

  let report: TabView['report'];
  try {
    report = await bg.engine(text, links);
  } catch (error) {
    return settle({ status: 'error', page: meta, message: strings.engineFailed(error instanceof Error ? error.message : String(error)) });
  }
  const analyze = timer();
  await settle({ status: 'analysing', progress: 0.8, page: meta });

  const drawn = await page('drawPlan', toDrawPlan(report.findings), base.families);
  if (drawn.ok && !base.highlightsVisible) await page('setVisible', false, base.families);
  if (!drawn.ok) return settle({ status: 'error', page: meta, message: strings.drawFailed(drawn.error) });
  const draw = timer();
  const health = await page('diagnostics');
  const longestPageSlice = health.ok ? health.value.longestSliceMs : undefined;

  await showScore(bg.api, tabId, report);
  return settle({ status: 'result', progress: 1, report, text, page: meta, timings: { inject, extract, analyze, draw, longestPageSlice } });
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
