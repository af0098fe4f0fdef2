/** Exports a report as Markdown for sharing and lesson notes: page, score with breakdown, findings by family. */
import type { Finding } from '../engine/types.ts';
import { checkInput } from './check-input.ts';
import { dismissedMarkdown } from './dismissed.ts';
import {
  escapeMarkdown,
  escapeMarkdownInline,
  escapeMarkdownLine,
  guardLineStart,
  markdownUrl,
} from './escape-markdown.ts';
import { FAMILY_TEXT, groupByFamily, labelOf } from './families.ts';
import { cleanMeta, displayTimestamp } from './meta.ts';
import { type SentenceSpan, sentenceFinder } from './sentences.ts';
import { findingNotes, scoreHeadline, scoreRows } from './summary.ts';
import type { ExportInput, ReportMeta } from './types.ts';

/** The header: title, then one bullet per piece of page metadata that is known. */
function header(meta: ReportMeta, engineVersion: string, now: Date): string[] {
  const lines = [`# Sourcelight report: ${meta.title ? escapeMarkdown(meta.title) : 'untitled text'}`, ''];
  const field = (label: string, value: string | undefined) => {
    if (value) lines.push(`- **${label}:** ${escapeMarkdown(value)}`);
  };
  lines.push(`- **Page:** ${meta.url ? markdownUrl(meta.url) : 'pasted text'}`);
  field('Site', meta.siteName);
  field('By', meta.byline);
  field('Published', meta.published);
  lines.push(`- **Analysed:** ${displayTimestamp(now)} by Sourcelight ${escapeMarkdown(engineVersion)}`, '');
  return lines;
}

/** The score and a table of its components, each with the points it earned and the findings behind it. */
function scoreSection({ report }: ExportInput): string[] {
  const lines = [`## Sourcing score: ${scoreHeadline(report.score)}`, ''];
  const rows = scoreRows(report.score);
  if (rows.length > 0) {
    lines.push('| Component | Points | Why | Findings |', '|---|---:|---|---|');
    for (const row of rows) {
      const cells = [escapeMarkdown(row.label), `${row.earned} of ${row.weight}`, escapeMarkdown(row.detail)];
      lines.push(`| ${cells.join(' | ')} | ${row.findingIds.map(escapeMarkdown).join(', ')} |`);
    }
    lines.push('');
  }
  for (const warning of report.warnings ?? []) lines.push(`> **Note:** ${escapeMarkdown(warning)}`, '');
  return lines;
}

/** The sentence as a blockquote line with the finding's words in bold, "…" where a long sentence was cut. */
function quotedSentence(text: string, finding: Finding, sentence: SentenceSpan): string {
  const span = finding.text.trim();
  const spanStart = finding.start + finding.text.indexOf(span);
  const before = text.slice(sentence.start, spanStart);
  const after = text.slice(spanStart + span.length, sentence.end);
  const line = `${sentence.clippedBefore ? '… ' : ''}${escapeMarkdownInline(before)}**${escapeMarkdownInline(span)}**${escapeMarkdownInline(after)}${sentence.clippedAfter ? ' …' : ''}`;
  return `  > ${guardLineStart(line.trim())}`;
}

/** One finding: id, label and notes, its sentence, explanation and question. */
function findingItem(text: string, finding: Finding, sentence: SentenceSpan): string[] {
  const notes = findingNotes(finding).map(escapeMarkdown).join(' · ');
  const lines = [`- **${escapeMarkdown(finding.id)}** · ${escapeMarkdown(labelOf(finding))} · ${notes}`];
  lines.push(quotedSentence(text, finding, sentence), '');
  lines.push(`  ${escapeMarkdownLine(finding.explanation)}`);
  if (finding.question) lines.push('', `  *Ask:* ${escapeMarkdown(finding.question)}`);
  lines.push('');
  return lines;
}

/** The report as a Markdown document (CommonMark with a GitHub-style table), ending in a newline. */
export function toMarkdown(input: ExportInput, now = new Date()): string {
  checkInput(input);
  const { report, text } = input;
  const lines = [...header(cleanMeta(input.meta), report.engine.version, now), ...scoreSection(input)];
  lines.push('## Findings', '');
  const groups = groupByFamily(report.findings);
  if (groups.length === 0) lines.push('Sourcelight found nothing to annotate in this text.', '');
  const sentenceOf = sentenceFinder(text);
  for (const { family, findings } of groups) {
    lines.push(
      `### ${FAMILY_TEXT[family].heading} (${findings.length})`,
      '',
      `*${FAMILY_TEXT[family].description}*`,
      '',
    );
    for (const f of findings) lines.push(...findingItem(text, f, sentenceOf(f.start, f.end)));
  }
  lines.push(...dismissedMarkdown(input.dismissed));
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
