/**
 * What the extension pages add to the build (scripts/build-extension.ts): their scripts, the engine worker,
 * their HTML and CSS at the root of the extension (analyse.html, compare.html, glossary.html, options.html, teach.html),
 * and the _locales folder every page reads its words from.
 */
import { copyFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The pages, each reachable at <name>.html and built from pages/<name>/main.tsx. */
export const PAGE_NAMES = ['analyse', 'compare', 'glossary', 'options', 'teach'] as const;

/** Scripts: output name (without .js) -> entry point. */
export const PAGE_ENTRIES: Record<string, string> = {
  ...Object.fromEntries(PAGE_NAMES.map((page) => [page, `pages/${page}/main.tsx`])),
  // The engine for the analyse, compare and teach pages, off their main thread (pages/shared/engine-worker.ts).
  'engine-worker': 'pages/shared/engine-worker.ts',
};

/** The one HTML document every page shares; "{{page}}" names its script. */
export const PAGE_TEMPLATE = 'pages/shared/page.html';

/** Writes each page's HTML, the pages' CSS and the _locales folder from the repository `root` into a build's `outdir`. */
export function copyPageAssets(root: string, outdir: string): void {
  const template = readFileSync(join(root, PAGE_TEMPLATE), 'utf8');
  for (const page of PAGE_NAMES) writeFileSync(join(outdir, `${page}.html`), template.replaceAll('{{page}}', page));
  copyFileSync(join(root, 'pages/shared/pages.css'), join(outdir, 'pages.css'));
  cpSync(join(root, '_locales'), join(outdir, '_locales'), { recursive: true });
}
