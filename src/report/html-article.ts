/** The annotated article for the HTML export: paragraphs of escaped text with findings highlighted inline. */
import type { Finding } from '../engine/types.ts';
import { escapeHtml } from './escape-html.ts';
import { familyOf, labelOf } from './families.ts';
import { segmentText } from './segments.ts';

/** The CSS class of a finding's highlight: its kind and family, since a claim and its source may overlap. */
export function highlightClass(finding: Finding): string {
  return finding.kind === 'rhetoric' ? 'sl-rhetoric' : `sl-${finding.kind}-${familyOf(finding)}`;
}

/** The id of a finding's entry in the findings list; prefixed so page-made ids cannot clash with ours. */
export function anchorId(findingId: string): string {
  return `finding-${findingId}`;
}

/** Paragraph spans: blocks separated by blank lines, or by single newlines when the text has no blank line. */
function paragraphs(text: string): { start: number; end: number }[] {
  const separator = /\n[^\S\n]*\n/.test(text) ? /\n\s*\n/g : /\n+/g;
  const bounds = [0];
  for (const match of text.matchAll(separator)) bounds.push(match.index, match.index + match[0].length);
  bounds.push(text.length);
  const spans: { start: number; end: number }[] = [];
  for (let i = 0; i < bounds.length; i += 2) {
    let [start, end] = [bounds[i], bounds[i + 1]];
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) spans.push({ start, end });
  }
  return spans;
}

/** The opening tag of a highlight covering `findings`: every class that applies, and a tooltip naming them. */
function markOpen(findings: Finding[]): string {
  const classes = [...new Set(findings.map(highlightClass))].join(' ');
  const title = findings.map((f) => `${f.id}: ${labelOf(f)}`).join('; ');
  return `<mark class="${classes}" title="${escapeHtml(title)}">`;
}

/** A small reference after a finding's last word, linking to its entry in the list. */
function marker(finding: Finding): string {
  return `<sup class="ref"><a href="#${escapeHtml(anchorId(finding.id))}">${escapeHtml(finding.id)}</a></sup>`;
}

/** The article as HTML paragraphs; every character of page text is escaped. */
export function articleHtml(text: string, findings: readonly Finding[]): string {
  const blocks = paragraphs(text);
  const segments = segmentText(
    text.length,
    findings,
    blocks.flatMap((b) => [b.start, b.end]),
  );
  const byEnd = [...findings].sort((a, b) => a.end - b.end || a.start - b.start);
  let nextEnd = 0;
  const out: string[] = [];
  let s = 0;
  for (const block of blocks) {
    const parts: string[] = [];
    while (s < segments.length && segments[s].start < block.end) {
      const segment = segments[s++];
      if (segment.start < block.start) continue; // whitespace between paragraphs
      // A finding that ended in the whitespace between paragraphs gets its reference here, not lost.
      while (nextEnd < byEnd.length && byEnd[nextEnd].end <= segment.start) parts.push(marker(byEnd[nextEnd++]));
      const words = escapeHtml(text.slice(segment.start, segment.end));
      parts.push(segment.findings.length > 0 ? `${markOpen(segment.findings)}${words}</mark>` : words);
      while (nextEnd < byEnd.length && byEnd[nextEnd].end <= segment.end) parts.push(marker(byEnd[nextEnd++]));
    }
    out.push(`<p>${parts.join('')}</p>`);
  }
  return out.join('\n');
}
