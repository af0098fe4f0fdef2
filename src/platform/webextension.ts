/**
 * The real ExtensionApi, backed by webextension-polyfill. This is the only module that imports the polyfill
 * (a house rule): Firefox's `browser` and Chromium's `chrome` differ in names and in small behaviours, and
 * each difference is absorbed here, next to a comment, instead of leaking into the features.
 */
import browser from 'webextension-polyfill';
import type { ExtensionApi, KeyValueStore, TabInfo } from './api.ts';
import { plainSender } from './content-api.ts';

interface ExtensionEvent<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}

/** Adds a listener that is removed again when the signal aborts (lifecycle by AbortSignal). */
function on<L>(event: ExtensionEvent<L>, listener: L, signal?: AbortSignal): void {
  if (signal?.aborted) return;
  event.addListener(listener);
  signal?.addEventListener('abort', () => event.removeListener(listener), { once: true });
}

function tabInfo(tab: { id?: number; url?: string; title?: string } | undefined): TabInfo | undefined {
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url, title: tab.title };
}

function store(area: browser.Storage.StorageArea): KeyValueStore {
  return {
    get: async (key) => (await area.get(key))[key],
    set: (key, value) => area.set({ [key]: value }),
    remove: (key) => area.remove(key),
  };
}

/** Throws when executeScript reports that the injected file itself failed (Firefox puts it in `error`). */
function throwOnInjectionError(results: unknown[]): void {
  const first = results[0] as { error?: unknown } | undefined;
  if (first?.error) throw first.error instanceof Error ? first.error : new Error(String(first.error));
}

/** The ExtensionApi of the running extension (background, extension page or content script). */
export function webExtensionApi(): ExtensionApi {
  return {
    runtime: {
      id: () => browser.runtime.id,
      getURL: (path) => browser.runtime.getURL(path),
      send: (message) => browser.runtime.sendMessage(message),
      onMessage(listener, signal) {
        // The polyfill answers a message with the promise a listener returns; undefined leaves it to others.
        const wrapped = (message: unknown, sender: browser.Runtime.MessageSender) => listener(message, plainSender(sender));
        on(browser.runtime.onMessage as ExtensionEvent<typeof wrapped>, wrapped, signal);
      },
      onInstalled: (listener, signal) => on(browser.runtime.onInstalled, listener, signal),
    },
    tabs: {
      get: async (tabId) => tabInfo(await browser.tabs.get(tabId)) ?? { id: tabId },
      active: async () => tabInfo((await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]),
      send: (tabId, message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
      open: async (url, beside) => {
        // Firefox refuses an opener in another window than the new tab's, and opens new tabs in the last
        // focused window, which need not be the reader's: the opener is named only together with its window.
        const opener = beside === undefined ? undefined : await browser.tabs.get(beside).catch(() => undefined);
        await browser.tabs.create(
          opener?.id === undefined
            ? { url }
            : { url, openerTabId: opener.id, windowId: opener.windowId, index: opener.index + 1 },
        );
      },
    },
    scripting: {
      async injectFile(tabId, file) {
        throwOnInjectionError(await browser.scripting.executeScript({ target: { tabId }, files: [file] }));
      },
      insertCss: (tabId, css) => browser.scripting.insertCSS({ target: { tabId }, css }),
      removeCss: (tabId, css) => browser.scripting.removeCSS({ target: { tabId }, css }),
      registerScript: (id, matches, file) =>
        browser.scripting.registerContentScripts([{ id, matches, js: [file], runAt: 'document_idle' }]),
      unregisterScripts: (ids) => browser.scripting.unregisterContentScripts({ ids }),
      registeredScriptIds: async () => (await browser.scripting.getRegisteredContentScripts()).map((s) => s.id),
    },
    storage: {
      session: store(browser.storage.session),
      local: store(browser.storage.local),
      onChanged(listener, signal) {
        const wrapped = (changes: Record<string, browser.Storage.StorageChange>, area: string) =>
          listener(Object.keys(changes), area);
        on(browser.storage.onChanged, wrapped, signal);
      },
    },
    badge: {
      async set(tabId, text, background, foreground) {
        await browser.action.setBadgeText({ tabId, text });
        if (text === '') return;
        await browser.action.setBadgeBackgroundColor({ tabId, color: background });
        await browser.action.setBadgeTextColor({ tabId, color: foreground });
      },
    },
    menus: {
      async createForSelection(id, title) {
        // create() reports a duplicate id only through lastError; removing first makes it idempotent, which
        // matters in Firefox where the event page may run its start-up code again.
        await browser.contextMenus.remove(id).catch(() => undefined);
        await new Promise<void>((resolve, reject) => {
          browser.contextMenus.create({ id, title, contexts: ['selection'] }, () => {
            const error = browser.runtime.lastError;
            if (error) reject(new Error(error.message));
            else resolve();
          });
        });
      },
      onClicked(listener, signal) {
        const wrapped = (info: browser.Menus.OnClickData, tab?: browser.Tabs.Tab) =>
          listener(String(info.menuItemId), tabInfo(tab));
        on(browser.contextMenus.onClicked, wrapped, signal);
      },
    },
    commands: {
      onCommand(listener, signal) {
        const wrapped = (command: string, tab?: browser.Tabs.Tab) => listener(command, tabInfo(tab));
        on(browser.commands.onCommand as ExtensionEvent<typeof wrapped>, wrapped, signal);
      },
    },
    permissions: {
      request: (origins) => browser.permissions.request({ origins }),
      contains: (origins) => browser.permissions.contains({ origins }),
      remove: (origins) => browser.permissions.remove({ origins }),
      onRemoved(listener, signal) {
        const wrapped = (removed: browser.Permissions.Permissions) => listener(removed.origins ?? []);
        on(browser.permissions.onRemoved, wrapped, signal);
      },
    },
  };
}

/** A cheap extension API call that both browsers count as activity of the background (src/background/keep-warm.ts). */
export function touchBackground(): Promise<unknown> {
  return browser.runtime.getPlatformInfo();
}
