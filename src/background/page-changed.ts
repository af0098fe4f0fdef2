/**
 * A page told the background that it changed under its analysis (src/page/watch.ts): a single-page app
 * showed another article (the content script has then already removed its highlights and left), or the
 * page added text. On a site the reader opted in to, the page is simply analysed again; elsewhere nothing is
 * analysed unasked, but the tab's state must not keep describing a page that is gone: the view becomes idle
 * and the badge is cleared, or, for added text, the result says it no longer covers the whole page.
 */
import type { TabView } from '../messaging/protocol.ts';
import { clearBadge } from './badge.ts';
import { type Background, pageAlive, publish } from './context.ts';
import { strings } from './strings.ts';
import { idleView } from './tab-views.ts';

/** Brings the tab's view up to date with a page that changed in place; returns the new view. */
export async function pageChanged(bg: Background, tabId: number): Promise<TabView> {
  const view = await bg.views.get(tabId);
  // An analysis under way reads the page as it is now and settles on its own.
  if (bg.inFlight.has(tabId)) return view;
  if (!(await pageAlive(bg, tabId))) {
    if (view.status === 'idle') return view;
    await clearBadge(bg.api, tabId);
    return publish(bg, { ...idleView(tabId), highlightsVisible: view.highlightsVisible, families: view.families });
  }
  if (view.status === 'result' && view.message !== strings.pageGrew) return publish(bg, { ...view, message: strings.pageGrew });
  return view;
}
