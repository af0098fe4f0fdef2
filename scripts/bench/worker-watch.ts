/**
 * The extension's service worker as Chromium's DevTools protocol reports it (ServiceWorker domain): each
 * version's lifecycle status (new, installing, installed, activating, activated, redundant) and running status
 * (stopped, starting, running, stopping). The benchmark waits on these signals instead of guessing with sleeps:
 * a freshly loaded extension is often still installing its worker when the browser hands it over. Before this
 * file (2026-11-27) the first "cold" stop came at that moment. A worker stopped after its install but before it
 * is activated is started again by the browser, so the stop did not hold (the cold analysis met a running
 * worker); a worker stopped while its install event runs fails to install, the browser marks that version
 * redundant, and the extension has no background for the rest of the session: every trigger then failed with
 * "Could not establish connection. Receiving end does not exist."
 */
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
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
  /** Throws, naming the states, unless the extension's worker is registered and every version of it is stopped. */
  assertStopped(): void;
  /** The versions' states now, for an error message ("0: activated/running"). */
  describe(): string;
  close(): Promise<void>;
}

/**
 * The origin (chrome-extension://id/) Chromium gives an unpacked extension loaded from `dir`: the id is the
 * first 16 bytes of the SHA-256 of the folder's real path, each hex digit written as a letter a-p.
 */
export function unpackedExtensionOrigin(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(resolve(dir))).digest('hex').slice(0, 32);
  const id = [...hex].map((d) => String.fromCharCode(97 + Number.parseInt(d, 16))).join('');
  return `chrome-extension://${id}/`;
}

/**
 * Watches the service workers of `origin` (chrome-extension://id/, required: another extension's or a component
 * extension's worker must not pass for ours) through a DevTools session on `page`. ServiceWorker.enable reports
 * the current versions at once, so no state is missed.
 */
export async function watchWorker(context: BrowserContext, page: Page, origin: string): Promise<WorkerWatch> {
  if (!/^chrome-extension:\/\/[a-p]{32}\/$/.test(origin)) throw new Error(`not an extension's origin: ${origin}`);
  const cdp: CDPSession = await context.newCDPSession(page);
  const versions = new Map<string, WorkerVersion>();
  // Every pending wait, each re-checked at every event: two waits at once (a stop while another waits) both hear.
  const waiters = new Set<() => void>();
  cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: WorkerVersion[] }) => {
    for (const v of event.versions) if (v.scriptURL.startsWith(origin)) versions.set(v.versionId, v);
    for (const check of [...waiters]) check();
  });
  await cdp.send('ServiceWorker.enable');
  const ours = () => [...versions.values()].filter((v) => v.status !== 'redundant');
  const describe = () =>
    [...versions.values()].map((v) => `${v.versionId}: ${v.status}/${v.runningStatus}`).join(', ') || 'no worker registered';
  const stopped = () => ours().length > 0 && ours().every((v) => v.runningStatus === 'stopped');
  // Resolves when `done()` holds, re-checked at every event; rejects after limitMs with the states it saw.
  const until = (done: () => boolean, what: string, limitMs: number) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!done()) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`the extension's service worker was not ${what} within ${limitMs / 1000} s (${describe()})`));
      }, limitMs);
      waiters.add(check);
      check();
    });
  return {
    activated: (limitMs = 30_000) =>
      until(() => ours().some((v) => v.status === 'activated' && v.runningStatus === 'running'), 'activated and running', limitMs),
    async stop(limitMs = 10_000) {
      const done = until(stopped, 'stopped', limitMs);
      await cdp.send('ServiceWorker.stopAllWorkers');
      await done;
    },
    assertStopped() {
      if (!stopped())
        throw new Error(`a cold analysis needs the extension's service worker stopped, but it is not (${describe()})`);
    },
    describe,
    close: () => cdp.detach().catch(() => undefined),
  };
}
