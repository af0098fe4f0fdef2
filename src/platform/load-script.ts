/**
 * Running a script packaged with the extension in the background, on demand. The two backgrounds differ:
 * Chromium's is a service worker, where importScripts is the only way and, after start-up, is allowed only
 * for scripts the worker already imported while it installed; Firefox's is an event page, a document that
 * loads a <script> element like any page.
 */

interface BackgroundScope {
  importScripts?: (...urls: string[]) => void;
  addEventListener?: (type: string, listener: () => void) => void;
  document?: Document;
}

/**
 * In a service worker, imports `file` once while the worker installs (on install and update), which is what
 * lets importScripts load it again later, at any time. Must be called during the worker's first run.
 */
export function allowLaterImport(file: string, scope: object = globalThis): void {
  const worker = scope as BackgroundScope;
  if (typeof worker.importScripts !== 'function' || typeof worker.addEventListener !== 'function') return;
  const importScripts = worker.importScripts.bind(scope);
  worker.addEventListener('install', () => {
    try {
      importScripts(file);
    } catch {
      // The later import fails with the same error, where the analysis that needs it can report it.
    }
  });
}

/** Runs a packaged script in the background: importScripts in a service worker, a <script> element in a page. */
export function loadPackagedScript(file: string, scope: object = globalThis): Promise<void> {
  const { importScripts, document: doc } = scope as BackgroundScope;
  if (typeof importScripts === 'function') {
    try {
      importScripts.call(scope, file);
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error);
    }
  }
  if (!doc) return Promise.reject(new Error(`${file} cannot be loaded here: no worker and no document.`));
  return new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    script.src = file;
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', () => reject(new Error(`${file} did not load.`)), { once: true });
    (doc.head ?? doc.documentElement).append(script);
  });
}
