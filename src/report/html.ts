/**
 * Exports a report as one self-contained, printable HTML file: no script, no external resource of any kind
 * (a Content-Security-Policy that allows only inline styles makes sure), and every piece of page text escaped.
 */
import { checkInput } from './check-input.ts';
import { dismissedHtml } from './dismissed.ts';
import { escapeHtml } from './escape-html.ts';
import { articleHtml } from './html-article.ts';
import { findingsHtml } from './html-findings.ts';
import { headerHtml, scoreHtml } from './html-score.ts';
import { REPORT_CSS } from './html-style.ts';
import { cleanMeta } from './meta.ts';
import { sentenceFinder } from './sentences.ts';
import type { ExportInput } from './types.ts';

const CSP = "default-src 'none'; style-src 'unsafe-inline'";

/** The legend: one sample of each highlight style. */
const LEGEND = [
  ['sl-claim-unsourced', 'claim with no source'],
  ['sl-claim-weak-source', 'claim resting on an anonymous or vague source'],
  ['sl-claim-sourced', 'claim with a named or document source'],
  ['sl-attribution-weak-source', 'anonymous or vague source'],
  ['sl-attribution-sourced', 'named or document source'],
  ['sl-rhetoric', 'rhetoric'],
]
  .map(([cls, text]) => `<li><mark class="${cls}">${text}</mark></li>`)
  .concat('<li><sup class="ref">f1</sup> number of the finding in the list</li>')
  .join('\n');

/** The report as a complete HTML document, ending in a newline. */
export function toHtml(input: ExportInput, now = new Date()): string {
  checkInput(input);
  const { report, text } = input;
  const meta = cleanMeta(input.meta);
  const title = `Sourcelight report: ${meta.title ?? 'untitled text'}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Sourcelight ${escapeHtml(report.engine.version)}">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${headerHtml(meta, report, now)}
${scoreHtml(report)}
<section class="article">
<h2>The text, annotated</h2>
<ul class="legend">
${LEGEND}
</ul>
<article>
${articleHtml(text, report.findings)}
</article>
</section>
<section class="findings">
<h2>Findings (${report.findings.length})</h2>
${findingsHtml(text, report.findings, sentenceFinder(text))}
</section>${input.dismissed?.length ? `\n${dismissedHtml(input.dismissed)}` : ''}
<footer>Made by Sourcelight on the reader's own machine: no text of the page was sent anywhere. Highlights mark where
information comes from and how it is worded; they are prompts for a careful reader, not verdicts.</footer>
</body>
</html>
`;
}
