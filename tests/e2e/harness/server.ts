/**
 * The e2e tests' web server on 127.0.0.1: the fixture pages, the sample rendered as a news page, generated
 * long articles, and the shared real news pages when they are present (read where they are, never copied).
 * It records every request, so a test can prove the extension fetched nothing from it either.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { ROOT } from './build.ts';
import { hugeTablePage } from './huge-table.ts';
import { longArticleParagraphs } from './long-article.ts';

/** One request the server received. */
export interface RecordedRequest {
  method: string;
  path: string;
  /** Who asked, as far as the browser says: a request an extension context made carries its origin here. */
  origin?: string;
  referer?: string;
}

/** A running test server. */
export interface TestServer {
  origin: string;
  url(path: string): string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** Where the real news pages live when the shared data folder is present. */
export const NEWS_PAGES_DIR = resolveShared('data/news-pages');

function resolveShared(sub: string): string {
  return normalize(join(ROOT, '..', 'shared', sub));
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };
/** A policy that forbids inline styles and scripts and every remote load: the card and highlights must still work. */
export const STRICT_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'none'; base-uri 'none'";

/** For the real news pages: anything from this server, nothing from anywhere else. */
export const OFFLINE_CSP = "default-src 'self' 'unsafe-inline' data: blob:";

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The sample text as paragraphs inside the sample template. */
export function samplePage(): string {
  const text = readFileSync(join(ROOT, 'samples/north-waziristan-raid.txt'), 'utf8');
  const paragraphs = text.split(/\n+/).filter((p) => p.trim()).map((p) => `    <p>${escapeHtml(p.trim())}</p>`);
  return readFileSync(join(ROOT, 'tests/fixtures/pages/sample-template.html'), 'utf8').replace('<!--SAMPLE-PARAGRAPHS-->', paragraphs.join('\n'));
}

function longPage(words: number): string {
  const body = longArticleParagraphs(words).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Water board under fire as pumps fail (${words} words)</title>
<link rel="stylesheet" href="/pages/styles/news.css"></head><body class="harbour">
<header class="masthead"><a class="brand" href="/">The Harbour Daily</a><nav class="topnav"><a href="/news">News</a><a href="/business">Business</a></nav></header>
<div class="layout"><main><article><h1>Water board under fire as pumps fail</h1><div class="byline">By <span class="author">Test Desk</span></div>
${body}</article></main><aside class="rail"><h3>Most read</h3><ul><li><a href="/a">Another story</a></li></ul></aside></div></body></html>`;
}

function route(req: IncomingMessage): { status: number; type?: string; body?: string | Buffer } {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const file = (dir: string, name: string) => {
    const path = normalize(join(dir, name));
    if (!path.startsWith(dir) || !existsSync(path)) return { status: 404, type: 'text/plain', body: 'not found' };
    return { status: 200, type: TYPES[extname(path)] ?? 'application/octet-stream', body: readFileSync(path) };
  };
  if (url.pathname === '/favicon.ico') return { status: 204 };
  if (url.pathname === '/pages/sample.html') return { status: 200, type: TYPES['.html'], body: samplePage() };
  if (url.pathname === '/generated/long.html') {
    const words = Math.min(100_000, Math.max(100, Number(url.searchParams.get('words')) || 1500));
    return { status: 200, type: TYPES['.html'], body: longPage(words) };
  }
  if (url.pathname === '/generated/blank.html') return { status: 200, type: TYPES['.html'], body: '<!doctype html><title>blank</title>' };
  if (url.pathname === '/generated/table.html') {
    const rows = Math.min(50_000, Math.max(10, Number(url.searchParams.get('rows')) || 3000));
    return { status: 200, type: TYPES['.html'], body: hugeTablePage(rows) };
  }
  if (url.pathname.startsWith('/pages/')) return file(join(ROOT, 'tests/fixtures/pages'), url.pathname.slice('/pages/'.length));
  if (url.pathname.startsWith('/news-pages/')) return file(NEWS_PAGES_DIR, url.pathname.slice('/news-pages/'.length));
  return { status: 404, type: 'text/plain', body: 'not found' };
}

/** Starts the server on a free port of 127.0.0.1. */
export async function startServer(): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? 'GET', path: req.url ?? '/', origin: req.headers.origin, referer: req.headers.referer });
    const { status, type, body } = route(req);
    const headers: Record<string, string> = { 'cache-control': 'no-store' };
    if (type) headers['content-type'] = type;
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.searchParams.get('csp') === 'strict') headers['content-security-policy'] = STRICT_CSP;
    // The real pages would fetch trackers and scripts from the internet: keep them on this machine.
    else if (url.pathname.startsWith('/news-pages/')) headers['content-security-policy'] = OFFLINE_CSP;
    res.writeHead(status, headers);
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => origin + path,
    requests,
    // A browser keeps idle keep-alive connections open, and server.close() waits for them: end them first.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
