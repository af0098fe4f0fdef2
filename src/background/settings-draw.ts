/**
 * What a page highlights: the report's findings less the ones the reader dismissed on that page, less the ones
 * their settings hide (sensitivity, techniques). The score on the badge leaves out dismissed findings only:
 * settings choose what is shown, never what the article earns.
 */
import type { Report } from '../engine/types.ts';
import { applyDismissals, type Dismissal } from '../messaging/dismissals.ts';
import { toDrawPlan } from '../messaging/draw-plan.ts';
import type { Family, TabView } from '../messaging/protocol.ts';
import { initialFamilies, loadSettings, type Settings, shownFindings } from '../settings/index.ts';
import { showScore } from './badge.ts';
import type { Background } from './context.ts';
import { loadDismissals } from './dismissals.ts';

/** The reader's settings as stored (defaults when none or damaged: the settings page reports the damage). */
export async function readerSettings(bg: Background): Promise<Settings> {
  return (await loadSettings(bg.api.storage.local)).settings;
}

/**
 * The families an analysis shows: the reader's settings for a page analysed afresh, else what the page showed.
 * `settings` when the caller has already read them.
 */
export async function familiesFor(bg: Background, previous: TabView, settings?: Settings): Promise<Family[]> {
  return previous.status === 'idle' ? initialFamilies(settings ?? (await readerSettings(bg))) : previous.families;
}

/**
 * The page's dismissals, the report scored without them, and the findings to highlight. `settings` and
 * `dismissed` (the page's dismissals) when the caller has already read them (while the engine worked).
 */
export async function prepareDraw(bg: Background, report: Report, url: string | undefined, settings?: Settings, dismissed?: Dismissal[]) {
  const dismissals = dismissed ?? (await loadDismissals(bg.api.storage.local, url));
  const scored = applyDismissals(report, dismissals).report;
  const shown = shownFindings(scored.findings, settings ?? (await readerSettings(bg)));
  return { dismissals, scored, plan: toDrawPlan(shown) };
}

/** The view with the page's dismissals read back (they are stored per page, not with the tab's view). */
export async function withDismissals(bg: Background, view: TabView): Promise<TabView> {
  if (view.status !== 'result' || !view.report) return view;
  const dismissed = await loadDismissals(bg.api.storage.local, view.page?.url);
  return dismissed.length > 0 ? { ...view, dismissed } : { ...view, dismissed: undefined };
}

/** Draws a result view's highlights again (after a dismissal, an undo or a settings change) and updates the badge. */
export async function redraw(bg: Background, view: TabView): Promise<void> {
  if (view.status !== 'result' || !view.report) return;
  const { scored, plan } = await prepareDraw(bg, view.report, view.page?.url);
  const page = bg.page(view.tabId);
  const drawn = await page('drawPlan', plan, view.families);
  if (!drawn.ok) throw new Error(drawn.error);
  if (!view.highlightsVisible) await page('setVisible', false, view.families);
  await showScore(bg.api, view.tabId, scored);
}
