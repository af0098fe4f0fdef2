/**
 * Builds the extension's test targets once for all e2e files of a run. Several test files (in separate
 * worker processes) may ask at the same time: a lock directory serialises them, and a fingerprint of the
 * sources (newest modification time and file count) lets every later caller skip a build that is current.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '../../..');
const INPUTS = [
  'src',
  'popup',
  'pages',
  '_locales',
  'icons',
  'manifest.json',
  'package.json',
  'scripts/build-extension.ts',
  'scripts/build.ts',
  'tests/e2e/harness/bridge.html',
];
const STAMP = join(ROOT, 'dist/.e2e-build-stamp');
const LOCK = join(ROOT, 'dist/.e2e-build-lock');

function newest(path: string): { mtime: number; files: number } {
  if (!existsSync(path)) return { mtime: 0, files: 0 };
  const stat = statSync(path);
  if (!stat.isDirectory()) return { mtime: stat.mtimeMs, files: 1 };
  let result = { mtime: stat.mtimeMs, files: 0 };
  for (const name of readdirSync(path)) {
    const inner = newest(join(path, name));
    result = { mtime: Math.max(result.mtime, inner.mtime), files: result.files + inner.files };
  }
  return result;
}

/** A fingerprint of everything the extension build reads. */
export function sourceFingerprint(): string {
  return INPUTS.map((p) => {
    const n = newest(join(ROOT, p));
    return `${p}:${n.mtime}:${n.files}`;
  }).join('|');
}

/** Builds dist/chrome-test and dist/firefox-test unless they are already built from the current sources. */
export async function ensureBuilt(): Promise<void> {
  const wanted = sourceFingerprint();
  const current = () => existsSync(STAMP) && readFileSync(STAMP, 'utf8') === wanted;
  if (current()) return;
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (waited > 120_000) rmSync(LOCK, { recursive: true, force: true }); // a crashed builder's lock
      await sleep(200);
    }
  }
  try {
    if (current()) return;
    const { buildExtension } = await import('../../../scripts/build-extension.ts');
    await buildExtension(['chrome-test', 'firefox-test']);
    writeFileSync(STAMP, wanted);
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/**
 * A private copy of a built extension for one browser run: other test files (or engineers) may rebuild
 * dist/ while this browser still loads files from it, which would break it mid-test.
 */
export function privateCopy(extensionDir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'sourcelight-extension-'));
  cpSync(extensionDir, copy, { recursive: true });
  return copy;
}
