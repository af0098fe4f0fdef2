/** The terminal report: what a person reads after `sourcelight analyze FILE`. */
import type { Report, ScoreComponent } from '../engine/types.ts';
import { type Paint, painter, printable } from './ansi.ts';
import type { PageMeta } from './page-meta.ts';
import { findingSections } from './text-findings.ts';
import { wrap } from './wrap.ts';

/** What the terminal report needs besides the report itself. */
export interface TextReportOptions {
  /** The analysed text, to show each finding in its sentence. */
  text: string;
  page?: PageMeta;
  color?: boolean;
  /** Line width to wrap at. */
  width?: number;
}

const BAR_WIDTH = 20;

/** Renders the report as plain lines (ANSI-coloured by family when `color` is on). */
export function toTerminalText(report: Report, options: TextReportOptions): string {
  const paint = painter(options.color ?? false);
  const width = Math.max(60, Math.min(options.width ?? 100, 120));
  const lines = [
    ...header(report, options.page, paint),
    '',
    ...scoreLines(report, paint, width),
    '',
    ...wrap(summary(report), width, ''),
  ];
  // Joined in two parts, not spread into one array: the findings' lines are most of a long report's lines.
  return `${lines.join('\n')}\n${sectionsText(findingSections(report, options.text, paint, width))}`;
}

function header(report: Report, page: PageMeta | undefined, paint: Paint): string[] {
  const lines = [paint('bold', `Sourcelight ${report.engine.version} · sourcing report`)];
  if (page?.title) lines.push(paint('bold', printable(page.title)));
  // A site often names itself as the byline ("BBC News · BBC News"): show each piece once.
  const about = [...new Set([page?.byline, page?.siteName, page?.published])].filter((v): v is string => Boolean(v));
  if (about.length > 0) lines.push(printable(about.join(' · ')));
  if (page?.url) lines.push(paint('dim', printable(page.url)));
  const { words, sentences } = report.text;
  lines.push(paint('dim', `${words} ${plural(words, 'word')}, ${sentences} ${plural(sentences, 'sentence')}`));
  return lines;
}

function scoreLines(report: Report, paint: Paint, width: number): string[] {
  const { value, grade, components } = report.score;
  const lines = [`${paint('bold', 'Sourcing score')}  ${paint('bold', `${value}/100`)}  ${grade}`];
  const labelWidth = Math.min(44, Math.max(0, ...components.map((c) => c.label.length)));
  for (const component of components) lines.push(...componentLines(component, labelWidth, paint, width));
  return lines;
}

/** One bar per component: the points it earns out of its published weight, and why. */
function componentLines(component: ScoreComponent, labelWidth: number, paint: Paint, width: number): string[] {
  const share = Math.min(1, Math.max(0, component.value));
  const filled = Math.round(share * BAR_WIDTH);
  const bar = paint('green', '█'.repeat(filled)) + paint('dim', '░'.repeat(BAR_WIDTH - filled));
  const points = `${round1(share * component.weight)}/${component.weight}`;
  const label = component.label.length > labelWidth ? `${component.label.slice(0, labelWidth - 1)}…` : component.label;
  const lines = [`  ${label.padEnd(labelWidth)}  ${bar}  ${points}`];
  if (component.detail) lines.push(...wrap(component.detail, width, '    ').map((l) => paint('dim', l)));
  return lines;
}

/** One sentence a reader can repeat: how much is claimed, how much of it is sourced, how much argues. */
export function summary(report: Report): string {
  const claims = report.findings.filter((f) => f.kind === 'claim');
  const unsourced = claims.filter((c) => c.sourcing === 'none').length;
  const weak = claims.filter((c) => c.sourcing === 'anonymous' || c.sourcing === 'vague').length;
  const sources = report.findings.filter((f) => f.kind === 'attribution').length;
  const rhetoric = report.findings.filter((f) => f.kind === 'rhetoric');
  const quoted = rhetoric.filter((f) => f.inQuote).length;
  if (report.findings.length === 0) return 'In short: no claims, sources or loaded wording were found in this text.';
  const parts = [
    `${claims.length} ${plural(claims.length, 'claim')} (${unsourced} with no source, ${weak} resting on anonymous or vague sources)`,
    `${sources} ${plural(sources, 'phrase')} naming where information comes from`,
    `${rhetoric.length} ${plural(rhetoric.length, 'wording flag')}${quoted > 0 ? ` (${quoted} inside quotes)` : ''}`,
  ];
  return `In short: ${parts.join('; ')}.`;
}

/** "word" or "words". */
export function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}

function round1(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** The findings' lines, each ending its line ('' when there are none). */
function sectionsText(lines: string[]): string {
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
