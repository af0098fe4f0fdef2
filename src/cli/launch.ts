/**
 * The `sourcelight` command's first code (bundled to dist/cli/sourcelight.js, started by bin/sourcelight.js): it
 * runs the command line's bundle (dist/cli/cli.cjs, from main.ts) as a script compiled with V8's code cache
 * (code-cache.ts), so a run does not parse and compile the CLI, the engine and wink again. One-sentence
 * analysis, 20 fresh processes each, alternating (load 5-6), main thread / whole process CPU medians: without a
 * cache 480 / 550 ms, with it 465 / 510 ms. `--help` pays a little for it (the whole bundle is read and hashed:
 * about 0.16 -> 0.19 s of CPU) where the split ES module build loaded only the help text's code.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { cacheDir, cacheFileName, readCodeCache, writeCodeCache } from './code-cache.ts';
import { keepYoungGenerationSmall } from './heap.ts';

const bundlePath = join(dirname(fileURLToPath(import.meta.url)), 'cli.cjs');
// V8 takes cached code only under the flags it was made with, so the flags come first and name the cache.
const variant = process.argv[2] === 'analyze' ? 'analyze' : 'default';
if (variant === 'analyze') keepYoungGenerationSmall();
const bytes = readFileSync(bundlePath);
const dir = cacheDir();
const name = cacheFileName(bytes, variant);
const cachedData = dir === undefined ? undefined : readCodeCache(join(dir, name));
const script = new Script(
  `(function (exports, require, module, __filename, __dirname) {${bytes.toString('utf8')}\n})`,
  { filename: bundlePath, ...(cachedData ? { cachedData } : {}) },
);
// Made at exit, the cache also holds the functions this run compiled, not only the bundle's top level.
if (dir !== undefined && (cachedData === undefined || script.cachedDataRejected === true))
  process.once('exit', () => writeCodeCache(dir, name, script.createCachedData()));
const bundle = { exports: {} };
script.runInThisContext()(bundle.exports, createRequire(bundlePath), bundle, bundlePath, dirname(bundlePath));
