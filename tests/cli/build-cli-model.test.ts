import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readerFromFiles, readerWithNodeBase64, writeModelFiles } from '../../scripts/build-cli-model.ts';
import { readerWithMapHashes, readerWithoutCopy, winkCacheWithMapHashes } from '../../scripts/wink-model-plugin.ts';

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

  test('files the same lexemes, prefixes, suffixes and shapes in Maps as in its dictionaries', () => {
    type Features = Record<string, { hash?: Record<string, number> | Map<string, number> }>;
    const original = read(readerSource).features as Features;
    const mapped = read(readerWithMapHashes(readerWithoutCopy(readerSource))).features as Features;
    const names = Object.keys(original).filter((name) => original[name].hash !== undefined);
    expect(names).toEqual(expect.arrayContaining(['lexeme', 'prefix', 'suffix', 'shape']));
    for (const name of names) {
      const hash = mapped[name].hash;
      expect(hash).toBeInstanceOf(Map);
      expect(Object.fromEntries(hash as Map<string, number>)).toEqual({ ...original[name].hash });
    }
  });

  test("wink's cache reads and writes the hashes only through the three places changed to Map calls", () => {
    const cacheSource = readFileSync(require.resolve('wink-nlp/src/cache.js'), 'utf8');
    const changed = winkCacheWithMapHashes(cacheSource);
    expect(changed).not.toMatch(/\bh\[|lexemesHash\[/);
    expect(changed.match(/\.get\( (value|text) \)|\.set\( value, index \)/g)).toHaveLength(3);
  });

  test('reads the same model from the files the build writes beside the bundle', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourcelight-model-files-'));
    try {
      await writeModelFiles(dir);
      const module = { exports: {} as unknown };
      const source = readerFromFiles(readerWithNodeBase64(readerWithoutCopy(readerSource)));
      new Function('require', 'module', '__dirname', source)(require, module, dir);
      const fromFiles = (module.exports as () => Record<string, unknown>)();
      const original = read(readerSource);
      expect(
        Buffer.from((fromFiles.lexicon as Uint32Array).buffer).equals(
          Buffer.from((original.lexicon as Uint32Array).buffer),
        ),
      ).toBe(true);
      expect({ ...fromFiles, lexicon: undefined }).toEqual({ ...original, lexicon: undefined });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the build fails when the model or wink changed and the code it replaces is no longer there', () => {
    expect(() => readerWithNodeBase64('module.exports = () => ({});')).toThrow(/decoder changed/);
    expect(() => readerWithMapHashes('module.exports = () => ({});')).toThrow(/read-core-model\.js no longer/);
    expect(() => readerFromFiles('module.exports = () => ({});')).toThrow(/read-core-model\.js no longer/);
    expect(() => winkCacheWithMapHashes('var index = h[ value ];')).toThrow(/cache\.js no longer/);
  });
});
