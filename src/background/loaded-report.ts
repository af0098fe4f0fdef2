/**
 * "Load report": draws an exported JSON-LD report on the tab's page as it is now. The page gives its current
 * article text through the same extraction an analysis uses (so offsets mean the same thing), the annotations
 * are anchored on that text here in the background (quote first, position as a hint: a fuzzy search on a
 * changed page can take tens of milliseconds, which the page's main thread must not pay), and the page draws
 * the anchored findings like any report. Failures are thrown as sentences and leave the tab's view as it was.
 */
import type { Finding } from '../engine/types.ts';
import { toDrawPlan } from '../messaging/draw-plan.ts';
import type { TabView } from '../messaging/protocol.ts';
import { anchorAnnotations, parseJsonLdReport } from '../report/index.ts';
import { ensureContentScript } from './analyze-tab.ts';
import { showScore } from './badge.ts';
import { type Background, publish } from './context.ts';
import { restrictedReason } from './restricted.ts';
import { strings } from './strings.ts';

/** File names are shown in the popup: a longer one is cut, since a name is not worth a long message. */
const MAX_FILE_NAME = 200;

/** Loads a report file's text onto a tab; waits for an analysis of the same tab that is still running. */
export function loadReport(bg: Background, tabId: number, fileName: unknown, json: unknown): Promise<TabView> {
  const running = bg.inFlight.get(tabId);
  const job = (running ? running.catch(() => undefined) : Promise.resolve())
    .then(() => load(bg, tabId, String(fileName).slice(0, MAX_FILE_NAME), json))
    .finally(() => {
      if (bg.inFlight.get(tabId) === job) bg.inFlight.delete(tabId);
    });
  // Registered like an analysis, so an analysis asked for meanwhile joins this instead of drawing over it.
  bg.inFlight.set(tabId, job);
  return job;
}

async function load(bg: Background, tabId: number, fileName: string, json: unknown): Promise<TabView> {
  const parsed = parseJsonLdReport(json as string);
  if (!parsed.ok) throw new Error(parsed.error);
  const { report, annotations, analysedAt } = parsed.value;

  const url = await bg.api.tabs.get(tabId).then(
    (tab) => tab.url,
    () => {
      throw new Error(strings.tabGone);
    },
  );
  const known = restrictedReason(url);
  if (known) throw new Error(known);
  const refused = await ensureContentScript(bg, tabId, url);
  if (refused) throw new Error(refused.message);

  const page = bg.page(tabId);
  // 'anyway': the article when the page has one (the text an analysis reads), else the largest block of prose.
  const extraction = await page('extract', 'anyway');
  if (!extraction.ok) throw new Error(strings.extractionFailed(extraction.error));
  if (extraction.value.kind === 'not-article') throw new Error(extraction.value.reason);
  const { text, page: meta } = extraction.value;

  const { anchored, unmatched } = anchorAnnotations(text, annotations);
  const findings: Finding[] = anchored.map((a) => a.finding).sort((a, b) => a.start - b.start || a.end - b.end);
  const { highlightsVisible, families } = await bg.views.get(tabId);
  const drawn = await page('drawPlan', toDrawPlan(findings), families);
  if (!drawn.ok) throw new Error(strings.drawFailed(drawn.error));
  if (!highlightsVisible) await page('setVisible', false, families);

  const loadedReport = { ...report, findings };
  await showScore(bg.api, tabId, loadedReport);
  return publish(bg, {
    tabId,
    status: 'result',
    progress: 1,
    report: loadedReport,
    text,
    page: meta,
    highlightsVisible,
    families,
    loaded: {
      fileName,
      total: annotations.length,
      unmatched: unmatched.map((a) => a.finding),
      ...(analysedAt ? { analysedAt } : {}),
    },
  });
}
