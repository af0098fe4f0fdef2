/**
 * Sizes of the built extension's scripts, raw and gzip, with the role of each one (content script,
 * background, the page that loads it), read from dist/chrome/manifest.json and the extension's HTML pages.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Measured } from './measured.ts';
import { ROOT } from './spawn.ts';

/** One built script. */
export interface BundleFile {
  file: string;
  role: string;
  rawBytes: number;
  gzipBytes: number;
}

/** Every file under a folder, relative to it. */
function walk(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full, base) : [relative(base, full)];
  });
}

interface ManifestRoles {
  content_scripts?: { js?: string[] }[];
  background?: { service_worker?: string; scripts?: string[] };
}

/** Maps each script to what loads it: the manifest's content scripts and background, then HTML pages. */
export function scriptRoles(dir: string, files: readonly string[]): Map<string, string> {
  const roles = new Map<string, string>();
  const manifestPath = join(dir, 'manifest.json');
  const manifest: ManifestRoles = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : {};
  for (const js of manifest.content_scripts?.flatMap((c) => c.js ?? []) ?? []) roles.set(js, 'content script');
  const bg = manifest.background;
  for (const js of [bg?.service_worker, ...(bg?.scripts ?? [])]) if (js) roles.set(js, 'background');
  for (const page of files.filter((f) => f.endsWith('.html'))) {
    // Our own build output, not page text: a regex over its script tags is enough to name the page.
    const html = readFileSync(join(dir, page), 'utf8');
    for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) {
      const js = relative(dir, join(dir, page, '..', m[1].replace(/^\//, '')));
      if (!roles.has(js)) roles.set(js, `page: ${page}`);
    }
  }
  // Content scripts injected on demand (activeTab + scripting) are not in the manifest: fall back on the name.
  for (const f of files) if (!roles.has(f) && /content/i.test(basename(f))) roles.set(f, 'content script');
  return roles;
}

/** Raw and gzip sizes of every .js under the built Chromium extension, or why there is none. */
export function bundleSizes(dir = join(ROOT, 'dist/chrome')): Measured<BundleFile[]> {
  if (!existsSync(dir)) return { ok: false, reason: 'not built: run `npm run build:extension` first' };
  const files = walk(dir);
  const roles = scriptRoles(dir, files);
  const scripts = files.filter((f) => f.endsWith('.js')).sort();
  if (scripts.length === 0) return { ok: false, reason: `not built: no .js files under ${relative(ROOT, dir)}` };
  return {
    ok: true,
    value: scripts.map((file) => {
      const bytes = readFileSync(join(dir, file));
      return { file, role: roles.get(file) ?? 'other', rawBytes: bytes.length, gzipBytes: gzipSync(bytes).length };
    }),
  };
}
