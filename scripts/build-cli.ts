/**
 * Bundles the command line (src/cli) into dist/cli/sourcelight.js; npm packages stay external (Node resolves them).
 * Code splitting keeps what the CLI imports lazily in separate chunks, so `--help` does not pay for the NLP model
 * and plain text does not pay for jsdom (over a second of start-up).
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { cliModelReaderPlugin } from './build-cli-model.ts';
import { winkModelPlugin } from './wink-model-plugin.ts';

/** Builds the CLI bundle. */
export async function buildCli(outdir = 'dist/cli'): Promise<void> {
  // Chunk names carry a content hash: clear the old ones so they do not pile up.
  await rm(join(outdir, 'chunks'), { recursive: true, force: true });
  await build({
    entryPoints: { sourcelight: 'src/cli/main.ts' },
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    target: 'node20',
    packages: 'external',
    // Except the wink model's code, bundled to leave out its reader's deep copy of the model (wink-model-plugin.ts)
    // and, in Node, to decode its base64 lexicon natively (build-cli-model.ts: first, so its reader is the one used).
    plugins: [cliModelReaderPlugin(), winkModelPlugin(true)],
    // The model's code loads its JSON files with require(), which an ES module has only when given one.
    banner: {
      js: "import { createRequire as sourcelightCreateRequire } from 'node:module';\nconst require = sourcelightCreateRequire(import.meta.url);",
    },
    sourcemap: true,
    logLevel: 'warning',
  });
}
