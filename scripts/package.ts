/**
 * `npm run package`: builds the extension and zips it for each store, plus the source archive that
 * addons.mozilla.org asks for when the submitted code is bundled and minified.
 *   dist/sourcelight-chrome-<version>.zip    Chrome Web Store (dist/chrome)
 *   dist/sourcelight-firefox-<version>.zip   addons.mozilla.org (dist/firefox)
 *   dist/sourcelight-source-<version>.zip    the repository's tracked files, to rebuild from
 * Entries get a fixed date so the same build gives byte-identical zips.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { type Zippable, zipSync } from 'fflate';
import { buildExtension } from './build-extension.ts';

const ROOT = resolve(import.meta.dirname, '..');
const FIXED_DATE = new Date('2026-01-01T00:00:00Z');

/** Every file under a folder, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full).map((f) => `${name}/${f}`) : [name];
  });
}

/** Zips files (paths relative to `base`) into one archive, deterministically. */
export function zipFiles(base: string, files: readonly string[]): Uint8Array {
  const entries: Zippable = {};
  for (const file of [...files].sort()) entries[file] = [readFileSync(join(base, file)), { mtime: FIXED_DATE }];
  return zipSync(entries, { level: 9 });
}

/** Builds and writes the three archives; returns their paths. */
export async function packageExtension(): Promise<string[]> {
  await buildExtension(['chrome', 'firefox']);
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const written: string[] = [];
  for (const target of ['chrome', 'firefox'] as const) {
    const dir = join(ROOT, 'dist', target);
    const out = join(ROOT, 'dist', `sourcelight-${target}-${version}.zip`);
    writeFileSync(out, zipFiles(dir, filesUnder(dir)));
    written.push(out);
  }
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  const source = join(ROOT, 'dist', `sourcelight-source-${version}.zip`);
  writeFileSync(source, zipFiles(ROOT, tracked.filter((f) => statSync(join(ROOT, f), { throwIfNoEntry: false })?.isFile())));
  written.push(source);
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  for (const file of await packageExtension()) console.log(`${relative(ROOT, file)}  ${(statSync(file).size / 1024).toFixed(0)} KB`);
}
