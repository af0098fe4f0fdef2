/**
 * Helpers for the exported-report tests in real browsers: a server whose sample article can change between
 * visits (so a report made on one version is loaded onto the next), and probes that run in the popup to see
 * the files it saves and to hand it a file as the file picker would.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROOT } from './harness/index.ts';
import { samplePage } from './harness/server.ts';

/** The edits made to the sample for its second visit: a paragraph above, a changed word, a deleted sentence. */
export const EDITS = {
  inserted: 'Update: this analysis was revised on Thursday to add a map of the border crossings.',
  word: { from: 'Hardware losses mount.', to: 'Equipment losses mount.' },
  deleted: 'The chessboard has shifted.',
} as const;

/** The sample page, first as written, then (`changed`) with EDITS applied. */
export function articleHtml(changed: boolean): string {
  const page = samplePage();
  if (!changed) return page;
  return page
    .replace('<div class="article-body">', `<div class="article-body">\n    <p>${EDITS.inserted}</p>`)
    .replace(EDITS.word.from, EDITS.word.to)
    .replace(`${EDITS.deleted} `, '');
}

/** A server on 127.0.0.1 with the sample at /article.html; `change()` switches it to the edited version. */
export async function startArticleServer() {
  let changed = false;
  const css = readFileSync(join(ROOT, 'tests/fixtures/pages/styles/news.css'));
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/article.html')
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
        .end(articleHtml(changed));
    else if (path === '/styles/news.css') res.writeHead(200, { 'content-type': 'text/css' }).end(css);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/article.html`,
    change: () => {
      changed = true;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A file the popup saved: the name and the object URL of the link it clicked. */
export interface SavedLink {
  name: string;
  href: string;
}

/** Runs in the popup: records every <a download> it clicks (the download itself goes ahead). */
export function watchDownloads(): void {
  const w = window as unknown as { savedLinks?: { name: string; href: string }[] };
  if (w.savedLinks) return;
  w.savedLinks = [];
  document.addEventListener(
    'click',
    (event) => {
      const link = (event.target as Element | null)?.closest?.('a[download]') as HTMLAnchorElement | null;
      if (link) w.savedLinks?.push({ name: link.download, href: link.href });
    },
    true,
  );
}

/** Runs in the popup: the links clicked so far. */
export function savedLinks(): { name: string; href: string }[] {
  return (window as unknown as { savedLinks?: { name: string; href: string }[] }).savedLinks ?? [];
}

/** Where Firefox saves downloads with its default settings (no dialog): the user's Downloads folder. */
export const FIREFOX_DOWNLOADS = process.env.XDG_DOWNLOAD_DIR ?? join(homedir(), 'Downloads');

/**
 * The text of a file Firefox saved into `dir`, once complete (Firefox writes `name.part` and renames it),
 * then removed so test runs leave nothing behind. Undefined if it never appears.
 */
export async function takeDownloadedFile(
  name: string,
  dir = FIREFOX_DOWNLOADS,
  ms = 15_000,
): Promise<string | undefined> {
  const path = join(dir, name);
  for (const deadline = Date.now() + ms; Date.now() < deadline; await sleep(100)) {
    if (!existsSync(path) || existsSync(`${path}.part`)) continue;
    const text = readFileSync(path, 'utf8');
    rmSync(path);
    return text;
  }
  return undefined;
}

/** Removes earlier runs' downloads of this page from `dir`, so Firefox does not save under "name(1)". */
export function clearDownloads(prefix: string, dir = FIREFOX_DOWNLOADS): void {
  if (!existsSync(dir)) return;
  for (const file of readdirSync(dir)) if (file.startsWith(prefix)) rmSync(join(dir, file), { force: true });
}

/** Runs in the popup: gives its file input a file, as the browser does once the reader picks one. */
export function pickFile([name, text]: readonly [string, string]): boolean {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) return false;
  const files = new DataTransfer();
  files.items.add(new File([text], name, { type: 'application/ld+json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

/** Runs in the popup: the centre of the first element matching a selector, scrolled into view (for real clicks). */
export function centreOf(selector: string): { x: number; y: number } | null {
  const element = document.querySelector(selector);
  if (!element) return null;
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}
