/**
 * The narrow slice of the WebExtension API that Sourcelight uses, as a plain interface. Everything outside
 * src/platform codes against this interface, never against `browser`/`chrome`, for two reasons: it hides the
 * differences between Chromium and Firefox in one place, and it gives unit tests one seam to replace (a fake
 * object of this shape) instead of a global to patch.
 */

/** What a listener learns about who sent a runtime message. */
export interface MessageSender {
  /** Set when the message comes from a content script: the tab it runs in. */
  tabId?: number;
  frameId?: number;
  /** The sending document's URL (an extension page or the page a content script runs in). */
  url?: string;
  /** The sending extension's id (ours, for every message we accept). */
  id?: string;
}

/** A runtime message listener: return a promise to answer the message, or undefined to leave it to others. */
export type MessageListener = (message: unknown, sender: MessageSender) => Promise<unknown> | undefined;

/** The facts about a tab Sourcelight needs; `url` is only known where the extension has access to the tab. */
export interface TabInfo {
  id: number;
  url?: string;
  title?: string;
}

/** A key-value store (storage.session or storage.local). */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

/** The extension API as Sourcelight uses it. Listener registrations end when their signal aborts. */
export interface ExtensionApi {
  runtime: {
    /** This extension's id. */
    id(): string;
    /** Absolute URL of a file packaged with the extension. */
    getURL(path: string): string;
    /** Sends a message to the background and other extension pages. */
    send(message: unknown): Promise<unknown>;
    onMessage(listener: MessageListener, signal?: AbortSignal): void;
    onInstalled(listener: () => void, signal?: AbortSignal): void;
  };
  tabs: {
    get(tabId: number): Promise<TabInfo>;
    /** The active tab of the focused window, if any. */
    active(): Promise<TabInfo | undefined>;
    /** Sends a message to the content script in the tab's top frame. */
    send(tabId: number, message: unknown): Promise<unknown>;
    /** Opens a URL in a new tab, right after the tab `beside` in its window when that tab can be found. */
    open(url: string, beside?: number): Promise<void>;
  };
  scripting: {
    /** Runs a packaged script file in the tab's top frame (in the extension's isolated world). */
    injectFile(tabId: number, file: string): Promise<void>;
    insertCss(tabId: number, css: string): Promise<void>;
    removeCss(tabId: number, css: string): Promise<void>;
    /** Registers a packaged script to run on every page matching `matches` from now on (also after restarts). */
    registerScript(id: string, matches: string[], file: string): Promise<void>;
    unregisterScripts(ids: string[]): Promise<void>;
    registeredScriptIds(): Promise<string[]>;
  };
  storage: {
    session: KeyValueStore;
    local: KeyValueStore;
    /** Hears every change to stored values: the keys that changed and their area ('local', 'session', ...). */
    onChanged(listener: (keys: string[], area: string) => void, signal?: AbortSignal): void;
  };
  badge: {
    /** Sets the toolbar badge of one tab; an empty text clears it. */
    set(tabId: number, text: string, background: string, foreground: string): Promise<void>;
  };
  menus: {
    /** Creates a context-menu item for selected text (replacing one with the same id). */
    createForSelection(id: string, title: string): Promise<void>;
    onClicked(listener: (menuId: string, tab: TabInfo | undefined) => void, signal?: AbortSignal): void;
  };
  commands: {
    onCommand(listener: (command: string, tab: TabInfo | undefined) => void, signal?: AbortSignal): void;
  };
  permissions: {
    /** Asks the reader for host access (must run inside a user gesture, e.g. a click in the popup). */
    request(origins: string[]): Promise<boolean>;
    contains(origins: string[]): Promise<boolean>;
    remove(origins: string[]): Promise<boolean>;
    onRemoved(listener: (origins: string[]) => void, signal?: AbortSignal): void;
  };
}
