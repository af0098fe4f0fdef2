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
 * - the core model is a 3 MB JSON file, 1.9 MB of it the lexicon in base64: reading that file as text and parsing
 *   it cost 120-140 ms of CPU in a fresh process (fresh memory is slow to touch on the machines measured). The
 *   build writes the lexicon's bytes beside the bundle (wink-lexicon.bin, 1.4 MB, read straight into the typed
 *   array) and the rest of the model as wink-core-model.json (1.1 MB), which the reader loads instead.
 * Each change checks that the code it replaces is there, so a new version of wink or the model fails the build.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
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

/** The file the CLI build writes beside its bundle with the core model's lexicon, as bytes. */
export const LEXICON_FILE = 'wink-lexicon.bin';
/** The file the CLI build writes beside its bundle with the rest of the core model, as JSON. */
export const CORE_MODEL_FILE = 'wink-core-model.json';
/** The model's own JSON file they are made from. */
const CORE_MODEL_JSON = 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';

/** The reader's loading of the model and of its lexicon, and the same from the files beside the bundle. */
const FROM_FILES: readonly (readonly [string, string])[] = [
  [
    'originalModel=require("./languages/cur/models/eng-core-web-model.json")',
    `originalModel=require(require("path").join(__dirname,${JSON.stringify(CORE_MODEL_FILE)}))`,
  ],
  [
    'model.lexicon=new Uint32Array(bufferFromBase64(model.lexicon))',
    `model.lexicon=function(){const bytes=require("fs").readFileSync(require("path").join(__dirname,${JSON.stringify(LEXICON_FILE)}));return new Uint32Array(bytes.byteOffset%4===0?bytes.buffer:bytes.buffer.slice(bytes.byteOffset,bytes.byteOffset+bytes.byteLength),bytes.byteOffset%4===0?bytes.byteOffset:0,bytes.byteLength/4)}()`,
  ],
];

/**
 * Writes the lexicon's bytes and the rest of the core model (its lexicon left empty) into `outdir`, where the
 * bundle's reader (readerFromFiles) finds them beside itself.
 */
export async function writeModelFiles(outdir: string): Promise<void> {
  const path = createRequire(import.meta.url).resolve(CORE_MODEL_JSON);
  const model = JSON.parse(await readFile(path, 'utf8')) as { lexicon: string };
  const bytes = Buffer.from(model.lexicon, 'base64');
  if (bytes.length % 4 !== 0 || bytes.toString('base64') !== model.lexicon)
    throw new Error(`build-cli-model: the lexicon in ${path} is not the base64 of 32-bit words`);
  await writeFile(join(outdir, LEXICON_FILE), bytes);
  await writeFile(join(outdir, CORE_MODEL_FILE), JSON.stringify({ ...model, lexicon: '' }));
}

/** The reader's source loading the model and its lexicon from the files writeModelFiles writes. */
export function readerFromFiles(source: string): string {
  return replaceEach(source, FROM_FILES, 'read-core-model.js');
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
        contents: readerFromFiles(
          readerWithMapHashes(readerWithNodeBase64(readerWithoutCopy(await readFile(args.path, 'utf8')))),
        ),
        loader: 'js',
      }));
      build.onLoad({ filter: WINK_CACHE }, async (args) => ({
        contents: winkCacheWithMapHashes(await readFile(args.path, 'utf8')),
        loader: 'js',
      }));
    },
  };
}
