/** The findings part of the terminal report: one section per family, each finding shown in its sentence. */
import type { Finding, FindingKind, Report } from '../engine/types.ts';
import { type Paint, printable, type Style } from './ansi.ts';
import { sentenceFinder } from '../report/sentences.ts';
import { wrap } from './wrap.ts';

const SECTIONS: { kind: FindingKind; title: string; style: Style }[] = [
  { kind: 'claim', title: 'CLAIMS', style: 'yellow' },
  { kind: 'attribution', title: 'SOURCES', style: 'cyan' },
  { kind: 'rhetoric', title: 'WORDING THAT ARGUES', style: 'magenta' },
];

/** Lines for every non-empty family, in the order claims, sources, rhetoric; findings in text order. */
export function findingSections(report: Report, text: string, paint: Paint, width: number): string[] {
  const lines: string[] = [];
  const sentenceOf = sentenceFinder(text);
  const sentenceText = (finding: Finding) => {
    const span = sentenceOf(finding.start, finding.end);
    return `${span.clippedBefore ? '…' : ''}${text.slice(span.start, span.end)}${span.clippedAfter ? '…' : ''}`;
  };
  // A rule's explanation and question are the same for each of its findings: each is wrapped once per report.
  const wrapped = new Map<string, string[]>();
  const wrapOnce = (paragraph: string) => {
    let found = wrapped.get(paragraph);
    if (!found) {
      found = wrap(paragraph, width, INDENT);
      wrapped.set(paragraph, found);
    }
    return found;
  };
  for (const section of SECTIONS) {
    const findings = report.findings.filter((f) => f.kind === section.kind);
    if (findings.length === 0) continue;
    lines.push('', paint(section.style, paint('bold', `${section.title} (${findings.length})`)));
    for (const finding of findings)
      addFindingLines(lines, finding, sentenceText(finding), section.style, paint, width, wrapOnce);
  }
  return lines;
}

const INDENT = '     ';

/** Adds one finding's lines to `lines` (pushed one by one: a report of 100,000 words has about 70,000). */
function addFindingLines(
  lines: string[],
  finding: Finding,
  sentenceText: string,
  style: Style,
  paint: Paint,
  width: number,
  wrapOnce: (paragraph: string) => string[],
): void {
  const tag = `${finding.id.padEnd(4)} `;
  lines.push(
    `${paint('dim', tag)}${paint(style, labelOf(finding))}${finding.inQuote ? paint('dim', ' (inside a quote)') : ''}`,
  );
  const quoted = printable(finding.text);
  for (const line of wrap(`“${quoted}”`, width, INDENT)) lines.push(paint('bold', line));
  const sentence = printable(sentenceText);
  if (sentence !== quoted.trim()) for (const line of wrap(`in: ${sentence}`, width, INDENT)) lines.push(paint('dim', line));
  for (const line of wrapOnce(finding.explanation)) lines.push(line);
  if (finding.question) for (const line of wrapOnce(`Ask: ${finding.question}`)) lines.push(line);
}

/** A short label: "unsourced factual claim", "vague source: experts", "loaded language". */
export function labelOf(finding: Finding): string {
  switch (finding.kind) {
    case 'claim': {
      const type = `${finding.claimType} claim`;
      if (finding.sourcing === 'none') return `unsourced ${type}`;
      const by = finding.sourceFindingId ? ` (${finding.sourceFindingId})` : '';
      return `${type}, ${finding.sourcing} source${by}`;
    }
    case 'attribution': {
      const name = finding.sourceName ? `: ${printable(finding.sourceName)}` : '';
      const reason = finding.reason ? ` (reason given: ${printable(finding.reason)})` : '';
      return `${finding.source} source${name}${reason}`;
    }
    case 'rhetoric':
      return finding.technique.replace(/-/g, ' ');
  }
}
