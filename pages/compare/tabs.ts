/**
 * The analysed tabs the compare page can offer, from the background: the tabs it holds a view for, each asked
 * for its current view (which also drops tabs that navigated away since), keeping only finished results.
 */
import type { BackgroundCalls, PagesCalls, Result, TabView } from '../../src/messaging/protocol.ts';
import type { Caller } from '../../src/messaging/transport.ts';
import { t } from '../../src/i18n/index.ts';

/** An analysed tab to choose from. */
export interface TabChoice {
  tabId: number;
  title: string;
  view: TabView;
}

/** The calls this needs (the real callers, or fakes in tests). */
export interface TabSource {
  background: Caller<BackgroundCalls>;
  pages: Caller<PagesCalls>;
}

/** The analysed tabs, most recent first; a failure says why the list could not be made. */
export async function analysedTabs({ background, pages }: TabSource): Promise<Result<TabChoice[]>> {
  const known = await pages('listKnownTabs');
  if (!known.ok) return known;
  const views = await Promise.all(known.value.map((tabId) => background('getTabView', tabId)));
  const choices = views.flatMap((answer) => {
    if (!answer.ok || answer.value.status !== 'result' || !answer.value.report) return [];
    const view = answer.value;
    return [
      {
        tabId: view.tabId,
        title: view.page?.title || view.page?.url || t('compare_untitledTab', String(view.tabId)),
        view,
      },
    ];
  });
  return { ok: true, value: choices };
}
