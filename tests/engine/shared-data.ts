/**
 * Where the shared evaluation data lives: ../shared/data beside the repository, or SOURCELIGHT_DATA. Tests
 * that read it skip with a notice when it is absent, so the project's own tests pass without it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractArticleFromHtml } from '../../src/cli/extract-html.ts';

const root = resolve(import.meta.dirname, '../..');

/** The data folder, or undefined (with a notice on the console) when it is not there. */
export function sharedData(env = process.env): string | undefined {
  const dir = env.SOURCELIGHT_DATA ?? resolve(root, '../shared/data');
  if (existsSync(dir)) return dir;
  console.warn(`[sourcelight] ${dir} is absent: tests that need the shared data are skipped.`);
  return undefined;
}

/** One of the real news pages, as the CLI would extract it. */
export interface NewsPage {
  outlet: string;
  file: string;
  text: string;
  links: { start: number; end: number; href: string }[];
}

/** Reads and extracts every news page listed in news-pages/index.json. */
export function newsPages(dir: string): NewsPage[] {
  const index = JSON.parse(readFileSync(resolve(dir, 'news-pages/index.json'), 'utf8')) as { file: string; outlet: string; url: string | null }[];
  return index.map((p) => {
    const article = extractArticleFromHtml(readFileSync(resolve(dir, 'news-pages', p.file), 'utf8'), p.url ?? undefined);
    return { outlet: p.outlet, file: p.file, text: article.text, links: article.links };
  });
}
