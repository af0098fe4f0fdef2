/**
 * The wink model's lexeme dictionary as a table made at build time, for the extension (wink-model-bytes.ts).
 * wink finds a word's lexeme through a dictionary of the model's 87,593 lexemes (a Map since
 * wink-model-plugin.ts), which the model's reader filled at every start: 87,593 inserts of cold code, the
 * largest part of the model's start after the files are read. Here the build files each lexeme in an open-addressing
 * table of 32-bit slots (the lexeme's index + 1; 0 is an empty slot) in wink-model.bin, and the reader wraps it
 * in an object with the two Map methods wink's cache.js calls (get, set). A word the table lacks is looked up in
 * a Map of the words wink learns while it reads (set files them there), as before. It answers every get with the
 * index the Map gave: the build checks that every lexeme is found at its own index (the list holds no
 * duplicate, so no index is shadowed), and a word the table lacks is compared with the lexemes in its slots only.
 */

/** log2 of the table's slots: 131,072 slots for 87,593 lexemes (load 0.67, 512 KB). */
const TABLE_BITS = 17;
/** The number of slots. */
export const TABLE_SLOTS = 2 ** TABLE_BITS;

/**
 * The table's hash of a word (FNV-1a over its UTF-16 code units), as JavaScript source: the build runs the
 * same text (hashOf) as the reader does, so both file and seek each word in the same slot.
 */
const HASH_SOURCE =
  'function(text){var h=-2128831035;for(var i=0;i<text.length;i++)h=Math.imul(h^text.charCodeAt(i),16777619);return h}';

/** The build's copy of the hash (made from HASH_SOURCE, so it cannot drift from the reader's). */
const hashOf = new Function(`return ${HASH_SOURCE}`)() as (text: string) => number;

/** The table for `lexemes`: each lexeme's index + 1 in the first free slot from its hash on. */
export function lexemeTable(lexemes: readonly string[]): Int32Array {
  if (lexemes.length >= TABLE_SLOTS * 0.75) throw new Error('wink-lexeme-table: too many lexemes for the table');
  if (new Set(lexemes).size !== lexemes.length) throw new Error('wink-lexeme-table: the lexeme list holds a duplicate');
  const table = new Int32Array(TABLE_SLOTS);
  const mask = TABLE_SLOTS - 1;
  lexemes.forEach((lexeme, index) => {
    let slot = hashOf(lexeme) & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = index + 1;
  });
  return table;
}

/**
 * Source of a function (list, table) -> the dictionary wink's cache.js reads: `get` seeks the word in the table
 * (comparing it with the lexeme in each filled slot), else in the Map of learned words; `set` files a learned
 * word there. A key that is not a string goes to the Map, as it would have with the Map alone.
 */
export const LEXEME_DICTIONARY_SOURCE = [
  'function(list,table){var hash=',
  HASH_SOURCE,
  ',mask=table.length-1,learned=new Map;',
  'return{get:function(text){if(typeof text==="string")for(var slot=hash(text)&mask,entry;(entry=table[slot])!==0;slot=(slot+1)&mask)if(list[entry-1]===text)return entry-1;',
  'return learned.get(text)},',
  'set:function(text,index){learned.set(text,index);return this}}}',
].join('');

/** The dictionary over `table` as the reader builds it, for the build's check and the tests. */
export function lexemeDictionary(
  list: string[],
  table: Int32Array,
): { get(text: unknown): number | undefined; set(text: unknown, index: number): unknown } {
  return new Function(`return ${LEXEME_DICTIONARY_SOURCE}`)()(list, table);
}

/** Throws unless every lexeme is found at its own index through the dictionary the reader builds. */
export function checkLexemeTable(lexemes: string[], table: Int32Array): void {
  const dictionary = lexemeDictionary(lexemes, table);
  lexemes.forEach((lexeme, index) => {
    if (dictionary.get(lexeme) !== index) throw new Error(`wink-lexeme-table: lexeme ${index} is not found at its index`);
  });
}
