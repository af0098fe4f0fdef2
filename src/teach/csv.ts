/**
 * Teach mode's result as CSV for a teacher's spreadsheet: RFC 4180 (quoted fields, CRLF, a header row), one row
 * per match of a mark with a finding, per missed finding and per mark Sourcelight did not make. Column names and
 * codes are fixed English identifiers so that a sheet of several students' files lines up whatever the language.
 */
import type { Finding } from '../engine/types.ts';
import { glossaryUrlForFinding } from '../glossary/index.ts';
import { familyOf } from '../messaging/families.ts';
import { guardFormula, quoteField } from '../report/csv.ts';
import { subtypeOf } from '../report/families.ts';
import type { TeachExport } from './markdown.ts';
import type { StudentMark } from './types.ts';

/** The header row, in column order. */
export const TEACH_CSV_COLUMNS = [
  'outcome',
  'mark_id',
  'mark_kind',
  'mark_text',
  'mark_start',
  'mark_end',
  'finding_id',
  'finding_family',
  'finding_type',
  'finding_text',
  'finding_start',
  'finding_end',
  'glossary_url',
] as const;

/** One row's outcome: a mark on a finding of its family, a finding no mark touched, a mark with no finding of its family. */
export type CsvOutcome = 'match' | 'miss' | 'extra';

/** A cell of page text: made inert for spreadsheets, then quoted, exactly as the findings export does. */
const cell = (value: string): string => quoteField(guardFormula(value));

function markCells(text: string, mark: StudentMark | undefined): string[] {
  if (!mark) return ['', '', '', '', ''];
  return [mark.id, mark.kind, cell(text.slice(mark.start, mark.end)), String(mark.start), String(mark.end)];
}

function findingCells(finding: Finding | undefined, base: string): string[] {
  if (!finding) return ['', '', '', '', '', '', ''];
  return [
    cell(finding.id),
    familyOf(finding),
    cell(subtypeOf(finding)),
    cell(finding.text),
    String(finding.start),
    String(finding.end),
    cell(glossaryUrlForFinding(finding, base)),
  ];
}

/** The result as a CSV string (a byte order mark first unless `bom` is false: Excel needs it to read UTF-8). */
export function teachCsv(input: TeachExport, options: { bom?: boolean } = {}): string {
  const { text, result } = input;
  const base = input.glossaryBase ?? '';
  const row = (outcome: CsvOutcome, mark?: StudentMark, finding?: Finding) =>
    [outcome, ...markCells(text, mark), ...findingCells(finding, base)].join(',');
  const lines = [
    TEACH_CSV_COLUMNS.join(','),
    ...result.matches.flatMap(({ mark, findings }) => findings.map((f) => row('match', mark, f))),
    ...result.misses.map((f) => row('miss', undefined, f)),
    ...result.extras.map(({ mark, otherFinding }) => row('extra', mark, otherFinding)),
  ];
  return `${options.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
}
