/**
 * The canonical sample: every row of the "Loaded rhetoric" table in
 * tests/fixtures/sample/north-waziristan-raid.expected.md is found with an accepted technique.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { rhetoricOf } from '../../src/engine/detectors/rhetoric.ts';

const root = resolve(import.meta.dirname, '../..');
const text = readFileSync(resolve(root, 'samples/north-waziristan-raid.txt'), 'utf8');
const expected = readFileSync(resolve(root, 'tests/fixtures/sample/north-waziristan-raid.expected.md'), 'utf8');

/** Rows of the "Loaded rhetoric" table: the phrase and the techniques it may be reported as. */
function rhetoricRows(markdown: string): [string, string[]][] {
  const section = markdown.split('## Loaded rhetoric')[1]?.split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .map((line) => /^\|\s*"(.+?)"\s*\|(.+)\|\s*$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [m[1], [...m[2].matchAll(/`([a-z-]+)`/g)].map((t) => t[1])]);
}

const rows = rhetoricRows(expected);
const findings = rhetoricOf(text);

describe('the sample article', () => {
  test('the table has its eleven rows', () => expect(rows.length).toBe(11));

  test.each(rows)('"%s" is reported as %j', (phrase, techniques) => {
    const start = text.replace(/\u2019/g, "'").indexOf(phrase.replace(/\u2019/g, "'"));
    expect(start, `phrase not in the sample: ${phrase}`).toBeGreaterThanOrEqual(0);
    const end = start + phrase.length;
    const hits = findings.filter((f) => f.start < end && start < f.end && techniques.includes(f.technique));
    expect(hits.length, JSON.stringify(findings.filter((f) => f.start < end && start < f.end))).toBeGreaterThan(0);
  });

  test('every finding has exact offsets and the author’s voice (the sample quotes nobody)', () => {
    for (const f of findings) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.inQuote).toBe(false);
    }
  });
});
