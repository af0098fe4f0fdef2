/**
 * A typed façade of messages: a tree whose leaves are message keys (and functions for messages with counts or
 * values) becomes an object of the same shape whose leaves are the messages, looked up when read. Components
 * keep reading `strings.idle.title`; the language is the reader's, and a test can swap the message source.
 */
import { type MessageKey, t } from './index.ts';

/** Message keys, functions that build a message, or further branches. */
export interface MessageTree {
  [name: string]: MessageKey | ((...args: never[]) => string) | MessageTree;
}

/** The shape a tree becomes: each key a string, functions and branches as they were. */
export type Localised<T> = {
  readonly [K in keyof T]: T[K] extends (...args: never[]) => string
    ? T[K]
    : T[K] extends string
      ? string
      : Localised<T[K]>;
};

/** The tree with every key replaced by a getter that reads its message. */
export function localised<T extends MessageTree>(tree: T): Localised<T> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(tree)) {
    if (typeof value === 'string') Object.defineProperty(out, name, { get: () => t(value), enumerable: true });
    else out[name] = typeof value === 'function' ? value : localised(value);
  }
  return out as Localised<T>;
}
