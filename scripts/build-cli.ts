/**
 * Bundles the command line (src/cli) into dist/cli/sourcelight.js; npm packages stay external (Node resolves them).
 * Code splitting keeps what the CLI imports lazily in separate chunks, so `--help` does not pay for the NLP model
 * and plain text does not pay for jsdom (over a second of start-up).
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';

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
    sourcemap: true,
    logLevel: 'warning',
  });
}
