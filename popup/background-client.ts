/**
 * The popup's one door to the background: typed calls, the tabViewChanged event, the active tab and the site
 * permission prompt. Components and state depend on this interface only, so unit tests hand in a fake and the
 * real one (real-client.ts) wraps src/messaging and src/platform.
 */
import type { BackgroundCalls, Result, TabView } from '../src/messaging/protocol.ts';

/** The value a background call answers with. */
export type Answer<M extends keyof BackgroundCalls> = ReturnType<BackgroundCalls[M]>;

/** What the popup needs from the extension around it. */
export interface BackgroundClient {
  /** Calls the background; a failure comes back as a Result with a sentence, never as a throw. */
  call<M extends keyof BackgroundCalls>(method: M, ...args: Parameters<BackgroundCalls[M]>): Promise<Result<Answer<M>>>;
  /** Listens for the background's tabViewChanged event; returns the function that stops listening. */
  onTabViewChanged(listener: (view: TabView) => void): () => void;
  /** The id of the active tab in the current window, if there is one. */
  activeTabId(): Promise<number | undefined>;
  /** Asks the reader to let Sourcelight read every page of an origin. Must run inside a click handler. */
  requestSitePermission(origin: string): Promise<boolean>;
}
