import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { readerWithoutCopy } from '../../scripts/wink-model-plugin.ts';

const require = createRequire(import.meta.url);
const readerSource = readFileSync(require.resolve('wink-eng-lite-web-model/dist/read-core-model.js'), 'utf8');

/** The smallest model the reader accepts: no features to index, one lexeme, empty lexicon. */
function tinyModel() {
  return {
    packing: { layout: {} },
    features: { lexeme: { list: ['word'] }, posClusters: { list: [] } },
    pos: { hash: {} },
    lexicon: '',
    xpansions: '',
  };
}

/** Runs the reader's CommonJS source with `model` as its JSON file and returns its exported readModel. */
function loadReader(source: string, model: object): () => Record<string, unknown> {
  const module = { exports: {} as unknown };
  new Function('require', 'module', source)(() => model, module);
  return module.exports as () => Record<string, unknown>;
}

describe('the wink reader without its deep copy', () => {
  test('the first read fills in the loaded model itself, as the original fills in a copy', () => {
    const model = tinyModel();
    const copied = loadReader(readerSource, tinyModel())();
    const taken = loadReader(readerWithoutCopy(readerSource), model)();
    expect(taken).toBe(model);
    expect(taken).toEqual(copied);
    expect((taken.features as { lexeme: { hash: Record<string, number> } }).lexeme.hash.word).toBe(0);
  });

  test('a second read fails loudly instead of reading a model the first one changed', () => {
    const read = loadReader(readerWithoutCopy(readerSource), tinyModel());
    read();
    expect(() => read()).toThrow(/once per script/);
  });

  test('the build fails when the model changed and the copy is no longer there', () => {
    expect(() => readerWithoutCopy('module.exports = () => ({});')).toThrow(/no longer contains/);
  });
});
