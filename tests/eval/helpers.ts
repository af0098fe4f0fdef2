/** Hand-made findings and a stand-in analyzer, so the metric code is tested without the real detectors. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Finding, Report } from '../../src/engine/types.ts';
import type { Analyzer } from '../../scripts/eval/analyse.ts';

type Extra = Partial<Finding> & Pick<Finding, 'kind'>;

/** A finding on every occurrence of `word` in `text`, with the given kind-specific fields. */
export function findingsFor(text: string, word: string, extra: Extra): Finding[] {
  const out: Finding[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    out.push({
      id: `f${out.length + 1}`,
      start: at,
      end: at + word.length,
      text: word,
      rule: `test/${word}`,
      confidence: 0.9,
      explanation: 'test',
      inQuote: false,
      ...extra,
    } as Finding);
  }
  return out;
}

/** An analyzer that marks the listed words, as if a detector had found them. */
export function markingAnalyzer(marks: [word: string, extra: Extra][]): Analyzer {
  return (text) =>
    report(
      text,
      marks.flatMap(([word, extra]) => findingsFor(text, word, extra)),
    );
}

/** A minimal report around some findings. */
export function report(text: string, findings: Finding[], score = 50): Report {
  return {
    schemaVersion: 1,
    engine: { name: 'sourcelight', version: 'test' },
    text: { length: text.length, words: text.split(/\s+/).filter(Boolean).length, sentences: 1, language: 'en' },
    findings,
    score: { value: score, grade: 'mixed', components: [] },
  };
}

/** A temporary data folder holding the given files (paths relative to it). */
export function dataFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-eval-'));
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  return dir;
}

/** JSON Lines text from records. */
export function jsonl(records: object[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n');
}
