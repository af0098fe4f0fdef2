/**
 * _locales/en/messages.json, the one file a translation replaces: every entry well formed for both browsers,
 * every key used by the code (and every key the code uses present), every plural complete, and the manifest's
 * __MSG_ names all defined.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ENTRY_FIELDS, entryMessageKey, GLOSSARY } from '../../src/glossary/index.ts';
import { ENGLISH, ROOT } from '../pages/setup.ts';

const keys = Object.keys(ENGLISH);

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
    return /\.(tsx?|json|html)$/.test(name) ? [path] : [];
  });
}

/** Everything that may name a message: the pages, the popup, the card, the background, the modules they use, and the manifest. */
const code = ['pages', 'popup', 'src/page', 'src/background', 'src/messaging', 'src/teach', 'src/i18n', 'src/settings', 'src/glossary']
  .flatMap(sources)
  .concat('manifest.json')
  .map((path) => readFileSync(join(ROOT, path), 'utf8'))
  .join('\n');
const glossaryKeys = new Set(GLOSSARY.flatMap((entry) => ENTRY_FIELDS.map((field) => entryMessageKey(entry, field))));

describe('every entry', () => {
  test.each(keys)('%s is well formed', (key) => {
    const entry = ENGLISH[key];
    // Both browsers accept only these characters in a key, and reserve names starting with @@.
    expect(key).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_@]*$/);
    expect(entry.message.trim()).not.toBe('');
    expect(entry.description?.trim(), 'a description for translators').toBeTruthy();
    const used = new Set([...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1].toLowerCase()));
    const declared = Object.keys(entry.placeholders ?? {}).map((name) => name.toLowerCase());
    expect([...used].sort(), 'placeholders used in the message are declared, and the other way round').toEqual(
      [...declared].sort(),
    );
    const contents = Object.values(entry.placeholders ?? {}).map((p) => p.content);
    expect(contents.sort(), 'placeholders stand for $1, $2, ... in order').toEqual(contents.map((_, i) => `$${i + 1}`));
  });

  test('keys differ in more than letter case (browsers ignore case)', () => {
    expect(new Set(keys.map((k) => k.toLowerCase())).size).toBe(keys.length);
  });
});

describe('keys and code agree', () => {
  test.each(keys)('%s is used', (key) => {
    const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
    const named = code.includes(`'${key}'`) || code.includes(`__MSG_${key}__`) || code.includes(`'${base}'`);
    expect(named || glossaryKeys.has(key), `${key} is not used anywhere: remove it`).toBe(true);
  });

  test('every glossary field has its message', () => {
    expect([...glossaryKeys].filter((key) => !(key in ENGLISH))).toEqual([]);
  });

  test('every plural has its "one" and "other" forms (English needs both)', () => {
    // Comments show how to call plural() with made-up keys: only calls in code count.
    const calls = code.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const bases = new Set([...calls.matchAll(/plural\(\s*'([A-Za-z0-9_]+)'/g)].map((m) => m[1]));
    expect(bases.size).toBeGreaterThan(0);
    for (const base of bases)
      for (const form of ['one', 'other']) expect(keys, `${base}_${form}`).toContain(`${base}_${form}`);
  });

  test('every __MSG_ name in the manifest is defined', () => {
    const manifest = readFileSync(join(ROOT, 'manifest.json'), 'utf8');
    const names = [...manifest.matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)].map((m) => m[1]);
    expect(names).toContain('extensionName');
    for (const name of names) expect(keys, relative(ROOT, 'manifest.json')).toContain(name);
    expect(JSON.parse(manifest).default_locale).toBe('en');
  });
});
