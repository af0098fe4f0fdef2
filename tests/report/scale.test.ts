/**
 * A long page: exports and anchoring stay near-linear. 150 copies of the article make about 22,500 words
 * with 2,700 findings (far denser than real pages). Unloaded, an export takes about 0.3 s, anchoring 10 ms
 * (0.5 s with 150 quotes changed); the limits are generous because test machines are shared, and anything
 * quadratic would take minutes.
 */
import { describe, expect, test } from 'vitest';
import type { Finding } from '../../src/engine/types.ts';
import { anchorAnnotations, parseJsonLdReport, toCsv, toHtml, toJsonLd, toMarkdown } from '../../src/report/index.ts';
import { ARTICLE, articleReport } from './article.ts';

const COPIES = 150;
const text = Array(COPIES).fill(ARTICLE).join('\n\n');
const base = articleReport();
const findings: Finding[] = [];
for (let copy = 0; copy < COPIES; copy++) {
  const offset = copy * (ARTICLE.length + 2);
  for (const f of base.findings) {
    findings.push({ ...f, id: `f${findings.length + 1}`, start: f.start + offset, end: f.end + offset });
  }
}
const input = { report: { ...base, findings }, text, meta: { title: 'Long page' } };

/** Milliseconds a call takes. */
function timed(run: () => unknown): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

describe('a 22,500-word page with 2,700 findings', () => {
  test.each([
    ['JSON-LD', () => toJsonLd(input)],
    ['Markdown', () => toMarkdown(input)],
    ['HTML', () => toHtml(input)],
    ['CSV', () => toCsv(input)],
  ])('exports as %s in well under 5 seconds', (_name, run) => {
    expect(timed(run)).toBeLessThan(5000);
  });

  const loaded = parseJsonLdReport(toJsonLd(input));
  if (!loaded.ok) throw new Error(loaded.error);
  const annotations = loaded.value.annotations;

  test('anchors on the unchanged page at once', () => {
    expect(timed(() => expect(anchorAnnotations(text, annotations).unmatched).toEqual([]))).toBeLessThan(2000);
  });
  test('anchors on the page with a paragraph inserted at the top, following the shift', () => {
    const moved = `A paragraph the editors added.\n\n${text}`;
    expect(timed(() => expect(anchorAnnotations(moved, annotations).unmatched).toEqual([]))).toBeLessThan(2000);
  });
  test('bounds the fuzzy work when many quotes changed at once', () => {
    const changed = `A paragraph.\n\n${text.replace(/Tuesday/g, 'Wednesday')}`;
    expect(timed(() => anchorAnnotations(changed, annotations))).toBeLessThan(5000);
  });
});
