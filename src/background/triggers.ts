/** The triggers besides the popup: the keyboard command and the "Analyse selected text" context-menu item. */
import { analyzeTab } from './analyze-tab.ts';
import type { Background } from './context.ts';
import { strings } from './strings.ts';

/** The command id in manifest.json's "commands". */
export const ANALYSE_COMMAND = 'analyse-page';
/** The context-menu item's id. */
export const ANALYSE_SELECTION_MENU = 'analyse-selection';

/** Creates the context-menu item (menus persist, so this runs when the extension is installed or updated). */
export function createMenus(bg: Background, signal?: AbortSignal): void {
  bg.api.runtime.onInstalled(() => {
    bg.api.menus.createForSelection(ANALYSE_SELECTION_MENU, strings.menuAnalyseSelection).catch((error) => {
      console.error('Sourcelight could not create its context menu:', error);
    });
  }, signal);
}

/** Starts analyses from the keyboard command and the context menu (both grant activeTab, like a click). */
export function listenToTriggers(bg: Background, signal?: AbortSignal): void {
  bg.api.commands.onCommand(async (command, tab) => {
    if (command !== ANALYSE_COMMAND) return;
    const tabId = tab?.id ?? (await bg.api.tabs.active())?.id;
    if (tabId !== undefined) await analyzeTab(bg, tabId, 'article');
  }, signal);
  bg.api.menus.onClicked((menuId, tab) => {
    if (menuId === ANALYSE_SELECTION_MENU && tab) void analyzeTab(bg, tab.id, 'selection');
  }, signal);
}
