/**
 * Reads a word list of the data folder's lexicons/ (MIT) at run time, for the baselines only: the lists are
 * measured against, never copied into the project.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The entries of lexicons/<file>, lower-cased, without '#' comment lines and blanks. */
export function readLexicon(dataDir: string, file: string): Set<string> {
  const path = join(dataDir, 'lexicons', file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`the baseline needs ${path}, which cannot be read`);
  }
  return new Set(
    text
      .split(/\r?\n/)
      .map((line) => line.trim().toLowerCase())
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
}
