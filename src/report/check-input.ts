/** Refuses an export whose report does not belong to its text, before any format writes wrong highlights. */
import type { ExportInput } from './types.ts';

/** Throws a clear error when the input is malformed or a finding's span is not the text it claims to be. */
export function checkInput(input: ExportInput): void {
  if (!input || typeof input.text !== 'string') throw new TypeError('An export needs the analysed text as a string');
  if (!input.report || !Array.isArray(input.report.findings))
    throw new TypeError('An export needs a report with findings');
  for (const f of input.report.findings) {
    const inRange = Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.end > f.start;
    if (!inRange || f.end > input.text.length || input.text.slice(f.start, f.end) !== f.text) {
      throw new RangeError(
        `Finding ${f.id} (${f.start}-${f.end}) does not match the text: export the exact text the report was made from`,
      );
    }
  }
}
