/** Enforces the style rules of the house: small files, and a one-line doc comment on every export. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const MAX_LINES = 300;

function walk(dir: string): string[] {
  let out: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out = out.concat(walk(full));
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

const files = ['src', 'popup', 'scripts'].flatMap((d) => walk(join(root, d))).map((f) => relative(root, f));

describe('source files', () => {
  test.each(files)(`%s has at most ${MAX_LINES} lines`, (file) => {
    const lines = readFileSync(join(root, file), 'utf8').split('\n').length;
    expect(lines, `${file} has ${lines} lines: split it where a second job hides inside`).toBeLessThanOrEqual(MAX_LINES);
  });

  test.each(files)('%s has a doc comment on every export', (file) => {
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    const missing: string[] = [];
    lines.forEach((line, i) => {
      if (!/^export\s+(async\s+)?(function|const|class|interface|type|enum|let)\b/.test(line)) return;
      if (/\bfrom\s+['"]/.test(line)) return; // a re-export is documented where it is defined
      // Walk up over decorators/blank-free lines to the comment that should end right above the export.
      const above = lines[i - 1]?.trim() ?? '';
      if (!(above.endsWith('*/') || above.startsWith('//'))) missing.push(`${i + 1}: ${line.trim()}`);
    });
    expect(missing, `exports without a doc comment in ${file}`).toEqual([]);
  });
});
