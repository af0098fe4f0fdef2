import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { MODEL_BYTES_GLOBAL } from '../../src/background/model-bytes.ts';
import { packModel, readerWithHandedBytes, splitCoreModel } from '../../scripts/wink-model-bytes.ts';
import { readerWithMapHashes, readerWithoutCopy } from '../../scripts/wink-model-plugin.ts';

const require = createRequire(import.meta.url);
const readerSource = readFileSync(require.resolve('wink-eng-lite-web-model/dist/read-core-model.js'), 'utf8');
const modelPath = require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json');
const packed = packModel(await splitCoreModel());

type Dictionary = { get(text: unknown): number | undefined; set(text: unknown, index: number): unknown };
type Model = Record<string, unknown> & { features: { lexeme: { list: string[]; hash: Dictionary } } };

/** Runs the reader's CommonJS source with `model` as its JSON file and returns what it read. */
function read(source: string, model: object): Model {
  const module = { exports: {} as unknown };
  new Function('require', 'module', source)(() => model, module);
  return (module.exports as () => Model)();
}

/** The bytes as the background hands them over: an ArrayBuffer of their own. */
const handed = () => new Uint8Array(packed.bytes).slice().buffer;
const withBytes = <T>(bytes: unknown, run: () => T): T => {
  (globalThis as Record<string, unknown>)[MODEL_BYTES_GLOBAL] = bytes;
  try {
    return run();
  } finally {
    delete (globalThis as Record<string, unknown>)[MODEL_BYTES_GLOBAL];
  }
};
const changed = readerWithHandedBytes(readerWithMapHashes(readerWithoutCopy(readerSource)), packed);

describe("the extension's model from its bytes", () => {
  test("reads the same lexicon, lexemes and lexeme indexes as the package's reader, and takes the bytes off the global", () => {
    const original = read(readerSource, JSON.parse(readFileSync(modelPath, 'utf8')));
    const fromBytes = withBytes(handed(), () => {
      const model = read(changed, structuredClone(packed.rest));
      expect((globalThis as Record<string, unknown>)[MODEL_BYTES_GLOBAL]).toBeUndefined();
      return model;
    });
    expect(
      Buffer.from((fromBytes.lexicon as Uint32Array).slice().buffer).equals(
        Buffer.from((original.lexicon as Uint32Array).buffer),
      ),
    ).toBe(true);
    expect(fromBytes.features.lexeme.list).toEqual(original.features.lexeme.list);
    expect(fromBytes.features.lexeme.list.some((lexeme) => lexeme.includes('\n'))).toBe(true);
    // Every lexeme is found at the index the package's dictionary gives it (the table of wink-lexeme-table.ts).
    const dictionary = fromBytes.features.lexeme.hash;
    const indexes = original.features.lexeme.list.map((lexeme) => dictionary.get(lexeme));
    expect(indexes).toEqual(original.features.lexeme.list.map((lexeme) => original.features.lexeme.hash[lexeme as never]));
  });

  test('a word the model lacks is not found until wink files it, and is then found at the index it was given', () => {
    const dictionary = withBytes(handed(), () => read(changed, structuredClone(packed.rest))).features.lexeme.hash;
    for (const word of ['Zorvathian', 'blorptastic', '', 'toString', '__proto__'])
      expect(dictionary.get(word)).toBeUndefined();
    expect(dictionary.get(undefined)).toBeUndefined();
    dictionary.set('Zorvathian', 90_001);
    expect(dictionary.get('Zorvathian')).toBe(90_001);
    expect(dictionary.get('zorvathian')).toBeUndefined();
  });

  test.each([
    ['no bytes', undefined],
    ['a typed array instead of its buffer', new Uint8Array(8)],
    ['bytes of another length', new ArrayBuffer(packed.bytes.length - 4)],
  ])('%s fail loudly at the start of the model', (_name, bytes) => {
    expect(() => withBytes(bytes, () => read(changed, structuredClone(packed.rest)))).toThrow(
      /wink-model\.bin.*were missing or of another length/,
    );
  });

  test('the bundled model keeps no lexicon and no lexemes, and the bytes hold each lexeme once, ended by a NUL', () => {
    expect(packed.rest.lexicon).toBe('');
    expect(packed.rest.features.lexeme.list).toEqual([]);
    const lexemes = packed.bytes.subarray(packed.lexemesAt).toString('utf8');
    expect(packed.lexemesAt - packed.tableAt).toBe(4 * 2 ** 17);
    expect(lexemes.endsWith('\0')).toBe(true);
    expect(lexemes.split('\0')).toHaveLength(87_593 + 1);
  });

  test('the build fails when the reader no longer decodes the lexicon as it did', () => {
    expect(() => readerWithHandedBytes('module.exports = () => ({});', packed)).toThrow(
      /read-core-model\.js no longer/,
    );
  });
});
