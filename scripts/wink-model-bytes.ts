/**
 * The wink core model's biggest parts as bytes beside the bundle. In the package, the core model is a 3 MB
 * JSON file: 1.9 MB of it the lexicon in base64, which the reader decodes with atob and a loop over every
 * byte, and 1 MB the list of 87,593 lexemes.
 * - The CLI reads the lexicon's bytes from a file of its own (build-cli-model.ts, with splitCoreModel).
 * - The extension ships wink-model.bin: the lexicon's bytes, the lexemes' dictionary as a table made at build
 *   time (wink-lexeme-table.ts: the reader no longer fills a Map of 87,593 lexemes at every start), then the
 *   lexemes in UTF-8, each ended by a NUL (no lexeme holds one; several hold a line break). engine.js shrinks from 3.5 to 0.7 MB: less to read,
 *   compile and write into Chromium's code cache (a task of its own right after importScripts). The model
 *   starts without decoding base64 (atob and the loop: 40-45 ms of cold code) and builds its lexemes with
 *   TextDecoder and one split instead of an array literal of 87,593 strings (Node, CPU of the list alone:
 *   88-113 ms as a literal, 19-20 ms from bytes). The background reads the file while engine.js loads and
 *   hands the bytes over on a global (src/background/model-bytes.ts), where the reader takes them. The pages'
 *   engine-worker.js, to which nothing hands bytes, reads the file itself with a synchronous request: a worker
 *   may block its own thread, and the model needs the bytes before its first analysis anyway.
 * Measured (23:45-00:02, load 6-10): Node, CPU of running engine.js and starting the model, medians of 12
 * alternating processes: 399 ms before, 372 with Map hashes alone, 280 with this file (the script 240 -> 112
 * ms, the model's start 169 -> 173: the lexemes' Map costs more with keys made by split than with literals).
 * Chromium, the benchmark's cold 1,500 words (background stopped), 8 alternating rounds: trigger -> model
 * ready 722 -> 634 ms, -> highlights 1,061 -> 939 ms; a new browser's first analysis 3,270 -> 1,765 ms;
 * warm 361 -> 346 ms.
 * Fetching the whole model as JSON was measured and rejected (wink-model-plugin.ts): that parses 3 MB; this
 * parses nothing.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Plugin } from 'esbuild';
import { MODEL_BYTES_FILE, MODEL_BYTES_GLOBAL } from '../src/background/model-bytes.ts';
import { checkLexemeTable, LEXEME_DICTIONARY_SOURCE, lexemeTable, TABLE_SLOTS } from './wink-lexeme-table.ts';
import { replaceEach } from './wink-model-plugin.ts';

/** The model's own JSON file, in the package. */
const CORE_MODEL_JSON = 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';
/** The same file as esbuild sees it when the reader requires it. */
const CORE_MODEL_PATH =
  /wink-eng-lite-web-model[\\/]dist[\\/]languages[\\/]cur[\\/]models[\\/]eng-core-web-model\.json$/;
/** The reader's decoding of the lexicon (wink-eng-lite-web-model 1.8.1). */
const DECODE_LEXICON = 'model.lexicon=new Uint32Array(bufferFromBase64(model.lexicon))';

/** The reader's filling of the lexemes' Map (as wink-model-plugin.ts leaves it), which the table replaces. */
const LEXEME_MAP =
  'featuresData.lexeme.hash=new Map;for(let k=0;k<featuresData.lexeme.list.length;k+=1)featuresData.lexeme.hash.set(featuresData.lexeme.list[k],k)';

/** The core model as the package has it: the lexicon in base64, the lexemes in a list. */
interface CoreModel {
  lexicon: string;
  features: { lexeme: { list: string[] } };
}

/** The core model split in two: its lexicon's bytes, and the rest of it with the lexicon left empty. */
export interface SplitModel {
  lexicon: Buffer;
  rest: CoreModel;
}

/** Reads the package's core model and splits off its lexicon; throws if the lexicon is not 32-bit words in base64. */
export async function splitCoreModel(): Promise<SplitModel> {
  const path = createRequire(import.meta.url).resolve(CORE_MODEL_JSON);
  const model = JSON.parse(await readFile(path, 'utf8')) as CoreModel;
  const lexicon = Buffer.from(model.lexicon, 'base64');
  if (lexicon.length % 4 !== 0 || lexicon.toString('base64') !== model.lexicon)
    throw new Error(`wink-model-bytes: the lexicon in ${path} is not the base64 of 32-bit words`);
  return { lexicon, rest: { ...model, lexicon: '' } };
}

/**
 * The extension's model: the bytes of wink-model.bin (the lexicon, the lexeme table of wink-lexeme-table.ts,
 * the lexemes), the rest of the model for the bundle, and where the table and the lexemes begin.
 */
export interface PackedModel {
  bytes: Buffer;
  rest: CoreModel;
  tableAt: number;
  lexemesAt: number;
}

/** Packs the lexicon, the lexeme table and the lexemes into bytes; throws if a lexeme holds the NUL that ends each one. */
export function packModel({ lexicon, rest }: SplitModel): PackedModel {
  const lexemes = rest.features.lexeme.list;
  if (lexemes.some((lexeme) => lexeme.includes('\0'))) throw new Error('wink-model-bytes: a lexeme holds a NUL');
  const table = lexemeTable(lexemes);
  checkLexemeTable(lexemes, table);
  const tableBytes = Buffer.from(table.buffer, table.byteOffset, table.byteLength);
  const bytes = Buffer.concat([lexicon, tableBytes, Buffer.from(lexemes.map((lexeme) => `${lexeme}\0`).join(''), 'utf8')]);
  const features = { ...rest.features, lexeme: { ...rest.features.lexeme, list: [] } };
  return { bytes, rest: { ...rest, features }, tableAt: lexicon.length, lexemesAt: lexicon.length + tableBytes.length };
}

/** Fills in the placeholders of a piece of reader code with the names and sizes of `model`. */
function filled(code: string, model: PackedModel): string {
  const message = `Sourcelight: the wink model's bytes (${MODEL_BYTES_FILE}, ${model.bytes.length} bytes) were missing or of another length`;
  return code
    .replaceAll('$GLOBAL', JSON.stringify(MODEL_BYTES_GLOBAL))
    .replaceAll('$FILE', JSON.stringify(MODEL_BYTES_FILE))
    .replaceAll('$LENGTH', String(model.bytes.length))
    .replaceAll('$LEXICON', String(model.tableAt / 4))
    .replaceAll('$TABLE', String(model.tableAt))
    .replaceAll('$SLOTS', String(TABLE_SLOTS))
    .replaceAll('$DICTIONARY', LEXEME_DICTIONARY_SOURCE)
    .replaceAll('$LEXEMES', String(model.lexemesAt))
    .replaceAll('$MESSAGE', JSON.stringify(message));
}

/**
 * The reader's source taking the lexicon and the lexemes from the bytes on the global the background sets
 * (and clearing it), or, in a worker that has no such global, from the packaged file read synchronously.
 * Anything else, or bytes of another length, fails loudly at the model's start instead of tagging with a
 * wrong lexicon. The last lexeme's NUL leaves an empty string after the split, which pop() takes off.
 */
export function readerWithHandedBytes(source: string, model: PackedModel): string {
  const take = filled(
    [
      '(function(bytes){',
      'model.lexicon=new Uint32Array(bytes,0,$LEXICON);',
      'featuresData.lexeme.list=new TextDecoder().decode(new Uint8Array(bytes,$LEXEMES)).split("\\0");featuresData.lexeme.list.pop();',
      'featuresData.lexeme.hash=($DICTIONARY)(featuresData.lexeme.list,new Int32Array(bytes,$TABLE,$SLOTS))',
      '})(function(){var scope=globalThis,bytes=scope[$GLOBAL];delete scope[$GLOBAL];',
      'if(bytes===undefined&&typeof XMLHttpRequest=="function"&&typeof importScripts=="function"){',
      'var request=new XMLHttpRequest;request.open("GET",$FILE,false);request.responseType="arraybuffer";request.send();bytes=request.response}',
      'if(!(bytes instanceof ArrayBuffer)||bytes.byteLength!==$LENGTH)throw new Error($MESSAGE);return bytes}())',
    ].join(''),
    model,
  );
  // The lexemes' dictionary is the table's (set above), so the reader's Map of them is not filled.
  return replaceEach(source, [[DECODE_LEXICON, take], [LEXEME_MAP, '']], 'read-core-model.js');
}

/** For the extension's build: the core model without its lexicon and lexemes, which the reader takes as bytes. */
export function modelWithoutBytesPlugin(model: PackedModel): Plugin {
  return {
    name: 'wink-model-without-bytes',
    setup(build) {
      build.onLoad({ filter: CORE_MODEL_PATH }, () => ({ contents: JSON.stringify(model.rest), loader: 'json' }));
    },
  };
}
