/**
 * A news page with a huge data table under a short article (an election results page, a price list): the
 * extraction walks and snapshots every cell, so it must stay time-sliced, and the table must not drown the
 * article. Every name and number is invented.
 */
import { longArticleParagraphs } from './long-article.ts';

const DISTRICTS = ['North Vale', 'East Marsh', 'Old Town', 'Riverside', 'Hill Park', 'Quayside', 'Millbrook', 'Southgate'];

/** The page's HTML with `rows` table rows. */
export function hugeTablePage(rows: number): string {
  const body = longArticleParagraphs(600).join('\n');
  const cells: string[] = [];
  for (let i = 0; i < rows; i++) {
    const district = DISTRICTS[i % DISTRICTS.length];
    cells.push(`<tr><td>${district} ${Math.floor(i / DISTRICTS.length) + 1}</td><td>${(i * 37) % 5000}</td><td>${(i * 53) % 4000}</td><td>${((i * 7) % 100) / 10} percent</td><td>Counted</td></tr>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council results in full (${rows} polling stations)</title>
<link rel="stylesheet" href="/pages/styles/news.css"></head><body class="harbour">
<header class="masthead"><a class="brand" href="/">The Harbour Daily</a></header>
<div class="layout"><main><article><h1>Council results in full</h1><div class="byline">By <span class="author">Data Desk</span></div>
${body}
<table class="results"><thead><tr><th>Polling station</th><th>Votes for</th><th>Votes against</th><th>Turnout change</th><th>Status</th></tr></thead>
<tbody>${cells.join('')}</tbody></table></article></main></div></body></html>`;
}
