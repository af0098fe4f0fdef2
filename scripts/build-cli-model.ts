/**
 * The CLI's own changes to wink and its model's reader, on top of scripts/wink-model-plugin.ts (which both builds
 * share), for the time every run spends starting the model:
 * - the reader decodes the base64 lexicon with `atob` and a loop over its 1.4 million characters, run once per
 *   process in cold code; in Node, `Buffer.from(data, 'base64')` decodes the same bytes in native code. Reading
 *   the model, CPU: atob and the loop 40-45 ms, Buffer.from 6-12 ms (three fresh processes each);
 * - the reader files the 87,593 lexemes (and the prefixes, suffixes and shapes) in objects used as dictionaries,
 *   about 1 microsecond an entry; a Map takes the same entries in 37-50 ms against 77-110 ms (fresh processes).
 *   wink reads these hashes in two places only, both in src/cache.js (`lookup` and `getFeaturesIndex`), which
 *   are changed to Map calls; the model's feature.js also names them, but only for building a model (wink
 *   passes it no feature data at run time).
 * Each change checks that the code it replaces is there, so a new version of wink or the model fails the build.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import { readerWithoutCopy } from './wink-model-plugin.ts';

/** The reader of the core model, in the package (as in wink-model-plugin.ts). */
const CORE_READER = /wink-eng-lite-web-model[\\/]dist[\\/]read-core-model\.js$/;
/** The reader's decoder (wink-eng-lite-web-model 1.8.1): atob, then one charCodeAt per byte. */
const ATOB_DECODER =
  /bufferFromBase64=function\(data\)\{let decodedData;try\{decodedData=atob\(data\)\}catch\(e\)\{throw Error\("[^"]*"\)\}var size=decodedData\.length,bytes=new Uint8Array\(size\);for\(let k=0;k<size;k\+=1\)bytes\[k\]=decodedData\.charCodeAt\(k\);return bytes\.buffer\}/;
/** The same function with Node's decoder: an ArrayBuffer holding exactly the decoded bytes, as before. */
const NODE_DECODER =
  'bufferFromBase64=function(data){const bytes=Buffer.from(data,"base64");return bytes.byteOffset===0&&bytes.byteLength===bytes.buffer.byteLength?bytes.buffer:bytes.buffer.slice(bytes.byteOffset,bytes.byteOffset+bytes.byteLength)}';

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

/** `source` with each [old, new] pair replaced once; throws naming `file` if an old text is not there exactly once. */
function replaceEach(source: string, pairs: readonly (readonly [string, string])[], file: string): string {
  let out = source;
  for (const [old, replacement] of pairs) {
    if (out.split(old).length !== 2)
      throw new Error(`build-cli-model: ${file} no longer contains ${old} once; check the new version`);
    out = out.replace(old, () => replacement);
  }
  return out;
}

/** The reader's source with Node's base64 decoder; throws if the model's reader no longer has the one it replaces. */
export function readerWithNodeBase64(source: string): string {
  if (!ATOB_DECODER.test(source))
    throw new Error("build-cli-model: read-core-model.js's base64 decoder changed; check the model's new version");
  return source.replace(ATOB_DECODER, NODE_DECODER);
}

/** The reader's source filing its hashes in Maps; throws if the model's reader changed. */
export function readerWithMapHashes(source: string): string {
  return replaceEach(source, HASHES, 'read-core-model.js');
}

/** wink's cache.js reading and writing the hashes as Maps; throws if wink changed. */
export function winkCacheWithMapHashes(source: string): string {
  return replaceEach(source, HASH_USES, 'wink-nlp/src/cache.js');
}

/**
 * For the CLI build, before winkModelPlugin: the reader without its deep copy (as there), with Node's decoder and
 * Map hashes, and wink's cache reading those Maps.
 */
export function cliModelReaderPlugin(): Plugin {
  return {
    name: 'cli-model-reader',
    setup(build) {
      build.onLoad({ filter: CORE_READER }, async (args) => ({
        contents: readerWithMapHashes(readerWithNodeBase64(readerWithoutCopy(await readFile(args.path, 'utf8')))),
        loader: 'js',
      }));
      build.onLoad({ filter: WINK_CACHE }, async (args) => ({
        contents: winkCacheWithMapHashes(await readFile(args.path, 'utf8')),
        loader: 'js',
      }));
    },
  };
}
