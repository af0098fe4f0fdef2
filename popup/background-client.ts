/**
 * The popup's one door to the background: typed calls, the tabViewChanged event, the active tab and turning
 * on automatic analysis (which asks for a permission). Components and state depend on this interface only,
 * so unit tests hand in a fake; real-client.ts wraps src/messaging and src/platform.
 */
import type { BackgroundCalls, Result, TabView } from '../src/messaging/protocol.ts';
import type { Caller } from '../src/messaging/transport.ts';

/** What the popup needs from the extension around it. */
export interface BackgroundClient {
  /** Calls the background; a failure comes back as a Result with a sentence, never as a throw. */
  call: Caller<BackgroundCalls>;
  /** Listens for the background's tabViewChanged event; returns the function that stops listening. */
  onTabViewChanged(listener: (view: TabView) => void): () => void;
  /** The id of the active tab in the current window, if there is one. */
  activeTabId(): Promise<number | undefined>;
  /**
   * Asks the reader to let Sourcelight read every page of an origin, then turns automatic analysis on.
   * Must run straight from a click: browsers show the permission prompt only during a user gesture.
   */
  enableSiteAutomation(origin: string): Promise<Result<boolean>>;
}
