import { describe, expect, test } from 'vitest';
import { parseEnvelope } from '../../src/messaging/envelope.ts';
import { makeCaller, makeEmitter, listen, retryUndelivered, serve } from '../../src/messaging/transport.ts';
import { FakeBrowser } from '../platform/fake-api.ts';

interface Calls {
  add(a: number, b: number): number;
  fail(): void;
  slow(): string;
}
interface Events {
  changed(n: number): void;
}

function setUp() {
  const fake = new FakeBrowser();
  const background = fake.api();
  const popup = fake.api({ url: `${fake.origin}popup.html` });
  const call = makeCaller<Calls>('background', (m) => popup.runtime.send(m), 200);
  return { fake, background, popup, call };
}

describe('calls', () => {
  test('a call reaches its handler and resolves to its value, with the sender after the arguments', async () => {
    const { background, call, fake } = setUp();
    let seenUrl: string | undefined;
    serve<Calls>(background, 'background', {
      add: (a, b, sender) => {
        seenUrl = sender.url;
        return a + b;
      },
      fail: () => undefined,
      slow: async () => 'done',
    });
    expect(await call('add', 2, 3)).toEqual({ ok: true, value: 5 });
    expect(seenUrl).toBe(`${fake.origin}popup.html`);
  });

  test('a handler that throws gives a Result error with its message', async () => {
    const { background, call } = setUp();
    serve<Calls>(background, 'background', {
      add: () => 0,
      fail: () => {
        throw new Error('That tab is gone.');
      },
      slow: async () => 'x',
    });
    expect(await call('fail')).toEqual({ ok: false, error: 'That tab is gone.' });
  });

  test('with nobody serving, the caller gets a sentence instead of a rejection', async () => {
    const { call } = setUp();
    const result = await call('add', 1, 1);
    expect(result).toEqual({ ok: false, error: 'Sourcelight is not running on the other side of this call.' });
  });

  test('a call that never answers times out with a clear error', async () => {
    const { background, call } = setUp();
    serve<Calls>(background, 'background', { add: () => 0, fail: () => undefined, slow: () => new Promise<string>(() => {}) });
    expect(await call('slow')).toEqual({ ok: false, error: 'slow did not answer within 0.2 s.' });
  });

  test('a reply that is not a Result is reported, not trusted', async () => {
    const { background, call } = setUp();
    background.runtime.onMessage(() => Promise.resolve('surprise'));
    expect(await call('add', 1, 2)).toEqual({ ok: false, error: 'add got no answer.' });
  });

  test('a server whose signal aborted no longer answers', async () => {
    const { background, call } = setUp();
    const stop = new AbortController();
    serve<Calls>(background, 'background', { add: () => 1, fail: () => undefined, slow: async () => '' }, { signal: stop.signal });
    expect((await call('add', 0, 0)).ok).toBe(true);
    stop.abort();
    expect((await call('add', 0, 0)).ok).toBe(false);
  });

  test('a server refuses senders its accept() rejects', async () => {
    const { background, call } = setUp();
    serve<Calls>(background, 'background', { add: () => 1, fail: () => undefined, slow: async () => '' }, { accept: (s) => s.tabId !== undefined });
    expect(await call('add', 1, 1)).toEqual({ ok: false, error: 'add may not be called from here.' });
  });
});

describe('a message nobody received is sent once more', () => {
  const NOBODY = 'Could not establish connection. Receiving end does not exist.';
  /** A send that fails with each of `errors` in turn, then answers. */
  const flaky = (errors: string[]) => {
    const sent: unknown[] = [];
    const send = async (message: unknown) => {
      sent.push(message);
      const error = errors.shift();
      if (error) throw new Error(error);
      return { ok: true, value: 'answered' };
    };
    return { sent, send };
  };

  test('an undelivered message is delivered on the second try', async () => {
    const { sent, send } = flaky([NOBODY]);
    const call = makeCaller<Calls>('background', retryUndelivered(send, 0));
    expect(await call('add', 1, 2)).toEqual({ ok: true, value: 'answered' });
    expect(sent).toHaveLength(2);
  });

  test('twice undelivered gives the clear sentence, after two tries only', async () => {
    const { sent, send } = flaky([NOBODY, NOBODY, NOBODY]);
    const call = makeCaller<Calls>('background', retryUndelivered(send, 0));
    expect(await call('add', 1, 2)).toEqual({ ok: false, error: 'Sourcelight is not running on the other side of this call.' });
    expect(sent).toHaveLength(2);
  });

  test('a message whose port closed may have run: it is not sent again', async () => {
    const { sent, send } = flaky(['The message port closed before a response was received.']);
    const call = makeCaller<Calls>('background', retryUndelivered(send, 0));
    expect((await call('add', 1, 2)).ok).toBe(false);
    expect(sent).toHaveLength(1);
  });
});

describe('rejects malformed messages with a clear error', () => {
  test.each([
    [{ sourcelight: 2, channel: 'background', method: 'add', args: [] }, 'unsupported message version 2'],
    [{ sourcelight: 1, channel: 'elsewhere', method: 'add', args: [] }, 'unknown channel elsewhere'],
    [{ sourcelight: 1, channel: 'background', args: [] }, 'the message names no method'],
    [{ sourcelight: 1, channel: 'background', method: 'add', args: 'oops' }, 'the arguments of add are not a list'],
    [{ sourcelight: 1, channel: 'background', method: 'toString', args: [] }, 'Unknown background call: toString.'],
    [{ sourcelight: 1, channel: 'background', method: 'launch', args: [] }, 'Unknown background call: launch.'],
  ])('%j', async (message, error) => {
    const { background, popup } = setUp();
    serve<Calls>(background, 'background', { add: () => 1, fail: () => undefined, slow: async () => '' });
    const reply = (await popup.runtime.send(message)) as { ok: boolean; error: string };
    expect(reply.ok).toBe(false);
    expect(reply.error).toContain(error);
  });
});

describe('leaves alone messages that are not its own', () => {
  test.each([
    ['a foreign message', { hello: 'world' }],
    ['a string', 'ping'],
    ['another channel', { sourcelight: 1, channel: 'page', method: 'add', args: [] }],
  ])('%s', async (_label, message) => {
    const { background, popup } = setUp();
    serve<Calls>(background, 'background', { add: () => 1, fail: () => undefined, slow: async () => '' });
    await expect(popup.runtime.send(message)).rejects.toThrow(/Receiving end does not exist/);
  });
});

describe('events', () => {
  test('an emitted event reaches listeners, which never answer', async () => {
    const { background, popup } = setUp();
    const seen: number[] = [];
    listen<Events>(popup, { changed: (n) => void seen.push(n) });
    await makeEmitter<Events>(background)('changed', 7);
    expect(seen).toEqual([7]);
    // The listener did not answer, so a call on the same bus finds no receiver.
    await expect(background.runtime.send({ sourcelight: 1, channel: 'events', method: 'changed', args: [1] })).rejects.toThrow();
  });

  test('emitting with nobody listening is not an error', async () => {
    const { background } = setUp();
    await expect(makeEmitter<Events>(background)('changed', 1)).resolves.toBeUndefined();
  });
});

describe('parseEnvelope', () => {
  test.each([null, undefined, 3, 'text', [], { channel: 'background' }])('calls %j foreign', (message) => {
    expect(parseEnvelope(message)).toEqual({ kind: 'foreign' });
  });
});
