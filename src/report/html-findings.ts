/** The findings list of the HTML export, grouped by family, each with its sentence, explanation and question. */
import type { Finding } from '../engine/types.ts';
import { escapeHtml } from './escape-html.ts';
import { FAMILY_TEXT, groupByFamily, labelOf } from './families.ts';
import { anchorId, highlightClass } from './html-article.ts';
import type { SentenceSpan } from './sentences.ts';
import { findingNotes } from './summary.ts';

/** The sentence with the finding's words marked, "…" where a long sentence was cut. */
function sentenceHtml(text: string, finding: Finding, sentence: SentenceSpan): string {
  const before = escapeHtml(text.slice(sentence.start, finding.start));
  const after = escapeHtml(text.slice(finding.end, sentence.end));
  const words = `<mark class="${highlightClass(finding)}">${escapeHtml(finding.text)}</mark>`;
  return `${sentence.clippedBefore ? '… ' : ''}${before}${words}${after}${sentence.clippedAfter ? ' …' : ''}`;
}

/** One list entry. */
function findingHtml(text: string, finding: Finding, sentence: SentenceSpan): string {
  const notes = findingNotes(finding).map(escapeHtml).join(' · ');
  const question = finding.question
    ? `\n<p class="question"><strong>Ask:</strong> ${escapeHtml(finding.question)}</p>`
    : '';
  return [
    `<li id="${escapeHtml(anchorId(finding.id))}">`,
    `<p class="what"><span class="fid">${escapeHtml(finding.id)}</span> <span class="label">${escapeHtml(labelOf(finding))}</span> <span class="notes">${notes}</span></p>`,
    `<blockquote>${sentenceHtml(text, finding, sentence)}</blockquote>`,
    `<p class="explanation">${escapeHtml(finding.explanation)}</p>${question}`,
    '</li>',
  ].join('\n');
}

/** All findings, grouped by family under headings, or a sentence saying there are none. */
export function findingsHtml(
  text: string,
  findings: readonly Finding[],
  sentenceOf: (start: number, end: number) => SentenceSpan,
): string {
  const groups = groupByFamily(findings);
  if (groups.length === 0) return '<p>Sourcelight found nothing to annotate in this text.</p>';
  return groups
    .map(({ family, findings: group }) =>
      [
        `<h3>${FAMILY_TEXT[family].heading} (${group.length})</h3>`,
        `<p class="family-note">${escapeHtml(FAMILY_TEXT[family].description)}</p>`,
        '<ol class="findings">',
        ...group.map((f) => findingHtml(text, f, sentenceOf(f.start, f.end))),
        '</ol>',
      ].join('\n'),
    )
    .join('\n');
}
