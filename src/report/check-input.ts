/** Refuses an export whose report is malformed or does not belong to its text, before any format is written. */
import type { ExportInput } from './types.ts';
import { findingProblem } from './validate-contract.ts';

/**
 * Throws a clear error when a finding breaks the contract or its span is not the text it claims to be:
 * a wrong highlight, or an unknown kind turned into a CSS class, must never reach a file.
 */
export function checkInput(input: ExportInput): void {
  if (!input || typeof input.text !== 'string') throw new TypeError('An export needs the analysed text as a string');
  if (!input.report || !Array.isArray(input.report.findings))
    throw new TypeError('An export needs a report with findings');
  for (const f of input.report.findings) {
    const problem = findingProblem(f);
    if (problem) throw new TypeError(`Finding ${String(f?.id)} ${problem}`);
    if (f.end > input.text.length || input.text.slice(f.start, f.end) !== f.text) {
      throw new RangeError(
        `Finding ${f.id} (${f.start}-${f.end}) does not match the text: export the exact text the report was made from`,
      );
    }
  }
}
