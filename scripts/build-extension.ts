/**
 * Builds the extension with esbuild into dist/chrome and dist/firefox (and, for the end-to-end tests,
 * dist/chrome-test and dist/firefox-test). One manifest.json is the source for all of them; each build gets
 * a copy trimmed to the keys its browser reads, so neither store sees warnings about the other's keys.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { copyPageAssets, PAGE_ENTRIES } from '../pages/build-entries.ts';
import { asciiOutputPlugin } from './ascii-output.ts';
import { MODEL_BYTES_FILE } from '../src/background/model-bytes.ts';
import { modelWithoutBytesPlugin, packModel, readerWithHandedBytes, splitCoreModel } from './wink-model-bytes.ts';
import { winkModelPlugin } from './wink-model-plugin.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** A build target: the browser and whether it is the end-to-end test variant. */
export type ExtensionTarget = 'chrome' | 'firefox' | 'chrome-test' | 'firefox-test';

/** Scripts of the extension: output name (without .js) -> entry point. */
const ENTRIES: Record<string, string> = {
  background: 'src/background/main.ts',
  // The engine and its model, loaded by the background on the first analysis (src/background/engine.ts).
  engine: 'src/background/engine-script.ts',
  // Named "content*" so tools that size content scripts (scripts/bench) recognise them.
  content: 'src/page/main.ts',
  'content-auto': 'src/page/auto.ts',
  popup: 'popup/main.tsx',
  // The extension pages (analyse, compare, glossary, options) and their engine worker.
  ...PAGE_ENTRIES,
};

/** Files copied as they are: [from (repository), to (dist root)]. */
const STATIC_FILES: [string, string][] = [
  ['popup/popup.html', 'popup.html'],
  ['popup/popup.css', 'popup.css'],
];

type Manifest = Record<string, unknown> & { background: Record<string, unknown> };

/** The manifest for one target, from the shared manifest.json and package.json's version. */
export function manifestFor(target: ExtensionTarget, source: Manifest, version: string): Manifest {
  const manifest: Manifest = structuredClone({ ...source, version });
  if (target.startsWith('chrome')) {
    // Chromium runs background.service_worker and only warns about Firefox's keys: leave them out.
    delete manifest.background.scripts;
    delete manifest.browser_specific_settings;
  } else {
    // Firefox runs background.scripts as an event page (with a DOM); service_worker would only be ignored.
    delete manifest.background.service_worker;
    delete manifest.minimum_chrome_version;
  }
  if (target.endsWith('-test')) {
    // activeTab needs a real toolbar click, which automation cannot make (TOOLING.md): the test build may
    // read the local test server's pages instead. The shipped builds never get host permissions.
    manifest.host_permissions = ['http://127.0.0.1/*'];
  }
  return manifest;
}

/**
 * The licence texts of every npm package bundled into the extension (their MIT, Apache-2.0 and MPL-2.0
 * licences ask for the notice to travel with the code), found from the bundler's list of inputs.
 */
export function thirdPartyNotices(inputs: readonly string[]): string {
  const packages = new Set<string>();
  for (const input of inputs) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) packages.add(match[1]);
  }
  const sections = [...packages].sort().map((name) => {
    const dir = join(ROOT, 'node_modules', name);
    const { version, license } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string; license?: string };
    const file = readdirSync(dir).find((f) => /^(licen[sc]e|copying)(\.|$)/i.test(f));
    const text = file ? readFileSync(join(dir, file), 'utf8').trim() : `Licence: ${license ?? 'see the package'}`;
    return `${name} ${version} (${license ?? 'unknown'})\n${'-'.repeat(60)}\n${text}\n`;
  });
  return `Sourcelight bundles the following packages.\n\n${sections.join('\n')}`;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as T;
}

/**
 * Builds one target into dist/<target>. The build goes to a fresh side folder that then replaces the old
 * one in two renames, so a browser or test reading dist/<target> at that moment never sees it half-written.
 */
export async function buildTarget(target: ExtensionTarget, outRoot = join(ROOT, 'dist')): Promise<string> {
  const finalDir = join(outRoot, target);
  const outdir = join(outRoot, `.building-${target}-${process.pid}`);
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(join(outdir, 'icons'), { recursive: true });
  const entryPoints = Object.fromEntries(
    Object.entries(ENTRIES).filter(([name, entry]) => {
      if (existsSync(join(ROOT, entry))) return true;
      console.warn(`build-extension: ${entry} does not exist yet, so ${target} has no ${name}.js`);
      return false;
    }),
  );
  const model = packModel(await splitCoreModel());
  const result = await build({
    absWorkingDir: ROOT,
    metafile: true,
    entryPoints,
    outdir,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: target.startsWith('chrome') ? 'chrome116' : 'firefox140',
    minify: true,
    // Licences of bundled packages go to THIRD-PARTY-NOTICES.txt instead (see thirdPartyNotices).
    legalComments: 'none',
    // Test builds log the steps of an analysis for the benchmark's breakdown (src/platform/trace.ts).
    define: { 'process.env.NODE_ENV': '"production"', SOURCELIGHT_TRACE: String(target.endsWith('-test')) },
    jsx: 'automatic',
    jsxImportSource: 'preact',
    // The sample article travels inside the analyse page as a string (pages/analyse/sample.ts).
    loader: { '.txt': 'text' },
    // Starting the wink model without its reader's deep copy of the model and with Map hashes
    // (wink-model-plugin.ts), its lexicon and lexemes in a packaged file of bytes (wink-model-bytes.ts); every
    // script in ASCII, which the browser decodes and V8 reads faster than a two-byte file (ascii-output.ts).
    plugins: [
      winkModelPlugin({ reader: (source) => readerWithHandedBytes(source, model) }),
      modelWithoutBytesPlugin(model),
      asciiOutputPlugin(),
    ],
    logLevel: 'warning',
  });
  writeFileSync(join(outdir, MODEL_BYTES_FILE), model.bytes);
  writeFileSync(join(outdir, 'THIRD-PARTY-NOTICES.txt'), thirdPartyNotices(Object.keys(result.metafile.inputs)));
  for (const [from, to] of STATIC_FILES) if (existsSync(join(ROOT, from))) copyFileSync(join(ROOT, from), join(outdir, to));
  copyPageAssets(ROOT, outdir);
  for (const icon of readdirSync(join(ROOT, 'icons')).filter((f) => f.endsWith('.png'))) {
    copyFileSync(join(ROOT, 'icons', icon), join(outdir, 'icons', icon));
  }
  if (target.endsWith('-test')) copyFileSync(join(ROOT, 'tests/e2e/harness/bridge.html'), join(outdir, 'bridge.html'));
  const manifest = manifestFor(target, readJson<Manifest>('manifest.json'), readJson<{ version: string }>('package.json').version);
  writeFileSync(join(outdir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const old = join(outRoot, `.old-${target}-${process.pid}`);
  if (existsSync(finalDir)) renameSync(finalDir, old);
  renameSync(outdir, finalDir);
  rmSync(old, { recursive: true, force: true });
  return finalDir;
}

/** Every target: the shipped builds and the e2e test variants (cheap to build, and kept apart in dist/). */
export const ALL_TARGETS: readonly ExtensionTarget[] = ['chrome', 'firefox', 'chrome-test', 'firefox-test'];

/** Builds the given targets (all by default). */
export async function buildExtension(targets: readonly ExtensionTarget[] = ALL_TARGETS): Promise<void> {
  await Promise.all(targets.map((t) => buildTarget(t)));
}
