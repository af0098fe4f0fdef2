/** What every background feature works with, passed in rather than imported so unit tests can supply fakes. */
import type { AnalyzeOptions, LinkSpan, Report } from '../engine/types.ts';
import type { BackgroundEvents, PageCalls, TabView } from '../messaging/protocol.ts';
import type { Caller, Emitter } from '../messaging/transport.ts';
import type { ExtensionApi } from '../platform/api.ts';
import { trace } from '../platform/trace.ts';
import type { EarlyAnalysis } from './early-analysis.ts';
import type { TabViews } from './tab-views.ts';

/** The background's dependencies and its per-tab bookkeeping. */
export interface Background {
  api: ExtensionApi;
  views: TabViews;
  emit: Emitter<BackgroundEvents>;
  /** `options`: the reader's engine options when already read (engine.ts reads them otherwise). */
  engine: (text: string, links: LinkSpan[], options?: AnalyzeOptions) => Promise<Report>;
  /** Starts loading the engine without waiting for it (called when an analysis starts, while the page is read). */
  warmEngine: () => void;
  /** Lets the engine optimise its code in idle time after an analysis has settled (engine.ts, optimise). */
  optimiseEngine: () => void;
  /** A caller for the content script of a tab; `quick` callers give up fast (used to ask "are you there?"). */
  page: (tabId: number, quick?: boolean) => Caller<PageCalls>;
  /** The ::highlight() rules inserted into analysed pages. */
  highlightCss: string;
  /** Analyses in progress per tab: a second request joins the running one instead of starting over. */
  inFlight: Map<number, Promise<TabView>>;
  /** Analyses started on Readability's outline before the page sent its text (early-analysis.ts), per tab. */
  early: Map<number, EarlyAnalysis>;
  now: () => number;
}

/**
 * Stores a tab's new view and tells open extension pages (the popup) about it. The popup is told while the
 * view is still being written to storage.session (a long article's report takes a while to write), since the
 * background answers from memory anyway.
 */
export async function publish(bg: Background, view: TabView): Promise<TabView> {
  const stored = bg.views.set(view);
  await bg.emit('tabViewChanged', view);
  if (view.status === 'result') trace('bg:told');
  await stored;
  if (view.status === 'result') trace('bg:stored');
  return view;
}

/** Whether the content script still answers in the tab (it does not after a navigation, a reload or turning off). */
export async function pageAlive(bg: Background, tabId: number): Promise<boolean> {
  return (await bg.page(tabId, true)('ping')).ok;
}
