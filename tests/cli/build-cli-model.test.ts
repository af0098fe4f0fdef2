import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { readerWithNodeBase64 } from '../../scripts/build-cli-model.ts';
import { readerWithoutCopy } from '../../scripts/wink-model-plugin.ts';

const require = createRequire(import.meta.url);
const readerPath = require.resolve('wink-eng-lite-web-model/dist/read-core-model.js');
const readerSource = readFileSync(readerPath, 'utf8');
const modelPath = require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json');

/** Runs the reader's CommonJS source on a fresh copy of the real model and returns what it read. */
function read(source: string): Record<string, unknown> {
  const model = JSON.parse(readFileSync(modelPath, 'utf8'));
  const module = { exports: {} as unknown };
  new Function('require', 'module', source)(() => model, module);
  return (module.exports as () => Record<string, unknown>)();
}

describe("the CLI's model reader", () => {
  test("decodes the real model's lexicon and expansions to the same words as atob does", () => {
    const original = read(readerSource);
    const node = read(readerWithNodeBase64(readerWithoutCopy(readerSource)));
    for (const key of ['lexicon', 'xpansions']) {
      expect(node[key]).toBeInstanceOf(Uint32Array);
      expect((node[key] as Uint32Array).length).toBeGreaterThan(0);
      expect(
        Buffer.from((node[key] as Uint32Array).buffer).equals(Buffer.from((original[key] as Uint32Array).buffer)),
      ).toBe(true);
    }
  });

  test('the build fails when the model changed and the decoder is no longer there', () => {
    expect(() => readerWithNodeBase64('module.exports = () => ({});')).toThrow(/decoder changed/);
  });
});
