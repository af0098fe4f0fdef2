/**
 * The rules of the house (DESIGN.md), for the extension pages and the modules they brought: small files with a
 * doc comment on every export, no markup from strings, the background reached only through src/messaging, and
 * the glossary, settings and i18n modules free of UI code.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { copyPageAssets, PAGE_ENTRIES, PAGE_NAMES, PAGE_TEMPLATE } from '../../pages/build-entries.ts';
import { ROOT } from './setup.ts';

function walk(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return walk(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every module a file imports, resolved to a path from the root when relative. */
function importsOf(file: string): string[] {
  const src = readFileSync(join(ROOT, file), 'utf8');
  return [
    ...src.matchAll(
      /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g,
    ),
  ]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .map((spec) => (spec.startsWith('.') ? relative(ROOT, resolve(dirname(join(ROOT, file)), spec)) : spec));
}

const pages = walk('pages');
const modules = ['src/i18n', 'src/settings', 'src/glossary'].flatMap(walk);

describe.each([...pages, ...modules])('%s', (file) => {
  const src = readFileSync(join(ROOT, file), 'utf8');
  const lines = src.split('\n');

  test('has at most 300 lines', () => {
    expect(lines.length).toBeLessThanOrEqual(300);
  });

  test('has a doc comment on every export', () => {
    const missing = lines.filter((line, i) => {
      if (!/^export\s+(async\s+)?(function|const|class|interface|type|enum|let)\b/.test(line)) return false;
      const above = lines[i - 1]?.trim() ?? '';
      return !(above.endsWith('*/') || above.startsWith('//'));
    });
    expect(missing).toEqual([]);
  });

  test('never turns strings into markup', () => {
    expect(src).not.toMatch(
      /\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write\(/,
    );
  });

  test('reaches the background only through src/messaging, and the browser only through src/platform', () => {
    for (const target of importsOf(file)) {
      expect(target, `${file} imports ${target}`).not.toMatch(/^src\/background/);
      expect(target).not.toBe('webextension-polyfill');
    }
  });
});

describe.each(modules)('%s', (file) => {
  test('holds no UI: no Preact, no page code, no popup', () => {
    for (const target of importsOf(file))
      expect(target, `${file} imports ${target}`).not.toMatch(/^(preact|@preact|popup|pages|src\/page)\b/);
  });
});

test('every page is in the build, and the page template loads its script and the shared look', () => {
  expect(PAGE_NAMES).toEqual(['analyse', 'compare', 'glossary', 'options', 'teach']);
  for (const page of PAGE_NAMES) expect(existsSync(join(ROOT, PAGE_ENTRIES[page])), page).toBe(true);
  const html = readFileSync(join(ROOT, PAGE_TEMPLATE), 'utf8');
  expect(html).toContain('<script src="{{page}}.js"></script>');
  expect(html).toMatch(/href="popup\.css"[\s\S]*href="pages\.css"/);
  expect(html).toContain('<meta name="color-scheme" content="light dark" />');
});

test('the build writes each page at the root of the extension, with the messages', () => {
  const out = mkdtempSync(join(tmpdir(), 'sourcelight-pages-assets-'));
  try {
    copyPageAssets(ROOT, out);
    for (const page of PAGE_NAMES)
      expect(readFileSync(join(out, `${page}.html`), 'utf8')).toContain(`<script src="${page}.js"></script>`);
    expect(existsSync(join(out, 'pages.css'))).toBe(true);
    expect(existsSync(join(out, '_locales/en/messages.json'))).toBe(true);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
