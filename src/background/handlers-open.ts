/**
 * Opens Sourcelight's own pages in a tab for a content script. A web page cannot link to an extension page
 * (Chromium blocks pages that are not web-accessible, and Firefox's moz-extension addresses differ per
 * install), so the explanation card asks the background, which may open any of them.
 */
import type { MessageSender } from '../platform/api.ts';
import type { Background } from './context.ts';
import { strings } from './strings.ts';

/** The pages a content script may open, with an optional #anchor (the glossary's entries). */
const OPENABLE = /^(glossary|analyse|compare|options|teach)\.html(#[a-z0-9-]+)?$/;

/** Opens `path` (e.g. "glossary.html#technique-hedge") beside the sender's tab; true once the tab is opening. */
export async function openExtensionPage(bg: Background, path: unknown, sender: MessageSender): Promise<boolean> {
  if (typeof path !== 'string' || !OPENABLE.test(path)) throw new TypeError(strings.badPagePath(path));
  await bg.api.tabs.open(bg.api.runtime.getURL(path), sender.tabId);
  return true;
}
