/** The header and score parts of the HTML export: page metadata, the score, and its breakdown table. */
import type { Report } from '../engine/types.ts';
import { escapeHtml } from './escape-html.ts';
import { anchorId } from './html-article.ts';
import { displayTimestamp } from './meta.ts';
import { scoreHeadline, scoreRows } from './summary.ts';
import type { ReportMeta } from './types.ts';

/** Title and metadata as a definition list; the URL is shown as text, never a link (no external resources). */
export function headerHtml(meta: ReportMeta, report: Report, now: Date): string {
  const rows: [string, string | undefined][] = [
    ['Page', meta.url ?? 'pasted text'],
    ['Site', meta.siteName],
    ['By', meta.byline],
    ['Published', meta.published],
    ['Analysed', `${displayTimestamp(now)} by Sourcelight ${report.engine.version}`],
  ];
  const list = rows
    .filter((row): row is [string, string] => Boolean(row[1]))
    .map(([label, value]) => `<dt>${label}</dt><dd>${escapeHtml(value)}</dd>`)
    .join('\n');
  return [
    '<header>',
    '<p class="kicker">Sourcelight report</p>',
    `<h1>${escapeHtml(meta.title ?? 'Untitled text')}</h1>`,
    `<dl class="meta">\n${list}\n</dl>`,
    '</header>',
  ].join('\n');
}

/** The score, one table row per component (points earned, why, which findings), and any warnings. */
export function scoreHtml(report: Report): string {
  const rows = scoreRows(report.score).map((row) => {
    const ids = row.findingIds.map((id) => `<a href="#${escapeHtml(anchorId(id))}">${escapeHtml(id)}</a>`).join(', ');
    return `<tr><td>${escapeHtml(row.label)}</td><td class="num">${row.earned} of ${row.weight}</td><td>${escapeHtml(row.detail)}</td><td>${ids}</td></tr>`;
  });
  const table =
    rows.length > 0
      ? `<table>\n<thead><tr><th>Component</th><th class="num">Points</th><th>Why</th><th>Findings</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`
      : '';
  const warnings = (report.warnings ?? []).map((w) => `<p class="warning"><strong>Note:</strong> ${escapeHtml(w)}</p>`);
  return [
    '<section class="score">',
    '<h2>Sourcing score</h2>',
    `<p class="headline grade-${escapeHtml(report.score.grade)}">${escapeHtml(scoreHeadline(report.score))}</p>`,
    table,
    ...warnings,
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
}
