/**
 * What must hold for every report, whatever the input (CONTRACT.md): valid offsets whose slice is the
 * finding's text, unique ids, findings sorted by start, explanations present, references that resolve, and
 * a score in 0..100. Returns the violations as sentences, so a failing case says exactly what broke.
 */
import type { Finding, LinkSpan, Report } from '../../src/engine/types.ts';

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** True when the offset falls between the two halves of a surrogate pair (a highlight there breaks an emoji). */
function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/**
 * True when the span looks shifted off its words: it starts or ends with white space, which is exactly how
 * offsets that drift by a character or two show up (" reportedl" for "reportedly").
 */
function offItsWords(span: string): boolean {
  return /^\s|\s$/u.test(span);
}

/** The violations of one finding's own fields. */
function findingViolations(text: string, f: Finding, linkEdges: ReadonlySet<number>): string[] {
  const out: string[] = [];
  const where = `${f.id} [${f.start}, ${f.end}) ${f.rule}`;
  const inRange =
    Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.start < f.end && f.end <= text.length;
  if (!inRange) out.push(`${where}: offsets outside 0 <= start < end <= ${text.length}`);
  else if (text.slice(f.start, f.end) !== f.text)
    out.push(`${where}: text ${JSON.stringify(f.text)} is not text.slice(start, end)`);
  // A span that is exactly a link the caller passed in has the page's edges, not the engine's: not judged here.
  const judged = inRange && !(linkEdges.has(f.start) && linkEdges.has(f.end));
  if (judged && (splitsPair(text, f.start) || splitsPair(text, f.end)))
    out.push(`${where}: a boundary splits a surrogate pair`);
  if (judged && offItsWords(f.text)) out.push(`${where}: span ${JSON.stringify(f.text)} is off its words`);
  if (typeof f.explanation !== 'string' || f.explanation.trim() === '') out.push(`${where}: empty explanation`);
  if (!(f.confidence >= 0 && f.confidence <= 1)) out.push(`${where}: confidence ${f.confidence} outside 0..1`);
  if (typeof f.inQuote !== 'boolean') out.push(`${where}: inQuote is not a boolean`);
  if (!['claim', 'attribution', 'rhetoric'].includes(f.kind)) out.push(`${where}: unknown kind ${String(f.kind)}`);
  return out;
}

/** Every way the report breaks the contract for this text (analysed with these links); empty when it keeps it. */
export function reportViolations(text: string, report: Report, links: readonly LinkSpan[] = []): string[] {
  const out: string[] = [];
  const linkEdges = new Set(links.flatMap((l) => [l.start, l.end]));
  if (report.schemaVersion !== 1) out.push(`schemaVersion is ${report.schemaVersion}`);
  if (report.text.length !== text.length) out.push(`text.length is ${report.text.length}, not ${text.length}`);
  const kindById = new Map<string, string>();
  let previousStart = Number.NEGATIVE_INFINITY;
  for (const f of report.findings) {
    out.push(...findingViolations(text, f, linkEdges));
    if (typeof f.id !== 'string' || f.id === '' || kindById.has(f.id))
      out.push(`id ${JSON.stringify(f.id)} is missing or repeated`);
    kindById.set(f.id, f.kind);
    if (f.start < previousStart)
      out.push(`${f.id} starts at ${f.start}, before the previous finding (${previousStart})`);
    previousStart = f.start;
  }
  for (const f of report.findings) {
    if (f.kind === 'claim' && f.sourceFindingId !== undefined && kindById.get(f.sourceFindingId) !== 'attribution') {
      out.push(`${f.id}: sourceFindingId ${f.sourceFindingId} is not an attribution in this report`);
    }
  }
  const { value, components } = report.score;
  if (!(Number.isFinite(value) && value >= 0 && value <= 100)) out.push(`score ${value} outside 0..100`);
  for (const c of components) {
    for (const id of c.findingIds)
      if (!kindById.has(id)) out.push(`score component ${c.id} lists unknown finding ${id}`);
  }
  return out;
}
