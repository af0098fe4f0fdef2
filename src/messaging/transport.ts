/**
 * The transport under protocol.ts: typed callers and servers over runtime/tabs messaging. A caller always
 * gets a Result (never a throw, never a hang past its timeout); a server answers malformed or unknown calls
 * with a Result error that says what was wrong, and turns a handler's exception into a Result error.
 */
import type { ExtensionApi, MessageListener, MessageSender } from '../platform/api.ts';
import { t } from '../i18n/index.ts';
import { type Channel, envelope, parseEnvelope } from './envelope.ts';
import type { Result } from './protocol.ts';

/** The arguments of a call in one of protocol.ts's maps. */
export type Args<F> = F extends (...args: infer A) => unknown ? A : never;

/** The value a call in one of protocol.ts's maps resolves to. */
export type Value<F> = F extends (...args: never[]) => infer R ? Awaited<R> : never;

/** Server-side implementations of a map: each may be async and receives the sender after its arguments. */
export type Handlers<C> = {
  [M in keyof C]: (...args: [...Args<C[M]>, MessageSender]) => Value<C[M]> | Promise<Value<C[M]>>;
};

/** A typed call function for one map: a wrong method name or payload is a compile error. */
export type Caller<C> = <M extends keyof C & string>(method: M, ...args: Args<C[M]>) => Promise<Result<Value<C[M]>>>;

/** How long a caller waits before it gives up with a clear error instead of a spinner. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/** Browser wording for "nobody is listening" (Chromium, then Firefox), turned into one sentence. */
const NO_RECEIVER = /Receiving end does not exist|Could not establish connection|message port closed/i;

/** Chromium's wording when a message reached no listener at all: nothing ran, so sending again is safe. */
const NOT_DELIVERED = /Receiving end does not exist|Could not establish connection/i;

/**
 * Wraps a send to the background so that a message nobody received is sent once more after `delayMs`. Chromium
 * can refuse a message that arrives while it stops or restarts an idle service worker ("Receiving end does not
 * exist"); the benchmark met it about once in ten runs, each of which starts and stops the worker a dozen times.
 * Only undelivered messages are repeated: one whose port closed may have run, and is reported instead.
 */
export function retryUndelivered(send: (message: unknown) => Promise<unknown>, delayMs = 150): (message: unknown) => Promise<unknown> {
  return (message) =>
    send(message).catch(async (error: unknown) => {
      if (!NOT_DELIVERED.test(error instanceof Error ? error.message : String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      return send(message);
    });
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return NO_RECEIVER.test(text) ? t('messaging_noReceiver') : text;
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** Makes a typed caller that sends envelopes of `channel` through `send` and waits at most `timeoutMs`. */
export function makeCaller<C>(
  channel: Channel,
  send: (message: unknown) => Promise<unknown>,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Caller<C> {
  return async (method, ...args) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<Result<never>>((resolve) => {
      timer = setTimeout(() => resolve({ ok: false, error: `${method} did not answer within ${timeoutMs / 1000} s.` }), timeoutMs);
    });
    const answer = send(envelope(channel, method, args)).then(
      (reply) => (isResult(reply) ? reply : { ok: false as const, error: `${method} got no answer.` }),
      (error: unknown) => ({ ok: false as const, error: describe(error) }),
    );
    try {
      return (await Promise.race([answer, timeout])) as Result<never>;
    } finally {
      clearTimeout(timer);
    }
  };
}

/** Options of a server. */
export interface ServeOptions {
  signal?: AbortSignal;
  /** Refuses calls from senders that may not use this channel (e.g. web pages calling the background). */
  accept?: (sender: MessageSender) => boolean;
}

/** Answers calls of one channel with `handlers` until the signal aborts. */
export function serve<C>(api: { runtime: Pick<ExtensionApi['runtime'], 'onMessage'> }, channel: Channel, handlers: Handlers<C>, options: ServeOptions = {}): void {
  const listener: MessageListener = (message, sender) => {
    const parsed = parseEnvelope(message);
    if (parsed.kind === 'foreign') return undefined;
    if (parsed.kind === 'malformed') return Promise.resolve(failure(`Malformed Sourcelight message: ${parsed.error}.`));
    const { method, args } = parsed.envelope;
    if (parsed.envelope.channel !== channel) return undefined;
    if (options.accept && !options.accept(sender)) return Promise.resolve(failure(`${method} may not be called from here.`));
    const handler = Object.hasOwn(handlers, method) ? (handlers as Record<string, unknown>)[method] : undefined;
    if (typeof handler !== 'function') return Promise.resolve(failure(`Unknown ${channel} call: ${method}.`));
    return (async (): Promise<Result<unknown>> => {
      try {
        return { ok: true, value: await handler(...args, sender) };
      } catch (error) {
        return failure(error instanceof Error ? error.message : String(error));
      }
    })();
  };
  api.runtime.onMessage(listener, options.signal);
}

function failure(error: string): Result<never> {
  return { ok: false, error };
}

/** A typed event broadcaster for one map of events. */
export type Emitter<E> = <K extends keyof E & string>(event: K, ...args: Args<E[K]>) => Promise<void>;

/** Makes a broadcaster of events to open extension pages; nobody listening is not an error. */
export function makeEmitter<E>(api: ExtensionApi): Emitter<E> {
  return async (event, ...args) => {
    await api.runtime.send(envelope('events', event, args)).catch(() => undefined);
  };
}

/** Runs `handlers` for broadcast events until the signal aborts. Event listeners never answer. */
export function listen<E>(api: ExtensionApi, handlers: Partial<Handlers<E>>, signal?: AbortSignal): void {
  api.runtime.onMessage((message, sender) => {
    const parsed = parseEnvelope(message);
    if (parsed.kind !== 'envelope' || parsed.envelope.channel !== 'events') return undefined;
    const handler = Object.hasOwn(handlers, parsed.envelope.method)
      ? (handlers as Record<string, unknown>)[parsed.envelope.method]
      : undefined;
    if (typeof handler === 'function') handler(...parsed.envelope.args, sender);
    return undefined;
  }, signal);
}
