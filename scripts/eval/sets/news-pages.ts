/**
 * Real news pages, end to end: every page is extracted (Readability over jsdom, as the CLI does) and analysed
 * without error; the text found covers the expected article text; and wire copy scores above opinion columns.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { extractArticleFromHtml } from '../../../src/cli/extract-html.ts';
import { mean, ratio } from '../metrics.ts';
import type { ErrorItem } from '../types.ts';
import { wordCoverage } from './coverage.ts';
import type { EvalSet } from './set.ts';

/**
 * Which outlets are wire copy and which are opinion columns, read from the pages themselves: the AP report is
 * wire copy; the Washington Examiner page sits under /opinion/ and the Herald Sun page is a signed column.
 * Outlets not listed are printed but left out of the ordering.
 */
export const PAGE_KINDS: Record<string, 'wire' | 'opinion'> = {
  'Associated Press (hosted.ap.org)': 'wire',
  'Washington Examiner': 'opinion',
  'Herald Sun': 'opinion',
};

/** Below this share of the expected words found, a page is listed as an extraction error. */
const LOW_COVERAGE = 0.9;

interface PageEntry {
  file: string;
  expected: string;
  outlet: string;
  url?: string;
}

interface PageOutcome {
  outlet: string;
  score?: number;
  coverage: number | null;
  words?: number;
}

function readIndex(dir: string): PageEntry[] {
  const index: unknown = JSON.parse(readFileSync(join(dir, 'news-pages/index.json'), 'utf8'));
  if (!Array.isArray(index)) throw new Error('news-pages/index.json should be an array of pages');
  return index.map((e, i) => {
    if (typeof e?.file !== 'string' || typeof e?.expected !== 'string' || typeof e?.outlet !== 'string') {
      throw new Error(`news-pages/index.json entry ${i} needs string fields file, expected and outlet`);
    }
    return { file: e.file, expected: e.expected, outlet: e.outlet, url: typeof e.url === 'string' ? e.url : undefined };
  });
}

/** The expected article as text: .expected.txt as it is, .expected.html through a script-free jsdom fragment. */
function expectedText(path: string): string {
  const raw = readFileSync(path, 'utf8');
  return path.endsWith('.html') ? (JSDOM.fragment(raw).textContent ?? '') : raw;
}

/** Share of (wire, opinion) pairs in which the wire page scores strictly higher; null without such pairs. */
export function wireAboveOpinion(pages: { outlet: string; score?: number }[], kinds = PAGE_KINDS): number | null {
  const scoresOf = (kind: 'wire' | 'opinion') =>
    pages.filter((p) => kinds[p.outlet] === kind && p.score !== undefined).map((p) => p.score as number);
  const wire = scoresOf('wire');
  const opinion = scoresOf('opinion');
  const ordered = wire.flatMap((w) => opinion.filter((o) => w > o)).length;
  return ratio(ordered, wire.length * opinion.length);
}

/** The news-pages set. */
export const newsPages: EvalSet = {
  name: 'news-pages',
  file: 'news-pages/index.json',
  run({ dir, analyzer }) {
    const entries = readIndex(dir);
    const failures: string[] = [];
    const errors: ErrorItem[] = [];
    const pages: PageOutcome[] = entries.map((entry) => {
      const folder = join(dir, 'news-pages');
      try {
        const article = extractArticleFromHtml(readFileSync(join(folder, entry.file), 'utf8'), entry.url);
        const coverage = wordCoverage(expectedText(join(folder, entry.expected)), article.text);
        if (coverage !== null && coverage < LOW_COVERAGE) {
          errors.push({
            type: 'fn',
            group: 'expected text not found',
            record: entry.file,
            snippet: `coverage ${coverage.toFixed(2)}`,
          });
        }
        const report = analyzer(article.text, { links: article.links });
        return { outlet: entry.outlet, score: report.score.value, coverage, words: report.text.words };
      } catch (error) {
        failures.push(`${entry.file}: ${(error as Error).message}`);
        return { outlet: entry.outlet, coverage: null };
      }
    });
    const notes = pages.map(
      (p) =>
        `news-pages  ${p.outlet.padEnd(34)} ${(PAGE_KINDS[p.outlet] ?? '').padEnd(8)} score ${String(p.score ?? 'error').padStart(5)}` +
        `  coverage ${p.coverage === null ? '-' : p.coverage.toFixed(2)}  words ${p.words ?? '-'}`,
    );
    return {
      set: this.name,
      records: entries.length,
      figures: [
        {
          id: 'news-pages/analysed',
          value: ratio(entries.length - failures.length, entries.length),
          detail: `${failures.length} failed`,
        },
        { id: 'news-pages/text-coverage', value: mean(pages.map((p) => p.coverage)) },
        { id: 'news-pages/wire-above-opinion', value: wireAboveOpinion(pages) },
      ],
      bands: [],
      errors,
      notes,
      failures,
    };
  },
};
