/**
 * A V8 code cache for the command line's bundle. Each run of `sourcelight` otherwise parses and compiles the
 * same 0.9 MB of JavaScript (the CLI, the engine, wink) before it reads a word. The launcher (launch.ts)
 * compiles the bundle as a vm.Script with the bytecode V8 saved after an earlier run, and saves it when there
 * was none or V8 refused it.
 *
 * Nothing in the cache is trusted blindly: the file name carries the SHA-256 of the bundle's bytes, Node's
 * version and the architecture; the file starts with the SHA-256 of its own data, checked before V8 sees it
 * (V8 itself checks only its version, its flags and the source's length); and V8 may still refuse the data,
 * in which case the bundle compiles as if there were no cache, and the cache is written again. A cache that
 * cannot be read or written (no home folder, a read-only disk) is silently skipped: it only saves time.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Bytes of the SHA-256 digest that starts a cache file. */
const DIGEST_BYTES = 32;
/** Every cache file's name starts with this. */
const PREFIX = 'cli-';

/**
 * The folder for Sourcelight's caches: SOURCELIGHT_CACHE_DIR when set (empty turns the cache off), else the
 * platform's cache folder (XDG_CACHE_HOME or ~/.cache, ~/Library/Caches, %LOCALAPPDATA%), or undefined.
 */
export function cacheDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string | undefined {
  const own = env.SOURCELIGHT_CACHE_DIR;
  if (own !== undefined) return own === '' ? undefined : own;
  let home: string;
  try {
    home = homedir();
  } catch {
    return undefined;
  }
  if (platform === 'win32') return env.LOCALAPPDATA ? join(env.LOCALAPPDATA, 'sourcelight') : undefined;
  if (platform === 'darwin') return home ? join(home, 'Library', 'Caches', 'sourcelight') : undefined;
  const base = env.XDG_CACHE_HOME || (home ? join(home, '.cache') : '');
  return base ? join(base, 'sourcelight') : undefined;
}

/** The cache file's name for these bundle bytes, this Node and this variant of V8's flags. */
export function cacheFileName(bundle: Uint8Array, variant: string): string {
  const hash = createHash('sha256').update(bundle).digest('hex').slice(0, 32);
  return `${PREFIX}${hash}-node${process.versions.node}-${process.arch}-${variant}.v8cache`;
}

/** The cached data in `path` if the file is whole (its digest matches), else undefined. */
export function readCodeCache(path: string): Buffer | undefined {
  let file: Buffer;
  try {
    file = readFileSync(path);
  } catch {
    return undefined;
  }
  if (file.length <= DIGEST_BYTES) return undefined;
  const data = file.subarray(DIGEST_BYTES);
  const digest = createHash('sha256').update(data).digest();
  return digest.equals(file.subarray(0, DIGEST_BYTES)) ? data : undefined;
}

/**
 * Writes the data with its digest (to a temporary name, then renamed, so a reader never sees half a file) and
 * removes the folder's other CLI caches, left by earlier versions. Failures are ignored.
 */
export function writeCodeCache(dir: string, name: string, data: Uint8Array): void {
  try {
    mkdirSync(dir, { recursive: true });
    const path = join(dir, name);
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, Buffer.concat([createHash('sha256').update(data).digest(), data]));
    renameSync(temporary, path);
    const key = name.slice(0, name.lastIndexOf('-'));
    for (const other of readdirSync(dir))
      if (other.startsWith(PREFIX) && !other.startsWith(key) && other.endsWith('.v8cache'))
        rmSync(join(dir, other), { force: true });
  } catch {
    // A cache that cannot be written only costs the next run its compile time.
  }
}
