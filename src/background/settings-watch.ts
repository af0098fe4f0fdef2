/**
 * When the reader changes their settings, every page showing a result is drawn again with what the new
 * settings show, and open popups hear of it (they read the settings themselves for their lists).
 */
import { watchSettings } from '../settings/watch.ts';
import { type Background, pageAlive } from './context.ts';
import { knownTabs } from './handlers-pages.ts';
import { redraw } from './settings-draw.ts';

/** Redraws the highlights of every tab that shows a result; a tab that fails is left as it was. */
export async function redrawAll(bg: Background): Promise<void> {
  for (const tabId of await knownTabs(bg)) {
    const view = await bg.views.get(tabId);
    if (view.status !== 'result' || !(await pageAlive(bg, tabId))) continue;
    await redraw(bg, view).catch(() => undefined);
  }
}

/** Starts following settings changes (at start-up, so a change wakes the background); returns the stop function. */
export function followSettings(bg: Background, watch: typeof watchSettings = watchSettings): () => void {
  return watch(() => void redrawAll(bg), bg.api);
}
