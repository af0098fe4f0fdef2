/**
 * What the extension pages add to the build (scripts/build-extension.ts): their scripts, the engine worker,
 * their HTML and CSS at the root of the extension (analyse.html, compare.html, glossary.html, options.html),
 * and the _locales folder every page reads its words from.
 */
import { copyFileSync, cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** Scripts: output name (without .js) -> entry point. */
export const PAGE_ENTRIES: Record<string, string> = {
  analyse: 'pages/analyse/main.tsx',
  compare: 'pages/compare/main.tsx',
  glossary: 'pages/glossary/main.tsx',
  options: 'pages/options/main.tsx',
  // The engine for the analyse and compare pages, off their main thread (pages/shared/engine-worker.ts).
  'engine-worker': 'pages/shared/engine-worker.ts',
};

/** Files copied as they are: [from (repository), to (extension root)]. */
export const PAGE_FILES: ReadonlyArray<[string, string]> = [
  ['pages/analyse/analyse.html', 'analyse.html'],
  ['pages/compare/compare.html', 'compare.html'],
  ['pages/glossary/glossary.html', 'glossary.html'],
  ['pages/options/options.html', 'options.html'],
  ['pages/shared/pages.css', 'pages.css'],
];

/** Copies the pages' HTML and CSS and the _locales folder from the repository `root` into a build's `outdir`. */
export function copyPageAssets(root: string, outdir: string): void {
  for (const [from, to] of PAGE_FILES)
    if (existsSync(join(root, from))) copyFileSync(join(root, from), join(outdir, to));
  cpSync(join(root, '_locales'), join(outdir, '_locales'), { recursive: true });
}
