/** Enforces the rules of the house (DESIGN.md) on the source tree: who may import what, and what may not appear. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

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

/** Every module specifier a file imports or re-exports (static and dynamic). */
function importsOf(file: string): string[] {
  if (file.endsWith('(no files yet)')) return [];
  const src = readFileSync(file, 'utf8');
  const specs: string[] = [];
  for (const m of src.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g)) {
    specs.push(m[1] ?? m[2] ?? m[3]);
  }
  return specs;
}

/** Resolves a relative specifier to a path relative to the repository root; bare specifiers are returned as is. */
function target(file: string, spec: string): string {
  return spec.startsWith('.') ? relative(root, resolve(dirname(file), spec)) : spec;
}

const rel = (f: string) => relative(root, f);

/** Files of a folder, relative to the root; a folder with no files yet still yields one row that passes. */
function filesIn(dir: string): string[] {
  const files = walk(join(root, dir)).map(rel);
  return files.length > 0 ? files : [`${dir} (no files yet)`];
}

describe('src/engine', () => {
  const files = walk(join(root, 'src/engine'));
  test.each(files.map(rel))('%s imports only the engine and wink-nlp', (file) => {
    for (const spec of importsOf(join(root, file))) {
      const t = target(join(root, file), spec);
      const ok = t.startsWith('src/engine') || spec === 'wink-nlp' || spec === 'wink-eng-lite-web-model';
      expect(ok, `${file} imports ${spec}`).toBe(true);
    }
  });
  test.each(files.map(rel))('%s uses no DOM, browser or Node globals', (file) => {
    // Comments may talk about the browser; only code counts.
    const code = readFileSync(join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(/\b(document|window|browser|chrome|process|require)\s*[.(]/);
  });
});

describe('src/report', () => {
  test.each(filesIn('src/report'))('%s imports only engine types and other report modules', (file) => {
    const specs = importsOf(join(root, file));
    const src = specs.length > 0 ? readFileSync(join(root, file), 'utf8') : '';
    for (const spec of specs) {
      const t = target(join(root, file), spec);
      if (t.startsWith('src/report')) continue;
      expect(t.startsWith('src/engine'), `${file} imports ${spec}`).toBe(true);
      const line = src.split('\n').find((l) => l.includes(spec)) ?? '';
      expect(line, `${file} must import only types from ${spec}`).toMatch(/import\s+type\b|export\s+type\b/);
    }
  });
});

describe('src/page', () => {
  test.each(filesIn('src/page'))('%s never imports the popup', (file) => {
    for (const spec of importsOf(join(root, file))) expect(target(join(root, file), spec)).not.toMatch(/^popup/);
  });
});

describe('webextension-polyfill', () => {
  const all = ['src', 'popup'].flatMap((d) => walk(join(root, d)));
  test.each(all.map(rel))('%s does not import webextension-polyfill unless it is in src/platform', (file) => {
    if (file.startsWith('src/platform')) return;
    expect(importsOf(join(root, file))).not.toContain('webextension-polyfill');
  });
});

describe('popup', () => {
  test.each(filesIn('popup'))('%s reaches page and background only through src/messaging', (file) => {
    for (const spec of importsOf(join(root, file))) {
      const t = target(join(root, file), spec);
      expect(t, `${file} imports ${spec}`).not.toMatch(/^src\/(page|background)/);
    }
  });
});

describe('markup from strings', () => {
  const all = ['src', 'popup'].flatMap((d) => walk(join(root, d)));
  test.each(all.map(rel))('%s never turns strings into markup', (file) => {
    const src = readFileSync(join(root, file), 'utf8');
    expect(src).not.toMatch(/\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write\(/);
  });
});
