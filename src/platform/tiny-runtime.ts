/**
 * runtime.sendMessage without webextension-polyfill, for the tiny script that runs on every page of a site
 * the reader opted in to: that script must stay a few hundred bytes, and in Manifest V3 both `browser`
 * (Firefox) and `chrome` (Chromium) already return promises, so the polyfill adds nothing there.
 */

interface RuntimeLike {
  runtime?: { sendMessage(message: unknown): Promise<unknown> };
}

/** Sends a message to the background through whichever extension global this browser has. */
export function sendRuntimeMessage(message: unknown, scope: object = globalThis): Promise<unknown> {
  const { browser, chrome } = scope as { browser?: RuntimeLike; chrome?: RuntimeLike };
  const runtime = browser?.runtime ?? chrome?.runtime;
  if (!runtime) return Promise.reject(new Error('No extension runtime in this context.'));
  return runtime.sendMessage(message);
}
