/**
 * The wire format of every Sourcelight message: a marked envelope naming the channel (which map of
 * protocol.ts the call belongs to), the method and its arguments. The marker lets a listener tell our
 * messages from anything else, and the channel lets several listeners share runtime.onMessage safely.
 */

/** Which typed map a message belongs to (see protocol.ts). */
export type Channel = 'background' | 'page' | 'content' | 'events';

/** One call or event on the wire. */
export interface Envelope {
  sourcelight: 1;
  channel: Channel;
  method: string;
  args: unknown[];
}

const CHANNELS: readonly Channel[] = ['background', 'page', 'content', 'events'];

/** The outcome of reading a message off the wire. */
export type Parsed =
  | { kind: 'envelope'; envelope: Envelope }
  /** Marked as ours but broken: answer with an error the developer can act on. */
  | { kind: 'malformed'; error: string }
  /** Not a Sourcelight message at all. */
  | { kind: 'foreign' };

/** Wraps a call for the wire. */
export function envelope(channel: Channel, method: string, args: unknown[]): Envelope {
  return { sourcelight: 1, channel, method, args };
}

/** Reads a message off the wire and says exactly what is wrong with it when it is not a valid envelope. */
export function parseEnvelope(message: unknown): Parsed {
  if (typeof message !== 'object' || message === null || !('sourcelight' in message)) return { kind: 'foreign' };
  const m = message as Record<string, unknown>;
  if (m.sourcelight !== 1) return { kind: 'malformed', error: `unsupported message version ${String(m.sourcelight)}` };
  if (!CHANNELS.includes(m.channel as Channel)) return { kind: 'malformed', error: `unknown channel ${String(m.channel)}` };
  if (typeof m.method !== 'string' || m.method === '') return { kind: 'malformed', error: 'the message names no method' };
  if (!Array.isArray(m.args)) return { kind: 'malformed', error: `the arguments of ${m.method} are not a list` };
  return { kind: 'envelope', envelope: envelope(m.channel as Channel, m.method, m.args) };
}
