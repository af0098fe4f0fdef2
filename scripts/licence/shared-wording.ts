/**
 * Finds wording the project shares with the labelled development data in ../shared/data: every run of
 * SHARED_RUN words that appears both in a project file and in the data. The data is for measuring only
 * (its licences forbid copying), so a test sentence, lexicon example or comment that repeats one of its
 * sentences must be rewritten in our own words. Six words catch a copied clause while letting through the
 * few stock phrases every news text shares (listed, with why, in stock-phrases.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** How many words in a row make a shared run: enough to be a copied clause rather than common English. */
export const SHARED_RUN = 6;

/** One place where a project file repeats the data's wording. */
export interface SharedRun {
  file: string;
  line: number;
  words: string;
}

// A word may hold an apostrophe ("we're") but not begin or end with one: code quotes its strings with them.
const WORD = /[a-z0-9]+(?:'[a-z0-9]+)*/g;

/** The text's words, lower-cased, curly apostrophes made straight, so "We’re" and "we're" are one word. */
export function wordsOf(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .match(WORD) ?? []
  );
}

/** Every run of SHARED_RUN consecutive words in the text, joined by single spaces. */
export function runsOf(text: string): string[] {
  const words = wordsOf(text);
  const runs: string[] = [];
  for (let i = 0; i + SHARED_RUN <= words.length; i++) runs.push(words.slice(i, i + SHARED_RUN).join(' '));
  return runs;
}

/** Files under `dir` (recursively) whose names end in one of `endings`, skipping node_modules and dot folders. */
export function filesUnder(dir: string, endings: readonly string[]): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...filesUnder(path, endings));
    else if (endings.some((e) => name.endsWith(e))) found.push(path);
  }
  return found;
}

/** Every string value inside a parsed JSON value (the data's records keep their text in different fields). */
function stringsIn(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsIn(v, into);
}

/** The data's texts: each JSONL record's strings (a malformed line is read as plain text), each expected page text. */
export function dataTexts(dataDir: string): Iterable<string> {
  const files = filesUnder(dataDir, ['.jsonl', '.expected.txt', '.expected.html']);
  return (function* () {
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      if (!file.endsWith('.jsonl')) {
        yield text;
        continue;
      }
      for (const line of text.split('\n')) {
        if (!line.trim()) continue;
        const strings: string[] = [];
        try {
          stringsIn(JSON.parse(line), strings);
        } catch {
          strings.push(line);
        }
        yield strings.join('\n');
      }
    }
  })();
}

/**
 * The runs of words that project files share with the data, except those `allowed` lets through (stock
 * phrases). The project's runs are indexed first (they are few), then the data is streamed past them, so
 * memory stays small.
 */
export function sharedWording(
  projectFiles: readonly string[],
  data: Iterable<string>,
  allowed: (run: string) => boolean,
  root = process.cwd(),
): SharedRun[] {
  const where = new Map<string, SharedRun[]>();
  for (const file of projectFiles) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((text, i) => {
      for (const words of runsOf(text)) {
        if (allowed(words)) continue;
        const at = where.get(words) ?? [];
        at.push({ file: relative(root, file), line: i + 1, words });
        where.set(words, at);
      }
    });
  }
  const found = new Map<string, SharedRun[]>();
  for (const text of data) {
    for (const words of runsOf(text)) {
      const at = where.get(words);
      if (at) found.set(words, at);
    }
  }
  return [...found.values()].flat().sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
