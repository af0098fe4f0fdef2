/**
 * Reads tests/fixtures/sample/north-waziristan-raid.expected.md into rows: the phrases the engine must find,
 * with their family and the subtypes the contract allows.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** One row of the expected file. `subtypes` empty means the row states a prohibition (see `note`). */
export interface SampleRow {
  kind: 'attribution' | 'claim' | 'rhetoric';
  phrases: string[];
  subtypes: string[];
  note: string;
}

const root = resolve(import.meta.dirname, '../..');
const SECTIONS: [RegExp, SampleRow['kind']][] = [
  [/^## Attributions/, 'attribution'],
  [/^## Unsourced/, 'claim'],
  [/^## Loaded rhetoric/, 'rhetoric'],
];

/** The sample article's text. */
export const sampleText = readFileSync(resolve(root, 'samples/north-waziristan-raid.txt'), 'utf8');

/** Parses the expected file's tables. */
export function sampleRows(file = resolve(root, 'tests/fixtures/sample/north-waziristan-raid.expected.md')): SampleRow[] {
  const rows: SampleRow[] = [];
  let kind: SampleRow['kind'] | undefined;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const section = SECTIONS.find(([re]) => re.test(line));
    if (line.startsWith('## ')) kind = section?.[1];
    if (!kind || !line.startsWith('| "')) continue;
    const [phraseCell, typeCell] = line.split('|').slice(1, 3).map((c) => c.trim());
    rows.push({
      kind,
      phrases: [...phraseCell.matchAll(/"([^"]+)"/g)].map((m) => m[1]),
      subtypes: [...typeCell.matchAll(/`([a-z-]+)`/g)].map((m) => m[1]),
      note: typeCell,
    });
  }
  return rows;
}
