/** Warns when a text does not look like English, since the lexicons and rules are English-only. */
import type { ParsedText } from './nlp.ts';

/** Very common English function words: a text of any length uses them, and other languages rarely do. */
const ENGLISH_FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'of', 'and', 'to', 'in', 'is', 'was', 'that', 'for', 'on', 'with', 'as', 'by', 'at', 'it',
  'he', 'she', 'they', 'from', 'this', 'are', 'be', 'has', 'have', 'had', 'not', 'but', 'or', 'said', 'his', 'her',
]);

/** A letter outside the Latin script (a module constant: a literal in the loop is a new RegExp per word). */
const NON_LATIN = /[^\p{Script=Latin}\p{N}\p{P}'’-]/u;

/** Any letter, of any script. */
const LETTER = /\p{L}/u;

/** Fewer letters than this are too few to tell a script by (a short headline in Greek has more). */
const MIN_LETTERS_FOR_SCRIPT = 24;

/** The warning, in the reader's terms. */
const NOT_ENGLISH =
  'This text does not look like English. Sourcelight’s rules and word lists are for English, so its results here are unreliable.';

/** Returns warnings for the report (empty when the text looks English or is too short to tell). */
export function detectLanguageWarnings(doc: ParsedText): string[] {
  let words = 0;
  let english = 0;
  let letters = 0;
  let nonLatin = 0;
  // An index, not for-of: this runs once per text, so unoptimised, where the iterator costs most.
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    // wink calls only Latin-script words "word": Greek, Cyrillic or Arabic words come as "unk", and a Chinese
    // or Japanese sentence, written without spaces, as one "unk" token. Their characters are what counts.
    if (t.type !== 'word' && !(t.type === 'unk' && LETTER.test(t.text))) continue;
    words++;
    letters += t.text.length;
    if (ENGLISH_FUNCTION_WORDS.has(t.lower)) english++;
    if (NON_LATIN.test(t.text)) nonLatin += t.text.length;
  }
  if (letters >= MIN_LETTERS_FOR_SCRIPT && nonLatin / letters > 0.3) return [NOT_ENGLISH];
  if (words >= 12 && english / words < 0.08) return [NOT_ENGLISH];
  return [];
}
