/**
 * Offsets: for every finding over every fixture, text.slice(start, end) === finding.text, the span is not
 * empty, findings are sorted, ids are unique, and a claim's sourceFindingId points at an attribution.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractArticleFromHtml } from '../../src/cli/extract-html.ts';
import { analyze } from '../../src/engine/analyze.ts';
import type { LinkSpan } from '../../src/engine/types.ts';
import { sampleText } from './sample-rows.ts';
import { newsPages, sharedData } from './shared-data.ts';

const root = resolve(import.meta.dirname, '../..');

/** The HTML fixtures of the repository, extracted as the CLI extracts them. */
function htmlFixtures(): [string, string, LinkSpan[]][] {
  return ['tests/fixtures/pages', 'tests/fixtures/cli'].flatMap((dir) =>
    readdirSync(resolve(root, dir))
      .filter((f) => f.endsWith('.html'))
      .map((f) => {
        const article = extractArticleFromHtml(readFileSync(resolve(root, dir, f), 'utf8'));
        return [`${dir}/${f}`, article.text, article.links] as [string, string, LinkSpan[]];
      }),
  );
}

const tricky: [string, string, LinkSpan[]][] = [
  ['emoji and astral characters', '🚀 Officials said 😀 the 𝒳 launch failed, according to field reports. “It is over,” he said. 🎉', []],
  ['CRLF and tabs', 'Experts say\r\nthe dam\tis unsafe.\r\n\r\nIt is believed that 40 people died.', []],
  ['white space wink drops', '\u2028Officials said\u3000the vote\ufeff was reportedly rigged.\u2029Critics argue it was not.', []],
  ['curly, straight and guillemet quotes', '«We will win», said Ana Costa. "They lied," the senator said. ‘Never,’ she added.', []],
  ['a link', 'The council published its figures on Monday, showing 40 deaths.', [{ start: 22, end: 33, href: 'https://example.org' }]],
];

const fixtures: [string, string, LinkSpan[]][] = [['the sample', sampleText, []], ...htmlFixtures(), ...tricky];
const data = sharedData();
if (data) for (const p of newsPages(data)) fixtures.push([`news page ${p.file}`, p.text, p.links]);

describe('every finding sits exactly on its words', () => {
  test.each(fixtures)('%s', (_name, text, links) => {
    const { findings } = analyze(text, { links });
    const ids = new Set<string>();
    let previous = -1;
    for (const f of findings) {
      expect(text.slice(f.start, f.end), `${f.id} ${f.rule}`).toBe(f.text);
      expect(f.end).toBeGreaterThan(f.start);
      expect(f.start).toBeGreaterThanOrEqual(previous);
      previous = f.start;
      expect(ids.has(f.id)).toBe(false);
      ids.add(f.id);
      expect(f.confidence).toBeGreaterThanOrEqual(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
      expect(f.explanation.length).toBeGreaterThan(20);
    }
    for (const f of findings) {
      if (f.kind !== 'claim' || !f.sourceFindingId) continue;
      expect(findings.find((g) => g.id === f.sourceFindingId)?.kind).toBe('attribution');
    }
  });
});
