/**
 * An esbuild plugin for the wink model (wink-eng-lite-web-model), used by the extension and CLI builds. The
 * model's reader deep-copies the 3 MB core model (`JSON.parse(JSON.stringify(model))`) before filling it in,
 * so that a second reader in the same process gets untouched data. Sourcelight builds one wink instance per
 * process (src/engine/nlp.ts, getNlp), so the copy only costs time: 60-100 ms of CPU, about a third of
 * starting the model. Here the first read takes the loaded model itself; a second read fails loudly instead of
 * working on a model the first one already changed.
 *
 * It also leaves out the sentiment and negation models (335 KB of engine.js's 3.9 MB): wink builds their
 * automata at every start, whatever the pipe, but runs them only for annotations src/engine/nlp.ts's pipe does
 * not ask for. They are replaced by an empty automaton whose setter throws, so a pipe that asks for them
 * later fails loudly instead of annotating nothing.
 *
 * Both builds also file the reader's dictionaries (87,593 lexemes, and the prefixes, suffixes and shapes) in
 * Maps instead of objects used as dictionaries, about 1 microsecond an entry: a Map takes the same entries in
 * 37-50 ms against 77-110 ms (Node, fresh processes). wink reads these hashes in two places only, both in
 * src/cache.js (`lookup` and `getFeaturesIndex`), which are changed to Map calls; the model's feature.js also
 * names them, but only for building a model (wink passes it no feature data at run time).
 *
 * Measured and rejected (Node 20, CPU time of loading engine.js): embedding the model as a JSON string
 * for JSON.parse instead of the object literal esbuild writes was 100 ms slower, not faster: V8 already
 * reads a JSON-shaped literal quickly, and a 3 MB string literal costs more to scan than the literal it replaces.
 * In Chromium's service worker (CPU time of its thread, three fresh browsers each, 18:07-18:22 at load 9), for the
 * 3 MB core model alone: importScripts of it as esbuild's wrapped literal, then the code cache Chromium produces
 * for every imported script (a task of its own, right after), 350-390 ms in all; fetch() of the packaged .json
 * with response.json() 350-390 ms too, and the slowest in wall time. A top-level literal or a top-level
 * JSON.parse of a string did no better than the wrapped literal: shipping the model as a file to fetch does not pay.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Plugin } from 'esbuild';

/** The model's npm package. */
export const WINK_MODEL_PACKAGE = 'wink-eng-lite-web-model';

/** The reader of the core model, in the package. */
const CORE_READER = /wink-eng-lite-web-model[\\/]dist[\\/]read-core-model\.js$/;
/** The deep copy in the reader (wink-eng-lite-web-model 1.8.1). */
const DEEP_COPY = 'JSON.parse(JSON.stringify(originalModel))';
/** What replaces it: the model itself, the first time; `modelTaken` is declared at the top of the module. */
const TAKE_ONCE =
  '(modelTaken ? (() => { throw new Error("Sourcelight reads the wink core model once per script (scripts/wink-model-plugin.ts)"); })() : ((modelTaken = true), originalModel))';

/** The model's loaders of the models src/engine/nlp.ts's pipe never runs (sentiment and negation). */
const UNUSED_LOADER = /wink-eng-lite-web-model[\\/]dist[\\/]load-(sa|negation)-model\.js$/;

/**
 * What replaces an unused model's loader: wink's empty automaton (the shape of automaton.js's
 * emptyModelJSON), which wink imports at start-up and never runs, and a setter that throws if it ever does.
 */
export function leftOutModelLoader(model: string): string {
  const empty = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);
  const message = `Sourcelight's bundles leave out wink's ${model} model (scripts/wink-model-plugin.ts): add it back before using it in the pipe`;
  return `module.exports = function () { return { machines: [${JSON.stringify(empty)}], setter: function () { throw new Error(${JSON.stringify(message)}); } }; };`;
}

/** The reader's source with its deep copy replaced by a single use of the model; throws if the copy is not there. */
export function readerWithoutCopy(source: string): string {
  if (!source.includes(DEEP_COPY))
    throw new Error(
      `wink-model-plugin: read-core-model.js no longer contains ${DEEP_COPY}; check the model's new version`,
    );
  return `var modelTaken = false;\n${source.replace(DEEP_COPY, TAKE_ONCE)}`;
}

/** The reader's dictionaries (wink-eng-lite-web-model 1.8.1), and the same entries filed in Maps. */
const HASHES: readonly (readonly [string, string])[] = [
  [
    'featuresData[f].hash=Object.create(null);for(let k=0;k<featuresData[f].list.length;k+=1)featuresData[f].hash[featuresData[f].list[k]]=k',
    'featuresData[f].hash=new Map;for(let k=0;k<featuresData[f].list.length;k+=1)featuresData[f].hash.set(featuresData[f].list[k],k)',
  ],
  [
    'featuresData.lexeme.hash=Object.create(null);for(let k=0;k<featuresData.lexeme.list.length;k+=1)featuresData.lexeme.hash[featuresData.lexeme.list[k]]=k',
    'featuresData.lexeme.hash=new Map;for(let k=0;k<featuresData.lexeme.list.length;k+=1)featuresData.lexeme.hash.set(featuresData.lexeme.list[k],k)',
  ],
];
/** wink's reads and writes of those hashes (wink-nlp 2.4.0 src/cache.js), and the same as Map calls. */
const HASH_USES: readonly (readonly [string, string])[] = [
  ['var index = h[ value ];', 'var index = h.get( value );'],
  ['index = h[ value ] = f.index;', 'index = f.index; h.set( value, index );'],
  ['var index = lexemesHash[ text ];', 'var index = lexemesHash.get( text );'],
];

/** wink's feature cache, in the package. */
const WINK_CACHE = /wink-nlp[\\/]src[\\/]cache\.js$/;

/**
 * `source` with each [old, new] pair replaced once; throws naming `file` if an old text is not there exactly
 * once, so a new version of wink or the model fails the build instead of shipping unchanged code.
 */
export function replaceEach(source: string, pairs: readonly (readonly [string, string])[], file: string): string {
  let out = source;
  for (const [old, replacement] of pairs) {
    if (out.split(old).length !== 2)
      throw new Error(`wink-model-plugin: ${file} no longer contains ${old} once; check the new version`);
    out = out.replace(old, () => replacement);
  }
  return out;
}

/** The reader's source filing its hashes in Maps; throws if the model's reader changed. */
export function readerWithMapHashes(source: string): string {
  return replaceEach(source, HASHES, 'read-core-model.js');
}

/** wink's cache.js reading and writing the hashes as Maps; throws if wink changed. */
export function winkCacheWithMapHashes(source: string): string {
  return replaceEach(source, HASH_USES, 'wink-nlp/src/cache.js');
}

/** How a build adapts the plugin: for Node, and its own further changes to the model's reader. */
export interface WinkModelOptions {
  /**
   * The CLI: the model's code is bundled so the reader can be changed, while its JSON files stay external
   * (Node's require parses JSON faster than it compiles the same data as a JavaScript literal in a bundle).
   */
  forNode?: boolean;
  /** A build's own change to the reader, applied after the shared ones (no copy, Map hashes). */
  reader?: (source: string) => string;
}

/** The plugin: the reader without its copy and with Map hashes, wink's cache reading Maps, no unused models. */
export function winkModelPlugin({ forNode = false, reader = (source) => source }: WinkModelOptions = {}): Plugin {
  return {
    name: 'wink-model',
    setup(build) {
      if (forNode) {
        const entry = createRequire(import.meta.url).resolve(WINK_MODEL_PACKAGE);
        build.onResolve({ filter: /^wink-eng-lite-web-model$/ }, () => ({ path: entry }));
        build.onResolve({ filter: /\.json$/ }, (args) => {
          if (!/wink-eng-lite-web-model[\\/]dist/.test(args.resolveDir)) return undefined;
          const inPackage = args.path.replace(/^\.\//, `${WINK_MODEL_PACKAGE}/dist/`);
          return { path: inPackage, external: true };
        });
      }
      build.onLoad({ filter: UNUSED_LOADER }, (args) => ({
        contents: leftOutModelLoader(UNUSED_LOADER.exec(args.path)?.[1] === 'sa' ? 'sentiment' : 'negation'),
        loader: 'js',
      }));
      build.onLoad({ filter: CORE_READER }, async (args) => ({
        contents: reader(readerWithMapHashes(readerWithoutCopy(await readFile(args.path, 'utf8')))),
        loader: 'js',
      }));
      build.onLoad({ filter: WINK_CACHE }, async (args) => ({
        contents: winkCacheWithMapHashes(await readFile(args.path, 'utf8')),
        loader: 'js',
      }));
    },
  };
}
