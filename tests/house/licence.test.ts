/**
 * The labelled data beside the repository is for measuring only: no project file may repeat six words of it
 * in a row (test sentences, lexicon examples and comments are written in our own words). Also checks that the
 * check itself finds a copied clause and lets a stock phrase through.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectTextFiles } from '../../scripts/licence/project-files.ts';
import { dataTexts, runsOf, sharedWording } from '../../scripts/licence/shared-wording.ts';
import { isStock } from '../../scripts/licence/stock-phrases.ts';

const root = resolve(import.meta.dirname, '../..');
const dataDir = process.env.SOURCELIGHT_DATA ?? resolve(root, '../shared/data');

describe('the wording check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-licence-'));
  const file = join(dir, 'example.ts');
  writeFileSync(file, "const row = 'The ferry to Lundy was cancelled twice in May, the harbour master said.';\n");

  test('finds six words in a row that the data holds, with file and line', () => {
    const data = ['Last spring the ferry to Lundy was cancelled twice in May because of fog.'];
    expect(sharedWording([file], data, () => false, dir)).toEqual([
      { file: 'example.ts', line: 1, words: 'the ferry to lundy was cancelled' },
      { file: 'example.ts', line: 1, words: 'ferry to lundy was cancelled twice' },
      { file: 'example.ts', line: 1, words: 'to lundy was cancelled twice in' },
      { file: 'example.ts', line: 1, words: 'lundy was cancelled twice in may' },
    ]);
  });

  test('lets allowed runs and five-word overlaps through', () => {
    const data = ['the ferry to Lundy was late', 'harbour master said on Friday'];
    expect(sharedWording([file], data, () => false, dir)).toEqual([]);
    const inFerryPhrase = (run: string) => run.includes('ferry to lundy was cancelled');
    expect(sharedWording([file], ['the ferry to Lundy was cancelled twice in May'], inFerryPhrase, dir)).toEqual([
      { file: 'example.ts', line: 1, words: 'to lundy was cancelled twice in' },
      { file: 'example.ts', line: 1, words: 'lundy was cancelled twice in may' },
    ]);
  });

  test('reads curly and straight apostrophes as one', () => {
    expect(runsOf('We’re told the pier will reopen soon')).toEqual(runsOf("We're told the pier will reopen soon"));
  });

  test('a run holding a stock phrase is stock; a run of the same words without it is not', () => {
    expect(isStock('officials did not respond to a request for comment')).toBe(true);
    expect(isStock('did not respond to a request')).toBe(true);
    expect(isStock('officials did not respond to the letters')).toBe(false);
  });
});

describe('the project shares no wording with the development data', () => {
  test.skipIf(!existsSync(dataDir))(
    `no six-word run of ${dataDir} appears in the project`,
    () => {
      const shared = sharedWording(projectTextFiles(root), dataTexts(dataDir), isStock, root);
      expect(shared.map((s) => `${s.file}:${s.line}: ${s.words}`)).toEqual([]);
    },
    120_000,
  );
});
