import { describe, expect, test } from 'vitest';
import { contentApi, rejectionAnswer } from '../../src/platform/content-api.ts';

type Raw = (message: unknown, sender: object, sendResponse: (answer: unknown) => void) => boolean;

/** A browser global of one name (`browser` or `chrome`) with a runtime whose listeners and sent messages are kept. */
function fakeScope(name: 'browser' | 'chrome') {
  const listeners: Raw[] = [];
  const sent: unknown[] = [];
  const runtime = {
    sendMessage: async (message: unknown) => {
      sent.push(message);
      return `${name} answer`;
    },
    onMessage: {
      addListener: (l: Raw) => listeners.push(l),
      removeListener: (l: Raw) => listeners.splice(listeners.indexOf(l), 1),
    },
  };
  return { scope: { [name]: { runtime } }, listeners, sent };
}

/** Delivers a message to the first listener as the browser does; resolves with what went to sendResponse. */
function deliver(listener: Raw, message: unknown, sender: object): { keptOpen: boolean; answer: Promise<unknown> } {
  let respond: (answer: unknown) => void = () => undefined;
  const answer = new Promise((resolve) => {
    respond = resolve;
  });
  return { keptOpen: listener(message, sender, respond), answer };
}

describe('contentApi', () => {
  test.each(['browser', 'chrome'] as const)('sends through %s.runtime', async (name) => {
    const { scope, sent } = fakeScope(name);
    expect(await contentApi(scope).runtime.send({ hi: 1 })).toBe(`${name} answer`);
    expect(sent).toEqual([{ hi: 1 }]);
  });

  test.each(['browser', 'chrome'] as const)('answers through sendResponse in %s, with a plain sender', async (name) => {
    const { scope, listeners } = fakeScope(name);
    const seen: unknown[] = [];
    contentApi(scope).runtime.onMessage((message, sender) => {
      seen.push([message, sender]);
      return Promise.resolve({ ok: true, value: 'drawn' });
    });
    const { keptOpen, answer } = deliver(listeners[0], 'draw', {
      tab: { id: 7 },
      frameId: 0,
      url: 'https://a.example/',
      id: 'ext',
    });
    expect(keptOpen).toBe(true);
    expect(await answer).toEqual({ ok: true, value: 'drawn' });
    expect(seen).toEqual([['draw', { tabId: 7, frameId: 0, url: 'https://a.example/', id: 'ext' }]]);
  });

  test('leaves a message it does not answer to other listeners', () => {
    const { scope, listeners } = fakeScope('chrome');
    contentApi(scope).runtime.onMessage(() => undefined);
    expect(deliver(listeners[0], 'foreign', {}).keptOpen).toBe(false);
  });

  test('a failed answer travels as the rejection the background polyfill reads back', async () => {
    const { scope, listeners } = fakeScope('chrome');
    contentApi(scope).runtime.onMessage(() => Promise.reject(new Error('no map')));
    expect(await deliver(listeners[0], 'draw', {}).answer).toEqual({
      __mozWebExtensionPolyfillReject__: true,
      message: 'no map',
    });
    expect(rejectionAnswer('plain')).toEqual({ __mozWebExtensionPolyfillReject__: true, message: 'plain' });
  });

  test('stops listening when the signal aborts, and never starts on an aborted one', () => {
    const { scope, listeners } = fakeScope('browser');
    const api = contentApi(scope);
    const life = new AbortController();
    api.runtime.onMessage(() => undefined, life.signal);
    expect(listeners).toHaveLength(1);
    life.abort();
    expect(listeners).toHaveLength(0);
    api.runtime.onMessage(() => undefined, life.signal);
    expect(listeners).toHaveLength(0);
  });

  test('says clearly when there is no extension runtime', async () => {
    const api = contentApi({});
    expect(() => api.runtime.onMessage(() => undefined)).toThrow('No extension runtime in this context.');
    await expect(api.runtime.send('hi')).rejects.toThrow('No extension runtime in this context.');
  });
});
