/**
 * The CLI's own changes to its model's reader, on top of scripts/wink-model-plugin.ts (which both builds share,
 * with its Map hashes, first measured here), for the time every run spends starting the model:
 * - the reader decodes the base64 lexicon with `atob` and a loop over its 1.4 million characters, run once per
 *   process in cold code; in Node, `Buffer.from(data, 'base64')` decodes the same bytes in native code. Reading
 *   the model, CPU: atob and the loop 40-45 ms, Buffer.from 6-12 ms (three fresh processes each);
 * - the core model is a 3 MB JSON file, 1.9 MB of it the lexicon in base64: reading that file as text and parsing
 *   it cost 120-140 ms of CPU in a fresh process (fresh memory is slow to touch on the machines measured). The
 *   build writes the lexicon's bytes beside the bundle (wink-lexicon.bin, 1.4 MB, read straight into the typed
 *   array) and the rest of the model as wink-core-model.json (1.1 MB), which the reader loads instead.
 * Each change checks that the code it replaces is there, so a new version of wink or the model fails the build.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { replaceEach } from './wink-model-plugin.ts';
import { splitCoreModel } from './wink-model-bytes.ts';

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
  const { lexicon, rest } = await splitCoreModel();
  await writeFile(join(outdir, LEXICON_FILE), lexicon);
  await writeFile(join(outdir, CORE_MODEL_FILE), JSON.stringify(rest));
}

/** The reader's source loading the model and its lexicon from the files writeModelFiles writes. */
export function readerFromFiles(source: string): string {
  return replaceEach(source, FROM_FILES, 'read-core-model.js');
}

/** The reader's source with Node's base64 decoder; throws if the model's reader no longer has the one it replaces. */
export function readerWithNodeBase64(source: string): string {
  if (!ATOB_DECODER.test(source))
    throw new Error("build-cli-model: read-core-model.js's base64 decoder changed; check the model's new version");
  return source.replace(ATOB_DECODER, NODE_DECODER);
}

/** The CLI's change to the reader (winkModelPlugin's `reader`): Node's decoder, and the model read from files. */
export function cliModelReader(source: string): string {
  return readerFromFiles(readerWithNodeBase64(source));
}
