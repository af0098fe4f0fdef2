/**
 * The glossary covers everything the engine can emit. The lists come from the engine's own type declarations
 * (src/engine/types.ts), read as text, so a technique, source type or claim type added there fails this test
 * until the glossary explains it; and every entry has all its words, in the shape the page expects.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  ENTRY_FIELDS,
  entryMessageKey,
  GLOSSARY,
  type GlossaryKind,
  findEntry,
  glossaryAnchor,
} from '../../src/glossary/index.ts';
import { ENGLISH, ROOT } from '../pages/setup.ts';

const types = readFileSync(join(ROOT, 'src/engine/types.ts'), 'utf8');

/** The string literals of a union type declared in types.ts. */
function unionMembers(name: string): string[] {
  const declaration = new RegExp(`export type ${name} =([^;]+);`).exec(types);
  if (!declaration) throw new Error(`${name} is not declared in src/engine/types.ts`);
  return [...declaration[1].matchAll(/'([^']+)'/g)].map((m) => m[1]);
}

const emitted: Array<[GlossaryKind, string]> = [
  ...unionMembers('Technique').map((s): [GlossaryKind, string] => ['technique', s]),
  ...unionMembers('SourceType').map((s): [GlossaryKind, string] => ['source', s]),
  ...unionMembers('ClaimType').map((s): [GlossaryKind, string] => ['claim', s]),
  ['idea', 'unsourced-claim'],
];

describe('coverage', () => {
  test('reads the engine types (7 techniques, 6 source types, 6 claim types at the time of writing)', () => {
    expect(emitted.length).toBeGreaterThanOrEqual(20);
  });

  test.each(emitted)('%s %s has an entry', (kind, subtype) => {
    expect(findEntry(kind, subtype)).toBeDefined();
  });

  test('no entry describes something the engine cannot emit', () => {
    const known = new Set(emitted.map(([k, s]) => `${k}-${s}`));
    expect(GLOSSARY.map(glossaryAnchor).filter((a) => !known.has(a))).toEqual([]);
  });

  test('anchors are unique', () => {
    const anchors = GLOSSARY.map(glossaryAnchor);
    expect(new Set(anchors).size).toBe(anchors.length);
  });
});

describe('every entry has its words', () => {
  test.each(GLOSSARY.map((e) => [glossaryAnchor(e), e] as const))('%s', (_, entry) => {
    const text = Object.fromEntries(
      ENTRY_FIELDS.map((field) => [field, ENGLISH[entryMessageKey(entry, field)]?.message ?? '']),
    );
    for (const field of ENTRY_FIELDS) expect(text[field].trim(), field).not.toBe('');
    expect(text.question).toMatch(/\?$/);
    expect(text.example1).not.toBe(text.example2);
    for (const example of [text.example1, text.example2]) {
      // Asterisks mark the flagged words: they come in pairs and mark something.
      const marks = example.split('*').length - 1;
      expect(marks, example).toBeGreaterThanOrEqual(2);
      expect(marks % 2, example).toBe(0);
    }
    // The examples are short: a sentence a class reads aloud.
    expect(text.example1.length + text.example2.length).toBeLessThan(260);
  });
});
