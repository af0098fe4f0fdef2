/**
 * A report cut down to what a page needs to draw and explain its findings. Extension messages are copied
 * value by value between processes, which for a 20,000-word report (3,000 findings, 1.4 MB) costs the
 * page's main thread one long task; the plan sends numbers plus each repeated string (rule, explanation,
 * question) once, and leaves out the finding texts, which the page already has in its analysed text.
 */
import type { Finding } from '../engine/types.ts';

/** The compact form: `rows` holds ROW numbers per finding, pointing into `strings`. */
export interface DrawPlan {
  strings: string[];
  rows: number[];
}

/** Numbers per finding: id, start, end, kind (with subtypes), rule, confidence (per mille), explanation, question (-1: none), inQuote. */
export const ROW = 9;

function kindKey(f: Finding): string {
  if (f.kind === 'claim') return `claim ${f.sourcing} ${f.claimType}`;
  if (f.kind === 'attribution') return `attribution ${f.source}`;
  return `rhetoric ${f.technique}`;
}

/** Encodes a report's findings as a plan. */
export function toDrawPlan(findings: readonly Finding[]): DrawPlan {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const ref = (s: string) => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.push(s) - 1;
      index.set(s, i);
    }
    return i;
  };
  const rows: number[] = [];
  for (const f of findings) {
    const question = f.question === undefined ? -1 : ref(f.question);
    rows.push(ref(f.id), f.start, f.end, ref(kindKey(f)), ref(f.rule), Math.round(f.confidence * 1000), ref(f.explanation), question, f.inQuote ? 1 : 0);
  }
  return { strings, rows };
}

/**
 * Rebuilds the findings of a plan; `textOf` gives each span's text (from the analysed text). Malformed rows are
 * skipped. It runs in a freshly injected content script, so always in V8's interpreter: rows are read by index
 * and each finding is built in one literal, without slices, destructuring or spreads (each of which costs an
 * iterator or a copy per row there: 2.6-7 ms for 171 findings in Node without optimisation, against 0.5-0.7 ms).
 */
export function fromDrawPlan(plan: DrawPlan, textOf: (start: number, end: number) => string): Finding[] {
  const { strings, rows } = plan;
  if (!Array.isArray(strings) || !Array.isArray(rows)) return [];
  const findings: Finding[] = [];
  for (let r = 0; r + ROW <= rows.length; r += ROW) {
    const id = strings[rows[r]];
    const rule = strings[rows[r + 4]];
    const explanation = strings[rows[r + 6]];
    if (typeof id !== 'string' || typeof rule !== 'string' || typeof explanation !== 'string') continue;
    const kind = strings[rows[r + 3]] ?? '';
    const space = kind.indexOf(' ');
    const family = space < 0 ? kind : kind.slice(0, space);
    const second = space < 0 ? -1 : kind.indexOf(' ', space + 1);
    const a = space < 0 ? undefined : kind.slice(space + 1, second < 0 ? undefined : second);
    const third = second < 0 ? -1 : kind.indexOf(' ', second + 1);
    const b = second < 0 ? undefined : kind.slice(second + 1, third < 0 ? undefined : third);
    const start = rows[r + 1];
    const end = rows[r + 2];
    const question = rows[r + 7];
    const finding = {
      id,
      start,
      end,
      text: textOf(start, end),
      rule,
      confidence: rows[r + 5] / 1000,
      explanation,
      inQuote: rows[r + 8] === 1,
    } as Record<string, unknown>;
    if (question >= 0) finding.question = strings[question];
    finding.kind = family;
    if (family === 'claim') {
      finding.sourcing = a;
      finding.claimType = b;
    } else if (family === 'attribution') finding.source = a;
    else if (family === 'rhetoric') finding.technique = a;
    else continue;
    findings.push(finding as unknown as Finding);
  }
  return findings;
}
