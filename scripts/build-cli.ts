/**
 * Bundles the command line (src/cli) for Node; jsdom and Readability stay external (Node resolves them), wink and
 * the wink model's code are bundled. Two files:
 * - dist/cli/cli.cjs, everything the command runs (src/cli/main.ts), one CommonJS script: launch.ts compiles it
 *   with V8's code cache, which needs a script, not an ES module. What the CLI imports lazily (each command, jsdom
 *   for HTML) is only evaluated when used, so `--help` does not pay for the NLP model and plain text does not pay
 *   for jsdom (over a second of start-up);
 * - dist/cli/sourcelight.js, the launcher (src/cli/launch.ts) that bin/sourcelight.js imports.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { asciiOnly } from './ascii-output.ts';
import { cliModelReader, writeModelFiles } from './build-cli-model.ts';
import { winkModelPlugin } from './wink-model-plugin.ts';

/** Builds the CLI bundle and its launcher. */
export async function buildCli(outdir = 'dist/cli'): Promise<void> {
  // Earlier builds split the CLI into hashed chunks: clear them so they do not linger.
  await rm(join(outdir, 'chunks'), { recursive: true, force: true });
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
  } as const;
  await build({
    ...common,
    // wink-nlp is bundled too, so that its code is in the code cache (its JSON model files stay external).
    external: ['jsdom', '@mozilla/readability'],
    entryPoints: ['src/cli/main.ts'],
    outfile: join(outdir, 'cli.cjs'),
    format: 'cjs',
    // The wink model's code is bundled to change its reader: no deep copy of the model, Map hashes
    // (wink-model-plugin.ts), and in Node the model read from the files beside the bundle (build-cli-model.ts).
    plugins: [winkModelPlugin({ forNode: true, reader: cliModelReader })],
  });
  // In ASCII, as the extension's scripts (ascii-output.ts): esbuild leaves dashes and curly quotes in regular
  // expression literals, and one is enough for the launcher to decode the whole bundle into a two-byte string.
  const bundle = join(outdir, 'cli.cjs');
  const source = await readFile(bundle, 'utf8');
  if (/[\u0080-\uffff]/.test(source)) await writeFile(bundle, asciiOnly(source));
  // The core model's lexicon as bytes and the rest of it as JSON, which the bundle reads (build-cli-model.ts).
  await writeModelFiles(outdir);
  await build({
    ...common,
    entryPoints: ['src/cli/launch.ts'],
    outfile: join(outdir, 'sourcelight.js'),
    format: 'esm',
    packages: 'external',
  });
}
