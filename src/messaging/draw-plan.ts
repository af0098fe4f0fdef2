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

/** Rebuilds the findings of a plan; `textOf` gives each span's text (from the analysed text). Malformed rows are skipped. */
export function fromDrawPlan(plan: DrawPlan, textOf: (start: number, end: number) => string): Finding[] {
  const { strings, rows } = plan;
  if (!Array.isArray(strings) || !Array.isArray(rows)) return [];
  const findings: Finding[] = [];
  for (let r = 0; r + ROW <= rows.length; r += ROW) {
    const [id, start, end, kind, rule, confidence, explanation, question, inQuote] = rows.slice(r, r + ROW);
    const [family, a, b] = (strings[kind] ?? '').split(' ');
    const base = {
      id: strings[id],
      start,
      end,
      text: textOf(start, end),
      rule: strings[rule],
      confidence: confidence / 1000,
      explanation: strings[explanation],
      inQuote: inQuote === 1,
      ...(question >= 0 ? { question: strings[question] } : {}),
    };
    if (typeof base.id !== 'string' || typeof base.rule !== 'string' || typeof base.explanation !== 'string') continue;
    if (family === 'claim') findings.push({ ...base, kind: 'claim', sourcing: a, claimType: b } as Finding);
    else if (family === 'attribution') findings.push({ ...base, kind: 'attribution', source: a } as Finding);
    else if (family === 'rhetoric') findings.push({ ...base, kind: 'rhetoric', technique: a } as Finding);
  }
  return findings;
}
