/**
 * The extension's service worker as Chromium's DevTools protocol reports it (ServiceWorker domain): each
 * version's lifecycle status (new, installing, installed, activating, activated, redundant) and running status
 * (stopped, starting, running, stopping). The benchmark waits on these signals instead of guessing with sleeps:
 * a freshly loaded extension is often still installing its worker when the browser hands it over. Before 22:40
 * on 2026-11-27 the first "cold" stop came at that moment. A worker stopped after its install but before it is
 * activated is started again by the browser, so the stop did not hold (the cold analysis met a running worker);
 * a worker stopped while its install event runs fails to install, the browser marks that version redundant,
 * and the extension has no background for the rest of the session: every trigger then failed with "Could not
 * establish connection. Receiving end does not exist."
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** One version of a service worker, as the protocol's workerVersionUpdated event gives it. */
interface WorkerVersion {
  versionId: string;
  scriptURL: string;
  status: string;
  runningStatus: string;
}

/** Follows the extension's worker and waits for its states. */
export interface WorkerWatch {
  /** Resolves once a version of the extension's worker is activated and running; rejects after `limitMs`. */
  activated(limitMs?: number): Promise<void>;
  /** Stops every service worker and resolves once the extension's worker is stopped; rejects after `limitMs`. */
  stop(limitMs?: number): Promise<void>;
  /** The versions' states now, for an error message ("0: activated/running"). */
  describe(): string;
  close(): Promise<void>;
}

/**
 * Watches the service workers of `origin` (chrome-extension://id/, or any extension when omitted) through a
 * DevTools session on `page`. ServiceWorker.enable reports the current versions at once, so no state is missed.
 */
export async function watchWorker(context: BrowserContext, page: Page, origin = 'chrome-extension://'): Promise<WorkerWatch> {
  const cdp: CDPSession = await context.newCDPSession(page);
  const versions = new Map<string, WorkerVersion>();
  let changed: () => void = () => undefined;
  cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: WorkerVersion[] }) => {
    for (const v of event.versions) if (v.scriptURL.startsWith(origin)) versions.set(v.versionId, v);
    changed();
  });
  await cdp.send('ServiceWorker.enable');
  const ours = () => [...versions.values()].filter((v) => v.status !== 'redundant');
  const describe = () =>
    [...versions.values()].map((v) => `${v.versionId}: ${v.status}/${v.runningStatus}`).join(', ') || 'no worker registered';
  // Resolves when `done()` holds, re-checked at every event; rejects after limitMs with the states it saw.
  const until = (done: () => boolean, what: string, limitMs: number) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        changed = () => undefined;
        reject(new Error(`the extension's service worker was not ${what} within ${limitMs / 1000} s (${describe()})`));
      }, limitMs);
      changed = () => {
        if (!done()) return;
        clearTimeout(timer);
        changed = () => undefined;
        resolve();
      };
      changed();
    });
  return {
    activated: (limitMs = 30_000) =>
      until(() => ours().some((v) => v.status === 'activated' && v.runningStatus === 'running'), 'activated and running', limitMs),
    async stop(limitMs = 10_000) {
      const stopped = until(() => ours().length > 0 && ours().every((v) => v.runningStatus === 'stopped'), 'stopped', limitMs);
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
    },
    describe,
    close: () => cdp.detach().catch(() => undefined),
  };
}
