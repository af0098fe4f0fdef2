/** Teach mode's exports: Markdown notes with every list and glossary link, and RFC 4180 CSV read back row by row. */
import { describe, expect, test } from 'vitest';
import { TEACH_CSV_COLUMNS, teachCsv } from '../../src/teach/csv.ts';
import { teachMarkdown } from '../../src/teach/markdown.ts';
import { compareMarks } from '../../src/teach/match.ts';
import { useEnglish } from '../pages/setup.ts';
import { FINDINGS, mark, readCsv, TEXT } from './fixtures.ts';

useEnglish();
const NOW = new Date('2026-11-26T14:05:00Z');
const marks = [mark('slammed the reckless', 'rhetoric'), mark('experts say', 'rhetoric'), mark('plan', 'unsourced')];
const result = compareMarks(marks, FINDINGS);
const input = { text: TEXT, title: 'Bridge *costs*', result, glossaryBase: 'chrome-extension://abc/' };

describe('Markdown', () => {
  const md = teachMarkdown(input, NOW);

  test('a title, the date, the counts and the summary', () => {
    expect(md.split('\n').slice(0, 7)).toEqual([
      '# Teach mode: Bridge \\*costs\\*',
      '',
      '- **Date:** 2026-11-26 14:05 UTC',
      '- **Found:** You found 2 of the 4 things Sourcelight flagged.',
      '- **Marks:** 3 marks',
      '',
      expect.stringMatching(/^A good start/),
    ]);
  });

  test('three sections with their counts, each item with its glossary link', () => {
    expect(md).toContain('## You both marked (1)');
    expect(md).toContain('## Sourcelight flagged, you did not (2)');
    expect(md).toContain('## Your marks Sourcelight did not make (2)');
    expect(md).toContain('“slammed the reckless”');
    expect(md).toContain('(<chrome-extension://abc/glossary.html#technique-loaded-language>)');
    expect(md).toContain('(<chrome-extension://abc/glossary.html#technique-name-calling>)');
    // The missed unsourced claim, with its explanation and the idea's entry.
    expect(md).toMatch(
      /“The bridge cost doubled last year\.” · Why The bridge .* \[Unsourced claim\]\(<chrome-extension:\/\/abc\/glossary\.html#idea-unsourced-claim>\)/,
    );
    // A vague source marked as loaded: Sourcelight saw another kind there.
    expect(md).toContain('“experts say” · Sourcelight saw another kind here: [Vague source]');
  });

  test('page text cannot add markup or links', () => {
    const hostile = { ...input, text: `[x](https://evil.example) <img src=x> ${TEXT}`, title: '<script>' };
    const shifted = compareMarks([{ id: 'm1', start: 0, end: 25, kind: 'rhetoric' }], []);
    const out = teachMarkdown({ ...hostile, result: shifted }, NOW);
    expect(out).toContain('“\\[x\\](https\\://evil.example)”');
    expect(out).toContain('# Teach mode: \\<script\\>');
    expect(out).not.toMatch(/(?<!\\)<(img|script)/);
  });

  test('empty lists say so', () => {
    const none = teachMarkdown({ text: TEXT, result: compareMarks([], []) }, NOW);
    expect(none).toContain('# Teach mode: untitled text');
    expect(none.match(/^- None\.$/gm)).toHaveLength(3);
  });
});

describe('CSV', () => {
  const csv = teachCsv(input);
  const [header, ...rows] = readCsv(csv.slice(1));
  const records = rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));

  test('a byte order mark, a header, CRLF, and one row per match, miss and extra', () => {
    expect(csv.startsWith('\uFEFFoutcome,mark_id,')).toBe(true);
    expect(teachCsv(input, { bom: false }).startsWith('outcome,')).toBe(true);
    expect(header).toEqual([...TEACH_CSV_COLUMNS]);
    for (const row of rows) expect(row).toHaveLength(TEACH_CSV_COLUMNS.length);
    expect(records.map((r) => r.outcome)).toEqual(['match', 'match', 'miss', 'miss', 'extra', 'extra']);
  });

  test('a match names the mark and the finding; a miss has no mark; an extra shows the other kind', () => {
    expect(records[0]).toMatchObject({
      mark_id: marks[0].id,
      mark_kind: 'rhetoric',
      mark_text: 'slammed the reckless',
      mark_start: String(marks[0].start),
      finding_id: 'f1',
      finding_family: 'rhetoric',
      finding_type: 'loaded-language',
      finding_text: 'slammed',
      glossary_url: 'chrome-extension://abc/glossary.html#technique-loaded-language',
    });
    expect(records[2]).toMatchObject({ mark_id: '', mark_text: '', finding_id: 'f3', finding_family: 'weak-source' });
    expect(records[4]).toMatchObject({ mark_text: 'plan', finding_id: '', glossary_url: '' });
    expect(records[5]).toMatchObject({ mark_text: 'experts say', finding_id: 'f3', finding_type: 'vague' });
  });

  test('quotes, commas, line breaks and formulas in the text survive as text', () => {
    const text = '=SUM(A1) said "he", then\nleft';
    const out = teachCsv(
      { text, result: compareMarks([{ id: 'm1', start: 0, end: text.length, kind: 'unsourced' }], []) },
      { bom: false },
    );
    const [, row] = readCsv(out);
    expect(row[3]).toBe(`'${text}`);
  });
});
