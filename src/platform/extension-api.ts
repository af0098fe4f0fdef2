/** The one shared ExtensionApi of the running extension, created on first use. */
import type { ExtensionApi } from './api.ts';
import { webExtensionApi } from './webextension.ts';

let api: ExtensionApi | undefined;

/** The running extension's API (tests pass their own ExtensionApi instead of calling this). */
export function extensionApi(): ExtensionApi {
  api ??= webExtensionApi();
  return api;
}
