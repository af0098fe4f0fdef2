/**
 * The biggest parts of the wink model travel beside engine.js as a file of bytes (wink-model.bin, 2.6 MB): the
 * lexicon's 32-bit words (1.4 MB, 1.9 MB of base64 text in the package), a table that finds each lexeme's index
 * (0.5 MB, made at build time: scripts/wink-lexeme-table.ts) and the 87,593 lexemes (0.7 MB of UTF-8).
 * engine.js shrinks from 3.5 to 0.7 MB, less to read, compile and cache, and the model starts without decoding
 * base64, building an array of 87,593 string literals or filing them in a Map. The background reads the file while engine.js runs
 * and leaves the bytes on the global, where the model's reader takes them (the build changes the reader:
 * scripts/wink-model-bytes.ts). The file is part of the extension's package: reading it is no network request.
 */

/** The packaged file with the model's bytes. */
export const MODEL_BYTES_FILE = 'wink-model.bin';
/** The global under which the background hands the bytes over to engine.js's model reader. */
export const MODEL_BYTES_GLOBAL = 'sourcelightWinkModelBytes';

/** The bytes of a file packaged with the extension, read with `get` (fetch: the browser reads it off this thread). */
export async function packagedBytes(
  file: string,
  get: (file: string) => Promise<Response> = (url) => fetch(url),
): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await get(file);
  } catch (error) {
    // fetch rejects with the browser's own words ("Failed to fetch"), which do not say which file.
    throw new Error(`${file} did not load (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (!response.ok) throw new Error(`${file} did not load (${response.status}).`);
  return response.arrayBuffer();
}
