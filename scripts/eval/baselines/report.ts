/** Wraps a baseline's findings in the engine's Report shape, so every set scores a baseline exactly as it scores the engine. */
import type { Finding, Report } from '../../../src/engine/types.ts';
import { SCHEMA_VERSION } from '../../../src/engine/types.ts';

/** A finding of any kind without its id: the report numbers them in text order. */
export type DraftFinding = Finding extends infer F ? (F extends Finding ? Omit<F, 'id'> : never) : never;

/** A report of `text` holding `drafts`; the score is not computed (no set reads it from a baseline). */
export function baselineReport(text: string, drafts: readonly DraftFinding[], name: string): Report {
  const findings = [...drafts]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((draft, i) => ({ ...draft, id: `f${i + 1}` }) as Finding);
  return {
    schemaVersion: SCHEMA_VERSION,
    engine: { name: 'sourcelight', version: `baseline:${name}` },
    text: {
      length: text.length,
      words: text.match(/\S+/g)?.length ?? 0,
      sentences: 0,
      language: 'en',
    },
    findings,
    score: { value: 0, grade: 'poor', components: [] },
  };
}

/** The fields every baseline finding shares: the span, full confidence, the rule, and no quotation awareness. */
export function draftBase(text: string, start: number, end: number, rule: string) {
  return { start, end, text: text.slice(start, end), rule, confidence: 1, explanation: rule, inQuote: false };
}
