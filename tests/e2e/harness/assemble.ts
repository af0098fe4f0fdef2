/** The parts of an ExtensionBrowser that do not depend on the driver, put together once for both browsers. */
import type { BrowserName } from './availability.ts';
import type { Bridge } from './bridge.ts';
import { describeError, isSourcelightError, type SeenError } from './errors.ts';
import { beyondBrowserInfrastructure, type RecordingProxy } from './proxy.ts';
import type { ExtensionBrowser, OpenOptions, TestPage } from './types.ts';

/** What a driver supplies. */
export interface DriverParts {
  name: BrowserName;
  extensionOrigin: string;
  bridge: Bridge;
  open: (url: string, options?: OpenOptions) => Promise<TestPage>;
  errors: readonly SeenError[];
  proxy: RecordingProxy;
  /** Closes the driver's browser and removes its temporary folders. */
  closeDriver: () => Promise<void>;
}

/** Builds the ExtensionBrowser over a driver's parts. */
export function assembleBrowser(parts: DriverParts): ExtensionBrowser {
  const { bridge, errors, proxy, extensionOrigin } = parts;
  return {
    ...bridge,
    name: parts.name,
    extensionOrigin,
    openPage: parts.open,
    openExtensionPage: (path, options) => parts.open(extensionOrigin + path, options),
    async analyse(page, mode = 'article') {
      const result = await bridge.callBackground('analyzeTab', page.tabId, mode);
      if (!result.ok) throw new Error(`analyzeTab failed: ${result.error}`);
      return result.value;
    },
    consoleErrors: () => errors.map(describeError),
    extensionErrors: () => errors.filter((e) => isSourcelightError(e, extensionOrigin)).map(describeError),
    externalRequests: () => beyondBrowserInfrastructure(proxy.requests),
    allProxyRequests: () => [...proxy.requests],
    async close() {
      await parts.closeDriver();
      await proxy.close();
    },
  };
}
