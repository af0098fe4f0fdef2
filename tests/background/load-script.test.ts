// Tests src/platform/load-script.ts, which only the background uses.
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { allowLaterImport, loadPackagedScript } from '../../src/platform/load-script.ts';

describe('loading a packaged script in the background', () => {
  test('a service worker imports it with importScripts', async () => {
    const imported: string[] = [];
    await loadPackagedScript('engine.js', { importScripts: (file: string) => void imported.push(file) });
    expect(imported).toEqual(['engine.js']);
  });

  test('an import the worker refuses is a rejection, not a throw', async () => {
    const scope = {
      importScripts: () => {
        throw new Error("Failed to execute 'importScripts': the script failed to load.");
      },
    };
    await expect(loadPackagedScript('engine.js', scope)).rejects.toThrow(/failed to load/);
  });

  test('an event page adds a script element and waits for it to load', async () => {
    const { window } = new JSDOM('<!doctype html><html><head></head><body></body></html>');
    const loading = loadPackagedScript('engine.js', { document: window.document });
    const script = window.document.querySelector('script');
    expect(script?.getAttribute('src')).toBe('engine.js');
    script?.dispatchEvent(new window.Event('load'));
    await expect(loading).resolves.toBeUndefined();
  });

  test('a script element that fails to load is a rejection with the file name', async () => {
    const { window } = new JSDOM('<!doctype html><html><head></head><body></body></html>');
    const loading = loadPackagedScript('engine.js', { document: window.document });
    window.document.querySelector('script')?.dispatchEvent(new window.Event('error'));
    await expect(loading).rejects.toThrow('engine.js did not load.');
  });

  test('without a worker or a document it says so', async () => {
    await expect(loadPackagedScript('engine.js', {})).rejects.toThrow(/no worker and no document/);
  });
});

describe('allowing a later import in a service worker', () => {
  test('imports the script while the worker installs', () => {
    const listeners = new Map<string, () => void>();
    const imported: string[] = [];
    const scope = { importScripts: (file: string) => void imported.push(file), addEventListener: (type: string, fn: () => void) => void listeners.set(type, fn) };
    allowLaterImport('engine.js', scope);
    expect(imported).toEqual([]);
    listeners.get('install')?.();
    expect(imported).toEqual(['engine.js']);
  });

  test('does nothing in an event page', () => {
    const { window } = new JSDOM('');
    expect(() => allowLaterImport('engine.js', window)).not.toThrow();
  });
});
