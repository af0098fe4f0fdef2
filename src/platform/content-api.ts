/**
 * The little of the extension API the content script uses (send a message, answer messages), without
 * webextension-polyfill. The content script is injected fresh into every page an analysis reads, and the
 * browser compiles all of it before its first line runs: the polyfill and its wrapper were 12.5 KB of its
 * 50 KB and about 2 ms of set-up at every injection. Manifest V3 needs none of it here: `browser` (Firefox)
 * and `chrome` (Chromium) both return promises from sendMessage, and both answer a listener that returns
 * true through `sendResponse`.
 */
import type { MessageListener, MessageSender } from './api.ts';
import { sendRuntimeMessage } from './tiny-runtime.ts';

/** The runtime calls the content script makes (the same shape as ExtensionApi's, so the transport takes either). */
export interface ContentApi {
  runtime: {
    send(message: unknown): Promise<unknown>;
    onMessage(listener: MessageListener, signal?: AbortSignal): void;
  };
}

/** What a browser hands a runtime.onMessage listener about the sender. */
export interface RawSender {
  tab?: { id?: number };
  frameId?: number;
  url?: string;
  id?: string;
}

type RawListener = (message: unknown, sender: RawSender, sendResponse: (answer: unknown) => void) => boolean;

interface RawRuntime {
  onMessage: { addListener(listener: RawListener): void; removeListener(listener: RawListener): void };
}

/** The sender as Sourcelight's listeners see it (the same in both browsers). */
export function plainSender(sender: RawSender): MessageSender {
  return { tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url, id: sender.id };
}

/**
 * How an answer that failed travels: Chromium's webextension-polyfill in the background turns exactly this object
 * back into a rejected promise, as when the polyfill's own wrapper sent it from here. (transport.ts's `serve`
 * answers every call with a Result, so only a listener that breaks that rule gets here; in Firefox the caller
 * then reads it as "got no answer".)
 */
export function rejectionAnswer(error: unknown): { __mozWebExtensionPolyfillReject__: true; message: string } {
  return { __mozWebExtensionPolyfillReject__: true, message: error instanceof Error ? error.message : String(error) };
}

/** The content script's ContentApi over this browser's own extension global (`scope` in tests). */
export function contentApi(scope: object = globalThis): ContentApi {
  const { browser, chrome } = scope as { browser?: { runtime?: RawRuntime }; chrome?: { runtime?: RawRuntime } };
  const runtime = browser?.runtime ?? chrome?.runtime;
  return {
    runtime: {
      send: (message) => sendRuntimeMessage(message, scope),
      onMessage(listener, signal) {
        if (!runtime) throw new Error('No extension runtime in this context.');
        if (signal?.aborted) return;
        const raw: RawListener = (message, sender, sendResponse) => {
          const answer = listener(message, plainSender(sender));
          if (!answer) return false; // not ours: another listener may answer
          answer.then(sendResponse, (error: unknown) => sendResponse(rejectionAnswer(error)));
          return true; // the answer comes later, through sendResponse
        };
        runtime.onMessage.addListener(raw);
        signal?.addEventListener('abort', () => runtime.onMessage.removeListener(raw), { once: true });
      },
    },
  };
}
