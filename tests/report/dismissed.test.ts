/** Dismissed findings in every export: apart from the findings that count, each with the reader's reason. */
import { describe, expect, test } from 'vitest';
import { CSV_COLUMNS, DISMISSED_COLUMN } from '../../src/report/csv.ts';
import { DISMISSED_CONTEXT, PROP } from '../../src/report/jsonld-context.ts';
import { parseJsonLdReport, toCsv, toHtml, toJsonLd, toMarkdown } from '../../src/report/index.ts';
import type { ExportInput } from '../../src/report/types.ts';
import { articleInput, NOW } from './article.ts';
import { parseCsv } from './parse-csv.ts';

/** The article's input with its first finding dismissed as not loaded and its last for another reason. */
function withDismissals(note = 'It is a headline'): ExportInput {
  const input = articleInput();
  const [first, ...rest] = input.report.findings;
  const last = rest.pop();
  if (!last) throw new Error('the article needs two findings');
  return {
    ...input,
    report: { ...input.report, findings: rest },
    dismissed: [
      { finding: first, reason: 'not-loaded' },
      { finding: last, reason: 'other', note },
    ],
  };
}

describe('CSV', () => {
  test('adds a dismissed column: empty for kept findings, the reason for dismissed ones', () => {
    const input = withDismissals();
    const [header, ...rows] = parseCsv(toCsv(input, { bom: false }));
    expect(header).toEqual([...CSV_COLUMNS, DISMISSED_COLUMN]);
    expect(rows).toHaveLength(input.report.findings.length + 2);
    const reasons = rows.map((r) => r.at(-1));
    expect(reasons.slice(0, -2).every((r) => r === '')).toBe(true);
    expect(reasons.slice(-2)).toEqual(['not loaded here', 'another reason: It is a headline']);
  });

  test('a note that looks like a formula stays text', () => {
    const rows = parseCsv(toCsv(withDismissals('=HYPERLINK("x")'), { bom: false }));
    expect(rows.at(-1)?.at(-1)).toBe(`another reason: =HYPERLINK("x")`);
  });

  test('without dismissals the columns are as before', () => {
    const [header] = parseCsv(toCsv(articleInput(), { bom: false }));
    expect(header).toEqual([...CSV_COLUMNS]);
  });
});

describe('Markdown', () => {
  test('lists dismissed findings in their own section with reasons', () => {
    const input = withDismissals();
    const md = toMarkdown(input, NOW);
    const section = md.slice(md.indexOf('## Dismissed by the reader (2)'));
    expect(section).toContain(input.dismissed?.[0].finding.id);
    expect(section).toContain('dismissed: not loaded here');
    expect(section).toContain('dismissed: another reason: It is a headline');
    expect(toMarkdown(articleInput(), NOW)).not.toContain('Dismissed');
  });
});

describe('HTML', () => {
  test('lists dismissed findings in their own section, escaped', () => {
    const html = toHtml(withDismissals('<img src=x onerror=alert(1)>'), NOW);
    expect(html).toContain('<h2>Dismissed by the reader (2)</h2>');
    expect(html).toContain('another reason: &lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(toHtml(articleInput(), NOW)).not.toContain('Dismissed');
  });
});

describe('JSON-LD', () => {
  test('dismissed findings are annotations of their own list with the reason; loading back draws only the others', () => {
    const input = withDismissals();
    const json = JSON.parse(toJsonLd(input, NOW));
    const dismissed = json[PROP.dismissed] as Record<string, unknown>[];
    expect(dismissed).toHaveLength(2);
    expect(dismissed[0]).toMatchObject({ type: 'Annotation', [PROP.dismissal]: { reason: 'not-loaded' } });
    expect(dismissed[1][PROP.dismissal]).toEqual({ reason: 'other', note: 'It is a headline' });
    expect(json.first.items).toHaveLength(input.report.findings.length);
    expect(dismissed[0]['@context']).toEqual(DISMISSED_CONTEXT);
    expect(DISMISSED_CONTEXT[1]).toHaveProperty(PROP.dismissal, { '@type': '@json' });
    const loaded = parseJsonLdReport(toJsonLd(input, NOW));
    expect(loaded.ok && loaded.value.annotations).toHaveLength(input.report.findings.length);
  });

  test('without dismissals there is no list', () => {
    expect(JSON.parse(toJsonLd(articleInput(), NOW))).not.toHaveProperty(PROP.dismissed);
  });
});
