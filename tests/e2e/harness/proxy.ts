/**
 * A proxy that forwards nothing and records everything: the browsers under test send all non-local traffic
 * here, so any request the extension (or anything else) tries to make to the internet shows up in
 * `requests` and never leaves the machine.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

/**
 * Hosts the browsers themselves contact (updates, sign-in, safe browsing, telemetry) even with background
 * networking disabled. They are the browser's traffic, not the extension's: the extension has no code that
 * names them, and its pages run under `connect-src 'self'` (the extension's own files only). Everything else counts against the extension.
 */
export const BROWSER_INFRASTRUCTURE = [
  /^(update|clientservices|optimizationguide-pa|safebrowsing|content-autofill)\.googleapis\.com\b/,
  /^(accounts|clients2|clients1|www)\.google\.com\b/,
  /^(redirector|edgedl\.me)\.gvt1\.com\b/,
  /^[a-z0-9.-]+\.(mozilla\.(com|net|org)|firefox\.com|mozaws\.net)\b/,
];

/** The host[:port] a recorded request went to. */
export function requestHost(recorded: string): string {
  const target = recorded.split(' ')[1] ?? '';
  return /^[a-z]+:\/\//i.test(target) ? new URL(target).host : target;
}

/** Recorded requests that are not the browser's own infrastructure traffic. */
export function beyondBrowserInfrastructure(requests: readonly string[]): string[] {
  return requests.filter((r) => !BROWSER_INFRASTRUCTURE.some((host) => host.test(requestHost(r))));
}

/** A running recording proxy. */
export interface RecordingProxy {
  port: number;
  /** "METHOD target" for each attempted request, e.g. "CONNECT analytics.example:443". */
  requests: string[];
  close(): Promise<void>;
}

/** Starts the proxy on a free port of 127.0.0.1. */
export async function startRecordingProxy(): Promise<RecordingProxy> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(502, { 'content-type': 'text/plain' });
    res.end('Blocked by the Sourcelight test proxy');
  });
  // A CONNECT or upgrade socket is handed over raw, with no 'error' listener: a browser that resets it (as Chromium
  // does when it gives up on a blocked host) would throw ECONNRESET into the test run as an uncaught exception.
  const ignoreResets = (socket: Duplex) => socket.on('error', () => {});
  server.on('connect', (req, socket) => {
    requests.push(`CONNECT ${req.url}`);
    ignoreResets(socket);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  server.on('upgrade', (req, socket) => {
    requests.push(`UPGRADE ${req.url}`);
    ignoreResets(socket);
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
