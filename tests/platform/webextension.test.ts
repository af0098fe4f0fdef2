import { describe, expect, test, vi } from 'vitest';

/** Just enough of the polyfill's `browser` for the wrapper under test; each test reads what was called. */
const { browser, events } = vi.hoisted(() => {
  const made = () => {
    const listeners: unknown[] = [];
    return { listeners, addListener: (l: unknown) => listeners.push(l), removeListener: (l: unknown) => listeners.splice(listeners.indexOf(l), 1) };
  };
  const events = { onMessage: made(), onClicked: made(), onStorage: made() };
  const browser = {
    runtime: { id: 'ext', getURL: (p: string) => `ext://id/${p}`, sendMessage: vi.fn(), onMessage: events.onMessage, onInstalled: made(), lastError: undefined as { message: string } | undefined },
    tabs: { get: vi.fn(), query: vi.fn(), sendMessage: vi.fn() },
    scripting: { executeScript: vi.fn(), insertCSS: vi.fn(), removeCSS: vi.fn(), registerContentScripts: vi.fn(), unregisterContentScripts: vi.fn(), getRegisteredContentScripts: vi.fn() },
    storage: { session: { get: vi.fn(), set: vi.fn(), remove: vi.fn() }, local: { get: vi.fn(), set: vi.fn(), remove: vi.fn() }, onChanged: events.onStorage },
    action: { setBadgeText: vi.fn(), setBadgeBackgroundColor: vi.fn(), setBadgeTextColor: vi.fn() },
    contextMenus: { remove: vi.fn(async () => undefined), create: vi.fn((_o: unknown, done: () => void) => done()), onClicked: events.onClicked },
    commands: { onCommand: made() },
    permissions: { request: vi.fn(), contains: vi.fn(), remove: vi.fn(), onRemoved: made() },
  };
  return { browser, events };
});
vi.mock('webextension-polyfill', () => ({ default: browser }));

const { webExtensionApi } = await import('../../src/platform/webextension.ts');

describe('webExtensionApi', () => {
  test('message listeners get a plain sender and are removed when their signal aborts', () => {
    const api = webExtensionApi();
    const seen: unknown[] = [];
    const stop = new AbortController();
    api.runtime.onMessage((message, sender) => {
      seen.push([message, sender]);
      return undefined;
    }, stop.signal);
    const [listener] = events.onMessage.listeners as ((m: unknown, s: object) => unknown)[];
    listener('hi', { tab: { id: 4 }, frameId: 0, url: 'https://a.example/', id: 'ext' });
    expect(seen).toEqual([['hi', { tabId: 4, frameId: 0, url: 'https://a.example/', id: 'ext' }]]);
    stop.abort();
    expect(events.onMessage.listeners).toEqual([]);
  });

  test('storage changes reach a listener as the changed keys and their area, until its signal aborts', () => {
    const seen: unknown[] = [];
    const stop = new AbortController();
    webExtensionApi().storage.onChanged((keys, area) => seen.push([keys, area]), stop.signal);
    const [listener] = events.onStorage.listeners as ((changes: object, area: string) => void)[];
    listener({ settings: { newValue: {} }, other: { oldValue: 1 } }, 'local');
    expect(seen).toEqual([[['settings', 'other'], 'local']]);
    stop.abort();
    expect(events.onStorage.listeners).toEqual([]);
  });

  test('an injected file that throws (Firefox reports it in the result) is an error', async () => {
    browser.scripting.executeScript.mockResolvedValueOnce([{ error: new Error('boom') }]);
    await expect(webExtensionApi().scripting.injectFile(1, 'content.js')).rejects.toThrow('boom');
  });

  test('messages to a tab go to its top frame only', async () => {
    await webExtensionApi().tabs.send(3, 'x');
    expect(browser.tabs.sendMessage).toHaveBeenCalledWith(3, 'x', { frameId: 0 });
  });

  test('clearing the badge does not set its colours', async () => {
    await webExtensionApi().badge.set(2, '', '#000', '#fff');
    expect(browser.action.setBadgeText).toHaveBeenCalledWith({ tabId: 2, text: '' });
    expect(browser.action.setBadgeBackgroundColor).not.toHaveBeenCalled();
  });

  test('creating the menu item twice replaces it instead of failing', async () => {
    const api = webExtensionApi();
    await api.menus.createForSelection('m', 'Analyse selected text');
    await api.menus.createForSelection('m', 'Analyse selected text');
    expect(browser.contextMenus.remove).toHaveBeenCalledTimes(2);
    browser.runtime.lastError = { message: 'Cannot create item' };
    await expect(api.menus.createForSelection('m', 'x')).rejects.toThrow('Cannot create item');
    browser.runtime.lastError = undefined;
  });

  test('storage reads the value of its key', async () => {
    browser.storage.session.get.mockResolvedValueOnce({ k: 1 });
    expect(await webExtensionApi().storage.session.get('k')).toBe(1);
  });
});
