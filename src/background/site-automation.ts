/**
 * Opt-in automatic analysis per site. The reader grants the site's host permission from the popup (inside
 * their click); the background then registers a tiny content script for that site, which only asks the
 * background to analyse once the page has loaded. Turning it off unregisters the script and gives the
 * permission back, and a permission the reader removes in the browser's settings also turns it off.
 */
import { originPattern, siteOrigin } from '../messaging/site.ts';
import type { ExtensionApi } from '../platform/api.ts';
import { strings } from './strings.ts';

/** The tiny script registered on opted-in sites (see scripts/build-extension.ts). */
export const AUTO_SCRIPT = 'content-auto.js';
const PREFIX = 'sourcelight-auto ';

/** The registered-script id for a site. */
export function scriptIdFor(origin: string): string {
  return PREFIX + originPattern(origin);
}

/** Whether automatic analysis is on for a site: its script is registered and its permission still granted. */
export async function isAutomated(api: ExtensionApi, origin: string): Promise<boolean> {
  const ids = await api.scripting.registeredScriptIds();
  return ids.includes(scriptIdFor(origin)) && (await api.permissions.contains([originPattern(origin)]));
}

/** Turns automatic analysis on or off for a site; returns the new state. */
export async function setAutomation(api: ExtensionApi, origin: string, enabled: boolean): Promise<boolean> {
  if (siteOrigin(origin) !== origin) throw new Error(strings.notASite(origin));
  const pattern = originPattern(origin);
  const id = scriptIdFor(origin);
  const registered = (await api.scripting.registeredScriptIds()).includes(id);
  if (!enabled) {
    if (registered) await api.scripting.unregisterScripts([id]);
    // A permission the manifest requires (the test build's 127.0.0.1) cannot be removed: that is fine.
    await api.permissions.remove([pattern]).catch(() => false);
    return false;
  }
  if (!(await api.permissions.contains([pattern]))) throw new Error(strings.needsSitePermission);
  if (!registered) await api.scripting.registerScript(id, [pattern], AUTO_SCRIPT);
  return true;
}

/** Unregisters the scripts of sites whose permission the reader removed in the browser's settings. */
export function followPermissionRemovals(api: ExtensionApi, signal?: AbortSignal): void {
  api.permissions.onRemoved(async (origins) => {
    const ids = new Set(await api.scripting.registeredScriptIds());
    const gone = origins.map((pattern) => PREFIX + pattern).filter((id) => ids.has(id));
    if (gone.length > 0) await api.scripting.unregisterScripts(gone);
  }, signal);
}
