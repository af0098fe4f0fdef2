/** One line of the batch protocol (CONTRACT.md): a JSON input line in, the object to write for it out. */
import { analyze } from '../engine/analyze.ts';
import type { AnalyzeOptions, Report } from '../engine/types.ts';
import { reasonOf } from './errors.ts';

/** What the batch command writes for one input line: the Report with the input's id, or an error. */
export type BatchOutput = ({ id: unknown } & Report) | { id: unknown; error: string };

/** Analyses one input line; never throws, so one bad line cannot stop the batch. `lineNumber` counts from 1. */
export function processBatchLine(
  line: string,
  lineNumber: number,
  analyzeText: (text: string, options?: AnalyzeOptions) => Report = analyze,
): BatchOutput {
  // A blank line still gets its output line, so output line N always answers input line N.
  if (line.trim() === '')
    return { id: null, error: `line ${lineNumber} is blank: expected {"id": ..., "text": "..."}` };
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (error) {
    return { id: null, error: `line ${lineNumber} is not valid JSON: ${reasonOf(error)}` };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { id: null, error: `line ${lineNumber} is not a JSON object: expected {"id": ..., "text": "..."}` };
  }
  const record = input as Record<string, unknown>;
  const id = record.id === undefined ? null : record.id;
  if (typeof record.text !== 'string') {
    const problem =
      record.text === undefined ? 'has no "text" field' : `has a "text" that is ${typeName(record.text)}, not a string`;
    return { id, error: `line ${lineNumber} ${problem}` };
  }
  try {
    return { id, ...analyzeText(record.text) };
  } catch (error) {
    return { id, error: `line ${lineNumber}: the analysis failed (${reasonOf(error)}); please report this as a bug` };
  }
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
