/**
 * Opens Sourcelight's own pages in a tab for a content script. A web page cannot link to an extension page
 * (Chromium blocks pages that are not web-accessible, and Firefox's moz-extension addresses differ per
 * install), so the explanation card asks the background, which may open any of them.
 *
 * tabs.create is not part of src/platform's ExtensionApi yet: it is reached here on `browser` (Firefox) or
 * `chrome` (Chromium, where it returns a promise in Manifest V3), as src/i18n/source.ts reaches i18n.
 */
import type { MessageSender } from '../platform/api.ts';
import type { Background } from './context.ts';
import { strings } from './strings.ts';

/** The pages a content script may open, with an optional #anchor (the glossary's entries). */
const OPENABLE = /^(glossary|analyse|compare|options|teach)\.html(#[a-z0-9-]+)?$/;

type CreateTab = (options: {
  url: string;
  openerTabId?: number;
  windowId?: number;
  index?: number;
}) => Promise<unknown>;
/** Where a tab is: its window and its place there. */
type TabPlace = { windowId?: number; index?: number };
type GetTab = (tabId: number) => Promise<TabPlace>;

/** The browser's tabs.create, or undefined outside an extension. */
export function browserCreateTab(scope: object = globalThis): CreateTab | undefined {
  const { browser, chrome } = scope as Record<string, { tabs?: { create?: CreateTab } } | undefined>;
  const tabs = browser?.tabs ?? chrome?.tabs;
  return typeof tabs?.create === 'function' ? (options) => (tabs.create as CreateTab)(options) : undefined;
}

/** The browser's tabs.get, or a lookup that finds nothing outside an extension. */
export function browserGetTab(scope: object = globalThis): GetTab {
  const { browser, chrome } = scope as Record<string, { tabs?: { get?: GetTab } } | undefined>;
  const tabs = browser?.tabs ?? chrome?.tabs;
  return typeof tabs?.get === 'function' ? (tabId) => (tabs.get as GetTab)(tabId) : async () => ({});
}

/**
 * Where the new tab goes: right after the reader's tab, in its window. Firefox refuses an opener in another
 * window ("Opener tab must be in the same window"), and opens new tabs in the last focused window, which
 * need not be the reader's; so the opener is named only together with its window, and a tab that cannot be
 * found opens the page wherever the browser puts new tabs.
 */
async function besideTheReader(tabId: number | undefined, getTab: GetTab) {
  if (tabId === undefined) return {};
  const place = await getTab(tabId).catch((): TabPlace => ({}));
  if (place.windowId === undefined) return {};
  return {
    openerTabId: tabId,
    windowId: place.windowId,
    ...(place.index !== undefined ? { index: place.index + 1 } : {}),
  };
}

/** Opens `path` (e.g. "glossary.html#technique-hedge") next to the sender's tab; true once the tab is opening. */
export async function openExtensionPage(
  bg: Background,
  path: unknown,
  sender: MessageSender,
  createTab: CreateTab | undefined = browserCreateTab(),
  getTab: GetTab = browserGetTab(),
): Promise<boolean> {
  if (typeof path !== 'string' || !OPENABLE.test(path)) throw new TypeError(strings.badPagePath(path));
  if (!createTab) throw new Error(strings.cannotOpenTab);
  await createTab({ url: bg.api.runtime.getURL(path), ...(await besideTheReader(sender.tabId, getTab)) });
  return true;
}
