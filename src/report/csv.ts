/**
 * Exports findings as CSV: RFC 4180 quoting, CRLF line ends, UTF-8 with a header row, one row per finding.
 * A byte order mark is written by default because Excel, which teachers and editors open CSV files with,
 * otherwise reads UTF-8 as a legacy code page and garbles every curly quote; pass { bom: false } to omit it.
 */
import type { Finding } from '../engine/types.ts';
import { checkInput } from './check-input.ts';
import { reasonText } from './dismissed.ts';
import { subtypeOf } from './families.ts';
import { cleanMeta } from './meta.ts';
import { sentenceFinder } from './sentences.ts';
import type { ExportInput } from './types.ts';

/** The header row, in column order. */
export const CSV_COLUMNS = [
  'id',
  'kind',
  'subtype',
  'text',
  'sentence',
  'start',
  'end',
  'confidence',
  'rule',
  'explanation',
  'in_quote',
  'page_url',
  'question',
] as const;

/** The column added after CSV_COLUMNS when the reader dismissed findings: empty for the others, the reason for those. */
export const DISMISSED_COLUMN = 'dismissed';

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula, so page text
 * like "=HYPERLINK(...)" could act when the file is opened. Such text cells get a leading apostrophe, which
 * spreadsheets show as plain text (OWASP's advice for CSV injection). Numeric columns are ours and unguarded.
 */
export function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: quote a field that holds a comma, quote or line break, doubling its quotes. */
export function quoteField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function row(finding: Finding, sentence: string, pageUrl: string): string[] {
  return [
    guardFormula(finding.id),
    guardFormula(finding.kind),
    guardFormula(subtypeOf(finding)),
    guardFormula(finding.text),
    guardFormula(sentence),
    String(finding.start),
    String(finding.end),
    String(finding.confidence),
    guardFormula(finding.rule),
    guardFormula(finding.explanation),
    finding.inQuote ? 'true' : 'false',
    guardFormula(pageUrl),
    guardFormula(finding.question ?? ''),
  ];
}

/** The findings as a CSV string (with a byte order mark unless options.bom is false). */
export function toCsv(input: ExportInput, options: { bom?: boolean } = {}): string {
  checkInput(input);
  const { report, text } = input;
  const url = cleanMeta(input.meta).url ?? '';
  const sentenceOf = sentenceFinder(text);
  const dismissed = input.dismissed ?? [];
  // The dismissed column appears only when the reader dismissed something, so other files keep their shape.
  const extra = dismissed.length > 0 ? [DISMISSED_COLUMN] : [];
  const lines = [[...CSV_COLUMNS, ...extra].join(',')];
  const add = (f: Finding, reason?: string) => {
    const s = sentenceOf(f.start, f.end);
    const cells = row(f, text.slice(s.start, s.end), url);
    if (extra.length > 0) cells.push(guardFormula(reason ?? ''));
    lines.push(cells.map(quoteField).join(','));
  };
  for (const f of report.findings) add(f);
  for (const d of dismissed) add(d.finding, reasonText(d));
  return `${options.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
}
