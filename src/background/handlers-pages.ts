/**
 * The background's answers to the two calls only Sourcelight's own extension pages make: which tabs have a
 * view (the compare page lists the analysed ones) and which sites have automatic analysis (the settings page
 * lists them). Both read state other modules own, through that state's own storage, and change nothing.
 */
import type { PagesCalls } from '../messaging/protocol.ts';
import { originPattern } from '../messaging/site.ts';
import type { Handlers } from '../messaging/transport.ts';
import type { Background } from './context.ts';
import { scriptIdFor } from './site-automation.ts';

/** The storage.session key under which TabViews keeps its list of tab ids (tab-views.ts). */
const TAB_VIEW_INDEX = 'tabViews';

/** The part of a registered script id before the site's pattern, derived from scriptIdFor so the two cannot drift. */
const SCRIPT_PREFIX = scriptIdFor('https://example.invalid').slice(0, -originPattern('https://example.invalid').length);

/** "https://news.example/*" -> "https://news.example"; undefined for anything else. */
function originOfPattern(pattern: string): string | undefined {
  const match = /^(https?:\/\/[^/*]+)\/\*$/.exec(pattern);
  return match?.[1];
}

/** The tabs Sourcelight holds a view for, most recent first (the tab analysed last is the likeliest to be compared). */
export async function knownTabs(bg: Background): Promise<number[]> {
  const index = await bg.api.storage.session.get(TAB_VIEW_INDEX);
  return Array.isArray(index) ? index.filter((id): id is number => Number.isInteger(id)).reverse() : [];
}

/** The handlers for the extension pages' calls; main.ts serves them beside backgroundHandlers. */
export function pagesHandlers(bg: Background): Handlers<PagesCalls> {
  return {
    listKnownTabs: () => knownTabs(bg),
    listAutomatedSites: async () => {
      const ids = await bg.api.scripting.registeredScriptIds();
      const origins = ids
        .filter((id) => id.startsWith(SCRIPT_PREFIX))
        .map((id) => originOfPattern(id.slice(SCRIPT_PREFIX.length)));
      const sites: string[] = [];
      for (const origin of origins) {
        // A site whose permission was removed in the browser's settings is not automated any more.
        if (origin && (await bg.api.permissions.contains([originPattern(origin)]))) sites.push(origin);
      }
      return sites.sort();
    },
  };
}
