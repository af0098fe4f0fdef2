/**
 * The CLI's own change to the wink model's reader, on top of scripts/wink-model-plugin.ts (which both builds
 * share): the reader decodes the base64 lexicon with `atob` and a loop over its 1.4 million characters, run
 * once per process in cold code. In Node, `Buffer.from(data, 'base64')` decodes the same bytes in native code.
 * Reading the model, CPU: atob and the loop 40-45 ms, Buffer.from 6-12 ms (three fresh processes each).
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

/** The reader's source with Node's base64 decoder; throws if the model's reader no longer has the one it replaces. */
export function readerWithNodeBase64(source: string): string {
  if (!ATOB_DECODER.test(source))
    throw new Error("build-cli-model: read-core-model.js's base64 decoder changed; check the model's new version");
  return source.replace(ATOB_DECODER, NODE_DECODER);
}

/** For the CLI build, before winkModelPlugin: the reader without its deep copy (as there) and with Node's decoder. */
export function cliModelReaderPlugin(): Plugin {
  return {
    name: 'cli-model-reader',
    setup(build) {
      build.onLoad({ filter: CORE_READER }, async (args) => ({
        contents: readerWithNodeBase64(readerWithoutCopy(await readFile(args.path, 'utf8'))),
        loader: 'js',
      }));
    },
  };
}
