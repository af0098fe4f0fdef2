/** The CSV export, read back with a strict RFC 4180 parser written here. */
import { describe, expect, test } from 'vitest';
import { CSV_COLUMNS } from '../../src/report/csv.ts';
import { toCsv } from '../../src/report/index.ts';
import { ARTICLE, articleInput } from './article.ts';
import { hostileInput } from './hostile.ts';
import { parseCsv } from './parse-csv.ts';


describe('toCsv', () => {
  const input = articleInput();
  const csv = toCsv(input);
  const [header, ...rows] = parseCsv(csv.slice(1));

  test('starts with a UTF-8 byte order mark for Excel, unless asked not to', () => {
    expect(csv.startsWith('\uFEFFid,kind,')).toBe(true);
    expect(toCsv(input, { bom: false }).startsWith('id,kind,')).toBe(true);
  });
  test('has a header and one row per finding, every field in place', () => {
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(input.report.findings.length);
    for (const [i, f] of input.report.findings.entries()) {
      const row = Object.fromEntries(header.map((h, c) => [h, rows[i][c]]));
      const subtype = f.kind === 'claim' ? f.claimType : f.kind === 'attribution' ? f.source : f.technique;
      expect(row).toMatchObject({
        id: f.id,
        kind: f.kind,
        subtype,
        text: f.text,
        rule: f.rule,
        explanation: f.explanation,
      });
      expect([Number(row.start), Number(row.end), Number(row.confidence)]).toEqual([f.start, f.end, f.confidence]);
      expect(row.in_quote).toBe(String(f.inQuote));
      expect(row.page_url).toBe(input.meta.url);
      expect(row.question).toBe(f.question ?? '');
      expect(ARTICLE).toContain(row.sentence);
      expect(row.sentence).toContain(f.text);
    }
  });
  test('uses CRLF line ends only', () => {
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});

describe('hostile text', () => {
  const input = hostileInput();
  const [header, ...rows] = parseCsv(toCsv(input, { bom: false }));
  const column = (name: string) => rows.map((r) => r[header.indexOf(name)]);

  test('quotes, commas and line breaks survive the round trip', () => {
    const texts = column('text');
    for (const f of input.report.findings) expect(texts).toContain(/^[=+\-@]/.test(f.text) ? `'${f.text}` : f.text);
    expect(texts).toContain('# heading\n- list item');
  });
  test.each([['=HYPERLINK("http://evil.example","x")'], ['+1+2'], ['@SUM(A1)']])(
    'a cell starting like a formula gets a leading apostrophe: %s',
    (text) => {
      expect(column('text')).toContain(`'${text}`);
    },
  );
  test('so does a question that starts like one', () => {
    expect(column('question')).toContain("'=1+1");
  });
  test('does not guard ordinary cells', () => {
    expect(column('text')).toContain('<script>alert(1)</script>');
    expect(column('start').every((v) => /^\d+$/.test(v))).toBe(true);
  });
  test('a javascript: page URL is left out', () => {
    expect(new Set(column('page_url'))).toEqual(new Set(['']));
  });
});
