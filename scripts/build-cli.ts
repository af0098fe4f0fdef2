/** Bundles the command line (src/cli) into dist/cli/sourcelight.js; npm packages stay external (Node resolves them). */
import { build } from 'esbuild';

/** Builds the CLI bundle. */
export async function buildCli(outdir = 'dist/cli'): Promise<void> {
  await build({
    entryPoints: { sourcelight: 'src/cli/main.ts' },
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
}
