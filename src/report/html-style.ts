/**
 * The one stylesheet of the HTML export, inline because the file must stand alone (and its CSP allows only
 * inline styles). Each family has its own visual channel, so overlapping findings stay readable: claims
 * colour the background, attributions underline with a border, rhetoric gets a wavy underline.
 */

/** The export's CSS: screen and print. */
export const REPORT_CSS = `
:root { color-scheme: light; --unsourced: #f9d0cd; --weak: #fde7a8; --sourced: #cdeccd; --weak-line: #b7791f;
  --sourced-line: #2f855a; --rhetoric: #6b46c1; --muted: #555; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font: 16px/1.6 Georgia, 'Times New Roman', serif; color: #1a1a1a; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1, h2, h3, .kicker, table, dl, .legend, .what, footer { font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.2rem 0 1rem; }
h2 { font-size: 1.25rem; border-bottom: 2px solid #222; padding-bottom: 0.2rem; margin-top: 2.5rem; }
h3 { font-size: 1.05rem; margin: 1.8rem 0 0.2rem; }
.kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.8rem; color: var(--muted); margin: 0; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 1rem; font-size: 0.9rem; margin: 0; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
.headline { font: 700 2rem/1.2 system-ui, sans-serif; margin: 0.5rem 0 1rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.88rem; }
th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.5rem; border-bottom: 1px solid #ccc; }
th.num, td.num { text-align: right; white-space: nowrap; }
.warning { background: #f3f3f3; padding: 0.5rem 0.75rem; border-left: 4px solid #888; }
.legend { display: flex; flex-wrap: wrap; gap: 0.4rem 1.2rem; list-style: none; padding: 0.6rem 0.8rem; margin: 0 0 1rem;
  font-size: 0.85rem; border: 1px solid #ddd; border-radius: 6px; }
article p { margin: 0 0 1em; }
mark { background: none; color: inherit; padding: 0.05em 0; }
mark.sl-claim-unsourced { background: var(--unsourced); }
mark.sl-claim-weak-source { background: var(--weak); }
mark.sl-claim-sourced { background: var(--sourced); }
mark.sl-attribution-weak-source { border-bottom: 3px dashed var(--weak-line); }
mark.sl-attribution-sourced { border-bottom: 3px solid var(--sourced-line); }
mark.sl-rhetoric { text-decoration: underline wavy var(--rhetoric); text-decoration-thickness: 1.5px; text-underline-offset: 4px; }
sup.ref { font: 600 0.62rem/1 system-ui, sans-serif; margin-left: 1px; }
sup.ref + sup.ref { margin-left: 0.25em; }
sup.ref a { color: var(--muted); text-decoration: none; }
.family-note { color: var(--muted); font-style: italic; margin: 0 0 0.5rem; }
ol.findings { padding-left: 0; list-style: none; }
ol.findings li { margin: 0 0 1.1rem; padding-left: 0.8rem; border-left: 3px solid #ddd; }
.what { margin: 0; font-size: 0.85rem; }
.fid { font-weight: 700; }
.label { font-weight: 600; }
.notes { color: var(--muted); }
blockquote { margin: 0.3rem 0; font-size: 0.95rem; }
.explanation, .question { margin: 0.2rem 0; }
footer { margin-top: 3rem; font-size: 0.8rem; color: var(--muted); border-top: 1px solid #ccc; padding-top: 0.5rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  section + section { break-before: page; }
  h2, h3 { break-after: avoid; }
  ol.findings li, tr, .legend { break-inside: avoid; }
  sup.ref + sup.ref { margin-left: 0.25em; }
sup.ref a { color: #555; }
}
`;
