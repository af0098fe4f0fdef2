/**
 * An in-memory ExtensionApi for unit tests: a message bus between "contexts" (the background, extension
 * pages, content scripts in tabs) and recorders for everything else (badges, injected files and CSS,
 * registered scripts, storage, permissions). Each context gets its own ExtensionApi, as in a real browser.
 */
import type { ExtensionApi, MessageListener, MessageSender, TabInfo } from '../../src/platform/api.ts';

interface Context {
  sender: MessageSender;
  /** Content scripts receive tabs.send; the background and extension pages receive runtime.send. */
  tabId?: number;
  listeners: MessageListener[];
}

/** What a test can see and steer in the fake browser. */
export class FakeBrowser {
  readonly contexts: Context[] = [];
  readonly tabs = new Map<number, TabInfo>();
  /** Tabs opened by the extension: the URL and the tab it was opened beside. */
  readonly opened: { url: string; beside?: number }[] = [];
  readonly badges = new Map<number, { text: string; background: string; foreground: string }>();
  readonly injected: { tabId: number; file: string }[] = [];
  readonly css = new Map<number, string[]>();
  readonly registered = new Map<string, { matches: string[]; file: string }>();
  readonly session = new Map<string, unknown>();
  readonly local = new Map<string, unknown>();
  readonly granted = new Set<string>();
  readonly menus = new Map<string, string>();
  readonly menuListeners: ((id: string, tab: TabInfo | undefined) => void)[] = [];
  readonly commandListeners: ((command: string, tab: TabInfo | undefined) => void)[] = [];
  readonly permissionRemovedListeners: ((origins: string[]) => void)[] = [];
  readonly installedListeners: (() => void)[] = [];
  readonly storageListeners: ((keys: string[], area: string) => void)[] = [];
  /** Called when a file is injected into a tab; a test sets it to start a fake content script there. */
  onInject: (tabId: number, file: string) => void | Promise<void> = () => undefined;
  /** Makes injection fail, like a browser page or an extension store does. */
  injectionError: ((tabId: number) => Error | undefined) | undefined;
  activeTabId: number | undefined;
  readonly id = 'fake-extension-id';
  readonly origin = 'fake-extension://fake-extension-id/';

  /** An ExtensionApi for a new context: the background (default), an extension page, or a content script. */
  api(options: { tabId?: number; url?: string } = {}): ExtensionApi {
    const context: Context = {
      tabId: options.tabId,
      sender: {
        id: this.id,
        tabId: options.tabId,
        frameId: options.tabId === undefined ? undefined : 0,
        url: options.url ?? `${this.origin}background.html`,
      },
      listeners: [],
    };
    this.contexts.push(context);
    return makeApi(this, context);
  }

  /** Delivers a message the way browsers do: the first listener that returns a promise answers. */
  deliver(message: unknown, from: Context, to: (c: Context) => boolean): Promise<unknown> {
    for (const context of this.contexts) {
      if (context === from || !to(context)) continue;
      for (const listener of [...context.listeners]) {
        const answer = listener(structuredClone(message), { ...from.sender });
        if (answer !== undefined) return answer.then((value) => structuredClone(value));
      }
    }
    return Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
  }
}

function onSignal<T>(list: T[], item: T, signal?: AbortSignal): void {
  if (signal?.aborted) return;
  list.push(item);
  signal?.addEventListener('abort', () => list.splice(list.indexOf(item), 1), { once: true });
}

function makeApi(fake: FakeBrowser, context: Context): ExtensionApi {
  // Like browsers, every context hears a change, the one that made it included.
  const changed = (key: string, area: string) => {
    for (const listener of [...fake.storageListeners]) listener([key], area);
  };
  const store = (map: Map<string, unknown>, area: string) => ({
    get: async (key: string) => structuredClone(map.get(key)),
    set: async (key: string, value: unknown) => {
      map.set(key, structuredClone(value));
      changed(key, area);
    },
    remove: async (key: string) => {
      if (map.delete(key)) changed(key, area);
    },
  });
  return {
    runtime: {
      id: () => fake.id,
      getURL: (path) => fake.origin + path.replace(/^\//, ''),
      send: (message) => fake.deliver(message, context, (c) => c.tabId === undefined),
      onMessage: (listener, signal) => onSignal(context.listeners, listener, signal),
      onInstalled: (listener, signal) => onSignal(fake.installedListeners, listener, signal),
    },
    tabs: {
      get: async (tabId) => {
        const tab = fake.tabs.get(tabId);
        if (!tab) throw new Error(`No tab with id: ${tabId}.`);
        return { ...tab };
      },
      active: async () => (fake.activeTabId === undefined ? undefined : fake.tabs.get(fake.activeTabId)),
      send: (tabId, message) => fake.deliver(message, context, (c) => c.tabId === tabId),
      open: async (url, beside) => {
        fake.opened.push(beside === undefined ? { url } : { url, beside });
      },
    },
    scripting: {
      injectFile: async (tabId, file) => {
        const error = fake.injectionError?.(tabId);
        if (error) throw error;
        fake.injected.push({ tabId, file });
        await fake.onInject(tabId, file);
      },
      insertCss: async (tabId, css) => void fake.css.set(tabId, [...(fake.css.get(tabId) ?? []), css]),
      removeCss: async (tabId, css) =>
        void fake.css.set(
          tabId,
          (fake.css.get(tabId) ?? []).filter((c) => c !== css),
        ),
      registerScript: async (id, matches, file) => {
        if (fake.registered.has(id)) throw new Error(`Duplicate script ID '${id}'`);
        fake.registered.set(id, { matches, file });
      },
      unregisterScripts: async (ids) => {
        for (const id of ids) fake.registered.delete(id);
      },
      registeredScriptIds: async () => [...fake.registered.keys()],
    },
    storage: {
      session: store(fake.session, 'session'),
      local: store(fake.local, 'local'),
      onChanged: (listener, signal) => onSignal(fake.storageListeners, listener, signal),
    },
    badge: {
      set: async (tabId, text, background, foreground) => void fake.badges.set(tabId, { text, background, foreground }),
    },
    menus: {
      createForSelection: async (id, title) => void fake.menus.set(id, title),
      onClicked: (listener, signal) => onSignal(fake.menuListeners, listener, signal),
    },
    commands: { onCommand: (listener, signal) => onSignal(fake.commandListeners, listener, signal) },
    permissions: {
      request: async (origins) => {
        for (const o of origins) fake.granted.add(o);
        return true;
      },
      contains: async (origins) => origins.every((o) => fake.granted.has(o)),
      remove: async (origins) => {
        for (const o of origins) fake.granted.delete(o);
        return true;
      },
      onRemoved: (listener, signal) => onSignal(fake.permissionRemovedListeners, listener, signal),
    },
  };
}
