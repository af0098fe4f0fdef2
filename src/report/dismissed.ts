/**
 * The findings a reader dismissed, as the exports record them: apart from the findings that count, each with
 * its reason, so a teacher or editor reading the file sees both what Sourcelight flagged and what the reader
 * set aside and why.
 */
import { escapeHtml } from './escape-html.ts';
import { escapeMarkdown, escapeMarkdownInline } from './escape-markdown.ts';
import { labelOf } from './families.ts';
import type { DismissedFinding, DismissReason } from './types.ts';

/** Each reason in the words of an export. */
export const DISMISS_REASON_TEXT: Record<DismissReason, string> = {
  'not-loaded': 'not loaded here',
  'named-elsewhere': 'the source is named elsewhere in the article',
  'not-a-claim': 'not a claim',
  other: 'another reason',
};

/** The reason as one line: its words, then the reader's note when there is one. */
export function reasonText(dismissed: DismissedFinding): string {
  const reason = DISMISS_REASON_TEXT[dismissed.reason] ?? dismissed.reason;
  return dismissed.note ? `${reason}: ${dismissed.note}` : reason;
}

const INTRO = 'The reader dismissed these findings: they are not highlighted and do not count in the score above.';

/** The Markdown section, or nothing when the reader dismissed nothing. */
export function dismissedMarkdown(dismissed: readonly DismissedFinding[] | undefined): string[] {
  if (!dismissed?.length) return [];
  const lines = [`## Dismissed by the reader (${dismissed.length})`, '', `*${INTRO}*`, ''];
  for (const d of dismissed) {
    const { finding } = d;
    lines.push(
      `- **${escapeMarkdown(finding.id)}** · ${escapeMarkdown(labelOf(finding))} · “${escapeMarkdownInline(finding.text)}” · dismissed: ${escapeMarkdown(reasonText(d))}`,
    );
  }
  lines.push('');
  return lines;
}

/** The HTML section, or '' when the reader dismissed nothing. */
export function dismissedHtml(dismissed: readonly DismissedFinding[] | undefined): string {
  if (!dismissed?.length) return '';
  const items = dismissed.map(
    (d) =>
      `<li><span class="fid">${escapeHtml(d.finding.id)}</span> <span class="label">${escapeHtml(labelOf(d.finding))}</span> “${escapeHtml(d.finding.text)}” <em>dismissed: ${escapeHtml(reasonText(d))}</em></li>`,
  );
  return [
    '<section class="dismissed">',
    `<h2>Dismissed by the reader (${dismissed.length})</h2>`,
    `<p class="family-note">${INTRO}</p>`,
    '<ul>',
    ...items,
    '</ul>',
    '</section>',
  ].join('\n');
}
