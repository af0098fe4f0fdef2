/**
 * Sites with automatic analysis, as the settings page sees them: the background is the one place that knows
 * (registered scripts and granted permissions), so the page asks it and never keeps a copy of its own.
 */
import { enableSiteAutomation } from '../../src/messaging/client.ts';
import type { BackgroundCalls, PagesCalls, Result } from '../../src/messaging/protocol.ts';
import { siteOrigin } from '../../src/messaging/site.ts';
import { makeCaller } from '../../src/messaging/transport.ts';
import type { ExtensionApi } from '../../src/platform/api.ts';
import { extensionApi } from '../../src/platform/extension-api.ts';

/** What the settings page needs for its list of sites. */
export interface SitesClient {
  list(): Promise<Result<string[]>>;
  /** Asks for the site's permission, then turns automatic analysis on. Call it straight from a click. */
  add(origin: string): Promise<Result<boolean>>;
  /** Turns automatic analysis off and gives the site's permission back. */
  remove(origin: string): Promise<Result<boolean>>;
}

/** The site a reader typed ("example.com", "https://example.com/news/1"), as an origin; null when it is none. */
export function siteFromInput(raw: string): string | null {
  const value = raw.trim();
  if (value === '' || /\s/.test(value)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
  const origin = siteOrigin(withScheme);
  if (!origin) return null;
  // A bare word ("news") is most likely a typo, not a machine on the local network.
  const { hostname } = new URL(origin);
  return /[.:]/.test(hostname) || hostname === 'localhost' ? origin : null;
}

/** The SitesClient of the running extension. */
export function extensionSites(api: ExtensionApi = extensionApi()): SitesClient {
  const send = (message: unknown) => api.runtime.send(message);
  const background = makeCaller<BackgroundCalls>('background', send);
  const pages = makeCaller<PagesCalls>('background', send);
  return {
    list: () => pages('listAutomatedSites'),
    add: (origin) => enableSiteAutomation(origin, api),
    remove: (origin) => background('setSiteAutomation', origin, false),
  };
}
