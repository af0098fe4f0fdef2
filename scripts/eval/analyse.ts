/** Runs the engine over many texts, keeping only what the metrics read, and never losing a run to one bad text. */
import { analyze } from '../../src/engine/analyze.ts';
import type { AnalyzeOptions, Finding, Report } from '../../src/engine/types.ts';

/** The engine's entry point; the evaluation takes it as a parameter so tests can pass their own. */
export type Analyzer = (text: string, options?: AnalyzeOptions) => Report;

/** The findings and word count of each text, plus the texts the engine threw on (as "id: message"). */
export interface Analysed {
  findings: Finding[][];
  words: number[];
  failures: string[];
}

/** Analyses every text; a text the engine throws on gets no findings and is listed in `failures`. */
export function analyseAll(items: { id: string; text: string }[], analyzer: Analyzer = analyze): Analysed {
  const out: Analysed = { findings: [], words: [], failures: [] };
  for (const item of items) {
    try {
      const report = analyzer(item.text);
      out.findings.push(report.findings);
      out.words.push(report.text.words);
    } catch (error) {
      out.findings.push([]);
      out.words.push(0);
      out.failures.push(`${item.id}: ${(error as Error).message}`);
    }
  }
  return out;
}
