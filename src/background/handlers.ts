/**
 * The background's answers to BackgroundCalls (from the popup and other extension pages) and ContentCalls
 * (from the tiny script on opted-in sites). Messages are untyped at run time, so every argument is checked
 * here and a wrong one is refused with a sentence that names it.
 */
import type { Family, TabView } from '../messaging/protocol.ts';
import type { BackgroundCalls, ContentCalls, ExtractMode } from '../messaging/protocol.ts';
import { isFamilyList } from '../messaging/families.ts';
import { siteOrigin } from '../messaging/site.ts';
import type { Handlers } from '../messaging/transport.ts';
import { analyzeTab } from './analyze-tab.ts';
import { analyseOutlineEarly } from './early-analysis.ts';
import { trace } from '../platform/trace.ts';
import { readArticle } from './read-article.ts';
import { clearBadge } from './badge.ts';
import { downloadUrl } from './download-url.ts';
import { dismissFinding, undoDismissals } from './handlers-dismiss.ts';
import { openExtensionPage } from './handlers-open.ts';
import { loadReport } from './loaded-report.ts';
import { type Background, pageAlive, publish } from './context.ts';
import { pageChanged } from './page-changed.ts';
import { isAutomated, setAutomation } from './site-automation.ts';
import { strings } from './strings.ts';
import { withDismissals } from './settings-draw.ts';
import { followSettings } from './settings-watch.ts';
import { idleView } from './tab-views.ts';

const MODES: readonly ExtractMode[] = ['article', 'anyway', 'selection'];
/** Statuses that mean "the page shows (or showed) our work": stale once the tab has navigated away. */
const SETTLED = new Set<TabView['status']>(['result', 'not-article', 'restricted', 'error']);

function tabIdOf(value: unknown): number {
  if (!Number.isInteger(value) || (value as number) < 0) throw new TypeError(strings.badTabId(value));
  return value as number;
}

function check<T>(ok: boolean, value: T, message: (v: unknown) => string): T {
  if (!ok) throw new TypeError(message(value));
  return value;
}

/** The tab's view, reset to idle when what it describes is gone (the tab navigated or an analysis died). */
async function currentView(bg: Background, tabId: number): Promise<TabView> {
  const view = await bg.views.get(tabId);
  const stale =
    (view.status === 'analysing' && !bg.inFlight.has(tabId)) || (SETTLED.has(view.status) && !(await pageAlive(bg, tabId)));
  if (!stale) return withDismissals(bg, view);
  return bg.views.set({ ...idleView(tabId), highlightsVisible: view.highlightsVisible, families: view.families });
}

async function applyVisibility(bg: Background, tabId: number, visible: boolean, families: Family[]): Promise<TabView> {
  // Read back with the page's dismissals: a view restored from storage.session does not carry them.
  const view = await withDismissals(bg, await bg.views.get(tabId));
  if (view.status === 'result') {
    const shown = await bg.page(tabId)('setVisible', visible, families);
    if (!shown.ok) throw new Error(shown.error);
  }
  return publish(bg, { ...view, highlightsVisible: visible, families });
}

/** Handlers for the popup's calls; also starts redrawing pages when the reader's settings change. */
export function backgroundHandlers(bg: Background, follow: typeof followSettings = followSettings): Handlers<BackgroundCalls> {
  // main.ts builds these handlers once, synchronously at start-up: the moment a storage listener must be added
  // for a settings change to wake an event-driven background (main.ts could call followSettings itself).
  follow(bg);
  return {
    getTabView: (tabId) => currentView(bg, tabIdOf(tabId)),
    analyzeTab: (tabId, mode) => {
      trace('bg:trigger');
      return analyzeTab(bg, tabIdOf(tabId), check(MODES.includes(mode), mode, strings.badMode));
    },
    setHighlightsVisible: async (tabId, visible) => {
      const view = await bg.views.get(tabIdOf(tabId));
      return applyVisibility(bg, tabId, check(typeof visible === 'boolean', visible, strings.badFlag), view.families);
    },
    setFamilies: async (tabId, families) => {
      const view = await bg.views.get(tabIdOf(tabId));
      return applyVisibility(bg, tabId, view.highlightsVisible, check(isFamilyList(families), families, strings.badFamilies));
    },
    revealFinding: async (tabId, findingId) => {
      check(typeof findingId === 'string' && findingId !== '', findingId, strings.badFindingId);
      const revealed = await bg.page(tabIdOf(tabId))('reveal', findingId);
      if (!revealed.ok) throw new Error(revealed.error);
      return revealed.value;
    },
    turnOff: async (tabId) => {
      const view = await bg.views.get(tabIdOf(tabId));
      if (await pageAlive(bg, tabId)) {
        await bg.page(tabId)('teardown');
        await bg.api.scripting.removeCss(tabId, bg.highlightCss).catch(() => undefined);
      }
      await clearBadge(bg.api, tabId);
      return publish(bg, { ...idleView(tabId), families: view.families });
    },
    getSiteAutomation: async (tabId) => {
      const origin = siteOrigin((await bg.api.tabs.get(tabIdOf(tabId))).url);
      return origin ? { origin, enabled: await isAutomated(bg.api, origin) } : null;
    },
    setSiteAutomation: (origin, enabled) =>
      setAutomation(bg.api, String(origin), check(typeof enabled === 'boolean', enabled, strings.badFlag)),
    loadReport: (tabId, fileName, json) => loadReport(bg, tabIdOf(tabId), fileName, json),
    downloadUrl: (content, type) => downloadUrl(content, type),
    dismissFinding: (tabId, findingId, reason, note) => dismissFinding(bg, tabIdOf(tabId), findingId, reason, note),
    undoDismissals: (tabId, keys) => undoDismissals(bg, tabIdOf(tabId), keys),
  };
}

/** Handlers for calls from content scripts: the opted-in sites' "page loaded", and Readability on a snapshot. */
export function contentHandlers(bg: Background): Handlers<ContentCalls> {
  return {
    readArticle: (html, url, sender) => {
      if (typeof html !== 'string' || typeof url !== 'string') throw new TypeError(strings.badSnapshot);
      const outline = readArticle(html, url);
      analyseOutlineEarly(bg, sender.tabId, outline);
      return outline;
    },
    openExtensionPage: (path, sender) => openExtensionPage(bg, path, sender),
    // From the tiny script of an opted-in site, and from the content script when its page changed in place.
    pageLoaded: async (sender) => {
      if (sender.tabId === undefined) return 'idle';
      const origin = siteOrigin(sender.url);
      if (origin && (await isAutomated(bg.api, origin))) return (await analyzeTab(bg, sender.tabId, 'article')).status;
      return (await pageChanged(bg, sender.tabId)).status;
    },
  };
}
