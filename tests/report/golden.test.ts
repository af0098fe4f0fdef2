/**
 * Golden files: every format for the canonical sample, from analyze() with a fixed date. The engine is still
 * changing, so regenerate them with `UPDATE_GOLDEN=1 npx vitest run tests/report/golden.test.ts` when it does,
 * and read the diff before committing it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/engine/analyze.ts';
import { anchorAnnotations, parseJsonLdReport, toCsv, toHtml, toJsonLd, toMarkdown } from '../../src/report/index.ts';
import type { ExportInput } from '../../src/report/index.ts';

const root = resolve(import.meta.dirname, '../..');
const text = readFileSync(resolve(root, 'samples/north-waziristan-raid.txt'), 'utf8');
const input: ExportInput = {
  report: analyze(text),
  text,
  meta: { title: 'North Waziristan raid (Sourcelight sample)' },
};
const now = new Date('2026-11-26T12:00:00Z');
const update = process.env.UPDATE_GOLDEN === '1';

const formats: [string, string][] = [
  ['jsonld', toJsonLd(input, now)],
  ['md', toMarkdown(input, now)],
  ['html', toHtml(input, now)],
  ['csv', toCsv(input)],
];

describe('golden files for samples/north-waziristan-raid.txt', () => {
  test.each(formats)('%s', (extension, output) => {
    const file = resolve(root, `tests/fixtures/report/north-waziristan-raid.${extension}`);
    if (update) writeFileSync(file, output);
    expect(existsSync(file), `${file} is missing: run UPDATE_GOLDEN=1 npx vitest run tests/report/golden.test.ts`).toBe(
      true,
    );
    expect(output, 'the export changed: if the engine changed, regenerate with UPDATE_GOLDEN=1').toBe(
      readFileSync(file, 'utf8'),
    );
  });

  test('the golden JSON-LD loads back and every annotation anchors on the sample', () => {
    const loaded = parseJsonLdReport(
      readFileSync(resolve(root, 'tests/fixtures/report/north-waziristan-raid.jsonld'), 'utf8'),
    );
    if (!loaded.ok) throw new Error(loaded.error);
    const { anchored, unmatched } = anchorAnnotations(text, loaded.value.annotations);
    expect(unmatched).toEqual([]);
    expect(anchored.map((a) => a.finding)).toEqual(loaded.value.report.findings);
  });
});
