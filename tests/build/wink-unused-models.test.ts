import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';
import winkNLP from 'wink-nlp';
import { leftOutModelLoader, winkModelPlugin } from '../../scripts/wink-model-plugin.ts';

const require = createRequire(import.meta.url);
/** The model as npm ships it (its own reader, deep copy included, so it can be read more than once here). */
const shipped = require('wink-eng-lite-web-model') as Record<string, unknown>;

/** Runs a loader's CommonJS source, as the bundle does, and returns what it exports. */
function loaderFrom(source: string): () => unknown {
  const module = { exports: {} as unknown };
  new Function('module', source)(module);
  return module.exports as () => unknown;
}

/** The shipped model with its sentiment and negation loaders replaced as the bundles replace them. */
const trimmed = {
  ...shipped,
  sa: loaderFrom(leftOutModelLoader('sentiment')),
  negation: loaderFrom(leftOutModelLoader('negation')),
};

/** Everything a pipe of sbd, pos and ner produces for `text`: tokens, tags, entities, sentences. */
function annotations(model: object, text: string) {
  const nlp = winkNLP(model as never, ['sbd', 'pos', 'ner']);
  const doc = nlp.readDoc(text);
  const its = nlp.its;
  return {
    tokens: doc.tokens().out(its.value),
    tags: doc.tokens().out(its.pos),
    spaces: doc.tokens().out(its.precedingSpaces),
    entities: doc.entities().out(its.detail),
    sentences: doc.sentences().out(),
  };
}

describe('the bundles leave out the sentiment and negation models', () => {
  test.each([
    ['a named source', 'Dana Whitlock, who chairs the harbour board, said the new ferry would not run before March.'],
    [
      'numbers and negation',
      "Officials didn't confirm the 12% rise; they never said whether 3,400 homes were hit on 4 May.",
    ],
    [
      'a quote and a link-like word',
      '"We are not leaving," the residents wrote at example.org, a week after the flood.',
    ],
  ])('the pipeline Sourcelight runs annotates %s exactly as with the full model', (_name, text) => {
    expect(annotations(trimmed, text)).toEqual(annotations(shipped, text));
  });

  test.each([
    ['sentiment', 'sentiment'],
    ['negation', 'negation'],
  ])('a pipe that asks for %s fails loudly instead of annotating nothing', (model, annotation) => {
    const nlp = winkNLP(trimmed as never, ['sbd', 'pos', annotation]);
    expect(() => nlp.readDoc('The plan is not good at all.')).toThrow(new RegExp(`leave out wink's ${model} model`));
  });

  test('a bundle of the model holds no sentiment or negation data', async () => {
    const result = await build({
      stdin: { contents: "globalThis.model = require('wink-eng-lite-web-model');", resolveDir: import.meta.dirname },
      bundle: true,
      write: false,
      metafile: true,
      logLevel: 'silent',
      plugins: [winkModelPlugin()],
    });
    const inputs = Object.keys(result.metafile.inputs).join('\n');
    expect(inputs).toContain('eng-core-web-model.json');
    expect(inputs).not.toMatch(/eng-(sa|negation)-model\.json/);
  });
});
