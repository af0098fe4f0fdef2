/**
 * Exports findings as CSV: RFC 4180 quoting, CRLF line ends, UTF-8 with a header row, one row per finding.
 * A byte order mark is written by default because Excel, which teachers and editors open CSV files with,
 * otherwise reads UTF-8 as a legacy code page and garbles every curly quote; pass { bom: false } to omit it.
 */
import type { Finding } from '../engine/types.ts';
import { checkInput } from './check-input.ts';
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

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula, so page text
 * like "=HYPERLINK(...)" could act when the file is opened. Such text cells get a leading apostrophe, which
 * spreadsheets show as plain text (OWASP's advice for CSV injection). Numeric columns are ours and unguarded.
 */
function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: quote a field that holds a comma, quote or line break, doubling its quotes. */
function quoteField(value: string): string {
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
  const lines = [CSV_COLUMNS.join(',')];
  for (const f of report.findings) {
    const s = sentenceOf(f.start, f.end);
    lines.push(row(f, text.slice(s.start, s.end), url).map(quoteField).join(','));
  }
  return `${options.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
}
